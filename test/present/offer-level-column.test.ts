/**
 * The offer's scope table, read back from the real PDF: the Level column kept "every level" (an
 * item with no Level row) on one line. It printed "every" / "level": the column is as narrow as
 * its content, and a value's spaces stayed breakable in print (`.value`, `break-spaces`). A level
 * an author named at length still wraps between its words, inside its column, and the table
 * keeps to the page.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixtureContentDir } from '../helpers/samples.js';
import { withMediumNamed } from '../helpers/level-named.js';
import { pdfText, pdfWords } from '../pdf/poppler.js';

const LONG_LEVEL = 'medium with extended audit logging and a hardened operating system image';
let pages: string[] = [];
let words: Awaited<ReturnType<typeof pdfWords>> = [];

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'checklist-offer-level-'));
  const content = join(folder, 'content');
  await cp(fixtureContentDir, content, { recursive: true });
  const master = join(content, 'checklists/mini.md');
  // CL-PWD1 loses its Level row (every level); CL-SRV1's level gets a long name.
  const text = withMediumNamed((await readFile(master, 'utf8')).replace('| Level | minimum |\n', ''), LONG_LEVEL);
  await writeFile(master, text);
  const built = await runCli(['build', join(content, 'deployments/acme.json'), '--content', content, '--out', join(folder, 'out'), '--offer', '--level', 'maximum', '--format', 'pdf']);
  expect(built.stderr).toBe('');
  const pdf = await readFile(join(folder, 'out/acme/mini-1.0-maximum-offer.pdf'));
  pages = (await pdfText(pdf)).split('\f');
  words = await pdfWords(pdf);
}, 120_000);

describe("the offer's Level column", () => {
  it('keeps "every level" on one line', () => {
    const row = pages.flatMap((page) => page.split('\n')).find((line) => line.includes('CL-PWD1'));
    expect(row).toMatch(/CL-PWD1\s+Default passwords changed\s+every level\s+12 characters/);
  });

  it('wraps a long level name between its words inside its column, and the table keeps to the page', () => {
    const lines = pages.flatMap((page) => page.split('\n'));
    expect(lines.some((line) => line.includes(LONG_LEVEL))).toBe(false);
    const row = words.find((word) => word.text === 'CL-SRV1')!;
    const onPage = words.filter((word) => word.page === row.page);
    const target = onPage.find((word) => word.text === 'Target')!;
    // The row's words: from its ID down to the next item's (or the page's foot).
    const next = onPage.find((word) => word.text === 'CL-VPN1')?.yMin ?? Infinity;
    const inRow = onPage.filter((word) => word.yMin >= row.yMin - 1 && word.yMin < next - 1);
    const nameWords = inRow.filter((word) => LONG_LEVEL.split(' ').slice(1).includes(word.text));
    expect(new Set(nameWords.map((word) => word.text))).toEqual(new Set(LONG_LEVEL.split(' ').slice(1)));
    // Each word of the name left of the next column, and on more than one line.
    for (const word of nameWords) expect(word.xMax, word.text).toBeLessThan(target.xMin);
    expect(new Set(nameWords.map((word) => Math.round(word.yMin))).size).toBeGreaterThan(1);
    // The last column's heading still on the A4 page (595 pt wide), its right margin kept.
    const operation = onPage.find((word) => word.text === 'Operation')!;
    expect(operation.xMax).toBeLessThan(595 - 36);
  });
});
