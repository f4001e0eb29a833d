/**
 * A footnote the master refers to twice: Word and LibreOffice number every footnote mark anew,
 * so two marks of one note took the numbers 1 and 2, and the next note printed as 3 under the
 * text of another. The second reference is now the note's number as text, as in the HTML and
 * the PDF. Read back from the DOCX's XML and from LibreOffice's rendering.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { all, hasLibreOffice, libreOfficeText, openDocx } from './helpers.js';

const markdown = `${frontMatter}
# Notes

Shared here[^shared] and once more here[^shared], then another note[^other].

[^shared]: The shared note.

[^other]: The other note.
`;

describe('a footnote referred to twice in the DOCX', () => {
  let docx: Uint8Array;

  beforeAll(async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    docx = await renderDocx(mergeDeployment(checklist, null, { name: 'notes' }), { pageNumbers: false });
  });

  it('has one footnote mark per note, and the note number as text for the second reference', async () => {
    const xml = await (await openDocx(docx)).part('word/document.xml');
    expect(all(xml, /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual(['1', '2']);
    expect(xml).toContain('once more here</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">1</w:t>');
  });

  it.skipIf(!hasLibreOffice && !process.env.CI)('prints each note under its own number', async () => {
    const text = (await libreOfficeText({ notes: docx })).notes!;
    const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
    expect(lines.join('\n')).toContain('Shared here1 and once more here1, then another note2.');
    expect(lines.join(' ')).toContain(' 1 The shared note. 2 The other note.');
  }, 120_000);
});
