/**
 * The annex's responsibility matrix with a level an author named at length, read back from the
 * real PDF (Chromium): the Level column kept the name on one line, the table grew wider than the
 * page, and Chromium shrank every page of the annex to fit it (its text 90 % of its size, the
 * item titles a word or two a line). Now the name wraps inside a column of about a quarter of
 * the table, as the DOCX's, and the pages keep their size.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixtureContentDir } from '../helpers/samples.js';
import { withMediumNamed } from '../helpers/level-named.js';
import { pdfWords } from '../pdf/poppler.js';

const LONG_LEVEL = 'medium with extended audit logging and a hardened operating system image';
type Words = Awaited<ReturnType<typeof pdfWords>>;

/** The annex PDF's words of the fixtures' `acme`, its master's `medium` level named `level`. */
async function annexWords(level: string): Promise<Words> {
  const folder = await mkdtemp(join(tmpdir(), 'checklist-matrix-level-'));
  const content = join(folder, 'content');
  await cp(fixtureContentDir, content, { recursive: true });
  const master = join(content, 'checklists/mini.md');
  await writeFile(master, withMediumNamed(await readFile(master, 'utf8'), level));
  const built = await runCli(['build', join(content, 'deployments/acme.json'), '--content', content, '--out', join(folder, 'out'), '--annex-only', '--level', 'maximum', '--format', 'pdf']);
  expect(built.stderr).toBe('');
  return pdfWords(await readFile(join(folder, 'out/acme/mini-1.0-maximum-annex.pdf')));
}

let long: Words = [];
let short: Words = [];

beforeAll(async () => {
  [long, short] = await Promise.all([annexWords(LONG_LEVEL), annexWords('medium')]);
}, 120_000);

/** The matrix's heading row: the words of the line of its "Installation" heading. */
function matrixHeadings(words: Words): Words {
  const installation = words.find((word) => word.text === 'Installation')!;
  return words.filter((word) => word.page === installation.page && Math.abs(word.yMin - installation.yMin) < 1);
}

describe("the annex's Level column with a long level name", () => {
  it('keeps every page at its size: the matrix heading as tall as with a short name', () => {
    const height = (words: Words) => {
      const status = matrixHeadings(words).find((word) => word.text === 'Status')!;
      return status.yMax - status.yMin;
    };
    expect(height(long)).toBeCloseTo(height(short), 1);
  });

  it('wraps the name between its words inside its column, left of the parties, and the table keeps to the page', () => {
    const headings = matrixHeadings(long);
    const installation = headings.find((word) => word.text === 'Installation')!;
    const row = long.find((word) => word.text === 'CL-SRV1' && word.page === installation.page && word.yMin > installation.yMin)!;
    const next = long.find((word) => word.page === row.page && word.yMin > row.yMin + 1 && /^CL-/.test(word.text))?.yMin ?? Infinity;
    const inRow = long.filter((word) => word.page === row.page && word.yMin >= row.yMin - 1 && word.yMin < next - 1);
    const nameWords = inRow.filter((word) => ['extended', 'audit', 'hardened', 'operating', 'image'].includes(word.text));
    expect(nameWords).toHaveLength(5);
    for (const word of nameWords) expect(word.xMax, word.text).toBeLessThan(installation.xMin);
    expect(new Set(nameWords.map((word) => Math.round(word.yMin))).size).toBeGreaterThan(1);
    // The last heading inside the A4 page's right margin (595 pt wide, 18 mm = 51 pt).
    expect(headings.at(-1)!.xMax).toBeLessThan(595 - 48);
  });
});
