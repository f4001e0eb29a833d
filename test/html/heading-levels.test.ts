/**
 * A heading that skips a Markdown level (`#` then `####`, as a Word conversion leaves it) is a
 * section numbered by its place in the tree (3.1): it is listed in the contents and takes the
 * heading level of that number in the HTML and the DOCX, never a level below the one it is under.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { all, openDocx } from '../docx/helpers.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { renderDom, selectAll, text } from './dom.js';

const master = `${frontMatter}
# Servers

## Firmware

Text.

# Connections

#### Mail transfer

Text under a heading written four levels deep.

## Directory

Text.
`;

function view() {
  const { checklist, errors } = parse(master);
  expect(errors).toEqual([]);
  return mergeDeployment(checklist, null, { name: 'blank' });
}

describe('a heading that skips a level', () => {
  it('is in the contents under its number, at the heading level of that number', async () => {
    const { tree } = await renderDom(view());
    const contents = selectAll('nav a, .toc a', tree).map((a) => text(a));
    expect(contents.some((entry) => /^2\.1\s*Mail transfer/.test(entry))).toBe(true);
    const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).map((h) => `${h.tagName} ${text(h)}`);
    expect(headings).toContain('h3 2.1 Mail transfer');
    const levels = headings.map((h) => Number(h[1]));
    expect(levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1)).toEqual([]);
  });

  it('is a Heading 2 in the DOCX, so its TOC field (Heading 1–3) lists it', async () => {
    const xml = await (await openDocx(await renderDocx(view(), { pageNumbers: false }))).part('word/document.xml');
    const styles = all(xml, /<w:p>((?:(?!<\/w:p>).)*?Mail transfer(?:(?!<\/w:p>).)*)<\/w:p>/g).map((p) => /<w:pStyle w:val="(\w+)"/.exec(p)?.[1]);
    // Its contents entry (written into the TOC field) and the heading itself.
    expect(styles).toEqual(['TOC2', 'Heading2']);
  });
});
