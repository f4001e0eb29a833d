/**
 * An empty line in an item's cell (`<br><br>`), which a vendor writes to set groups of measures
 * apart (a mode, then option A with its bullets, then option B with its own): it was dropped, the
 * groups ran together in every format. Now the block after it is set apart by a line, in the
 * HTML, the PDF and the DOCX; an empty line at either end of the cell is still nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { miniVariant } from '../helpers/mini-variant.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { pdfWords } from '../pdf/poppler.js';

const MEASURES = '| Measures | <br>Pick a mode:<br>- Alpha mode<br><br>- Beta mode<br><br>Gamma closes<br> |';

let base = '';

beforeAll(async () => {
  const { folder, content } = await miniVariant('cell-gaps', /^\| Measures \| - Change every default password.*$/m, MEASURES);
  const built = await runCli(['build', join(content, 'deployments/acme.json'), '--content', content, '--out', join(folder, 'out')]);
  expect(built.stderr).toBe('');
  base = join(folder, 'out/acme/mini-1.0');
}, 120_000);

describe('an empty line in an item cell', () => {
  it('HTML: the list is cut in two and the blocks after each empty line are marked apart, none at the ends', async () => {
    const html = await readFile(`${base}.html`, 'utf8');
    const cell = /<td>(<p class="cell-line">Pick a mode:[\s\S]*?)<\/td>/.exec(html)![1]!;
    expect(cell.replace(/<\/?li>/g, '')).toBe(
      '<p class="cell-line">Pick a mode:</p><ul class="cell-bullets">Alpha mode</ul><ul class="cell-bullets gap">Beta mode</ul><p class="cell-line gap">Gamma closes</p>',
    );
  });

  it('PDF: a blank line\'s height between the groups, none between a line and its list', async () => {
    const words = await pdfWords(await readFile(`${base}.pdf`));
    const top = (text: string) => words.find((word) => word.text === text)!.yMin;
    const step = top('Alpha') - top('Pick');
    expect(step).toBeGreaterThan(5);
    expect(top('Beta') - top('Alpha')).toBeGreaterThan(1.7 * step);
    expect(top('Gamma') - top('Beta')).toBeGreaterThan(1.7 * step);
  });

  it('DOCX: an empty paragraph before each block set apart, none at the ends', async () => {
    const xml = await (await openDocx(await readFile(`${base}.docx`))).part('word/document.xml');
    const cell = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*Pick a mode:[\s\S]*?<\/w:tc>/.exec(xml)![0];
    const paragraphs = [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => wordText(p[0]));
    expect(paragraphs).toEqual(['Pick a mode:', 'Alpha mode', '', 'Beta mode', '', 'Gamma closes']);
  });
});
