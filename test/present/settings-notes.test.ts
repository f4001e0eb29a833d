/**
 * A fillable table whose default values carry footnotes (`8[^admins]`: the value holds for some
 * accounts only), reprinted in the annex and the offer. Their marks were dropped there with the
 * notes, so the default read unconditional. Now each keeps its mark as a superscript number,
 * and the notes it refers to are printed under the table, in the HTML, the PDF and the DOCX.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { miniVariant } from '../helpers/mini-variant.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { pdfText } from '../pdf/poppler.js';

const NOTE = 'Accounts of administrators need twelve characters.';
const TABLE = `| # | Rule | Default | Customer setting |
| --- | --- | --- | --- |
| 1 | Minimal password length | 8[^admins] | |
| 2 | Password history | 5 | |

[^admins]: ${NOTE}
`;

let out = '';

beforeAll(async () => {
  const { folder, content } = await miniVariant('settings-notes', /\| # \| Rule \| Default \| Customer setting \|\n(?:\|.*\|\n)+/, TABLE);
  out = join(folder, 'out');
  for (const variant of ['--annex-only', '--offer']) {
    const built = await runCli(['build', join(content, 'deployments/acme.json'), '--content', content, '--out', out, variant]);
    expect(built.stderr).toBe('');
  }
}, 120_000);

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe("the notes of an annex's settings table", () => {
  for (const part of ['annex', 'offer']) {
    it(`${part}: keeps the mark in the cell and prints the note under the table, in every format`, async () => {
      const base = join(out, `acme/mini-1.0-${part}`);
      const html = oneLine((await readFile(`${base}.html`, 'utf8')).replace(/<[^>]+>/g, ' '));
      const pdf = oneLine(await pdfText(await readFile(`${base}.pdf`)));
      const docx = oneLine(wordText(await (await openDocx(await readFile(`${base}.docx`))).part('word/document.xml')));
      for (const text of [html, pdf, docx]) {
        expect(text, text.slice(text.indexOf("Minimal"), text.indexOf("Minimal") + 80)).toMatch(/Minimal password length ?8¹ ?12/);
        expect(text).toContain(`¹ ${NOTE}`);
        // After the table, before what follows it.
        expect(text.indexOf(`¹ ${NOTE}`)).toBeGreaterThan(text.indexOf('Password history'));
      }
    });
  }
});
