/**
 * A Target row whose value carries a footnote (`10 characters[^admins]`: the value holds for some
 * accounts only). Its mark was dropped when the row was read, with the note (reported as never
 * referenced), so the target read unconditional in the checklist, the annex and the offer. Now
 * the checklist prints the mark as its other footnotes, and the annex's targets and the offer's
 * scope keep it as a superscript number with the note's text under the table, as the agreed
 * settings do (settings-notes.test.ts): in the HTML, the PDF and the DOCX.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { miniVariant } from '../helpers/mini-variant.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { pdfText } from '../pdf/poppler.js';
import { frontMatter, parse } from '../helpers/parse.js';

const NOTE = 'Accounts of administrators need twelve characters.';
const TARGET = `| Target | minimum: 8 characters; medium: 10 characters[^admins]; maximum: 12 characters, mixed case |`;

let out = '';

beforeAll(async () => {
  const { folder, content } = await miniVariant('target-notes', /\| Target \| minimum: 8 characters; medium: 10 characters; .*\|/, TARGET);
  await writeFile(join(content, 'checklists/mini.md'), `${await readFile(join(content, 'checklists/mini.md'), 'utf8')}\n[^admins]: ${NOTE}\n`);
  // The same deployment with no level: every level's value, the one with the mark among them.
  const deployment = JSON.parse(await readFile(join(content, 'deployments/acme.json'), 'utf8')) as Record<string, unknown>;
  delete deployment.level;
  await writeFile(join(content, 'deployments/every.json'), JSON.stringify(deployment));
  out = join(folder, 'out');
  for (const name of ['acme', 'every']) {
    for (const variant of [[], ['--annex-only'], ['--offer']]) {
      const built = await runCli(['build', join(content, `deployments/${name}.json`), '--content', content, '--out', out, ...variant]);
      // No "never referenced" for the note.
      expect(built.stderr).toBe('');
    }
  }
}, 240_000);

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

async function texts(base: string): Promise<string[]> {
  const html = oneLine((await readFile(`${base}.html`, 'utf8')).replace(/<[^>]+>/g, ' '));
  const pdf = oneLine(await pdfText(await readFile(`${base}.pdf`)));
  const docx = oneLine(wordText(await (await openDocx(await readFile(`${base}.docx`))).part('word/document.xml')));
  return [html, pdf, docx];
}

describe("the notes of an annex's target values", () => {
  for (const [name, value] of [
    ['acme', /Default passwords changed ?(?:minimum ?)?10 characters¹/],
    // Each level's value (the PDF's text may break the cell's lines around the next column).
    ['every', /medium: 10 characters¹;/],
  ] as const) {
    for (const [part, after] of [
      ['annex', 'Default passwords changed'],
      ['offer', 'Servers patched'],
    ] as const) {
      it(`${name} ${part}: keeps the mark in the target and prints the note under the table, in every format`, async () => {
        for (const text of await texts(join(out, `${name}/mini-1.0-${part}`))) {
          expect(text).toMatch(value);
          expect(text).toContain(`¹ ${NOTE}`);
          // After the table's last row, before the next part.
          expect(text.indexOf(`¹ ${NOTE}`)).toBeGreaterThan(text.lastIndexOf(after));
          expect(text.indexOf(`¹ ${NOTE}`)).toBeLessThan(text.indexOf('Agreed customer settings'));
        }
      });
    }
  }

  it('the checklist: the Target row refers to the note as its other footnotes do', async () => {
    const base = join(out, 'acme/mini-1.0');
    const html = await readFile(`${base}.html`, 'utf8');
    expect(html).toMatch(/Target \(medium\)<\/th><td>.*10 characters<sup class="footnote-ref"><a href="#fn-1">1<\/a><\/sup>/);
    expect(html).toContain(NOTE);
    const pdf = oneLine(await pdfText(await readFile(`${base}.pdf`)));
    expect(pdf).toMatch(/10 characters ?1/);
    expect(pdf).toContain(NOTE);
    const docx = await openDocx(await readFile(`${base}.docx`));
    expect(await docx.part('word/document.xml')).toMatch(/10 characters<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/);
    expect(wordText(await docx.part('word/footnotes.xml'))).toContain(NOTE);
  });
});

describe("a Target row's footnotes as read", () => {
  it("keeps the value as text and, with its marks, as content; a mark on a level's name is reported", () => {
    const { checklist, messages } = parse(`${frontMatter}
# A

| CL-A1 | An item |
| --- | --- |
| Target | minimum[^lvl]: 8 characters; medium: 10 characters[^admins]; maximum: 12 |
| Executed | Yes / No |

[^admins]: ${NOTE}
[^lvl]: On the level.
`);
    // The level's mark is printed nowhere: said, not lost in silence.
    expect(messages).toEqual(['doc/01.md:13:12: warning Target of CL-A1 has a footnote mark on level "minimum", where no format prints it: write it after the value, "minimum: 8 characters[^…]" [unused-footnote]']);
    expect(checklist.items[0]!.target).toEqual([
      { level: 'minimum', value: '8 characters' },
      { level: 'medium', value: '10 characters', content: [{ kind: 'text', value: '10 characters' }, { kind: 'footnote-ref', number: 2 }] },
      { level: 'maximum', value: '12' },
    ]);
  });
});
