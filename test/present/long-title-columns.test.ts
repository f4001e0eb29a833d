/**
 * The offer's scope table and the annex's responsibility matrix with long item titles (60–90
 * characters, as a real vendor checklist has them), read back from the real PDF (Chromium) and
 * DOCX (its grid, and LibreOffice's layout): the ID column took a fixed 21% (19% in the matrix;
 * 17% and 14% in the DOCX) and a title wrapped into four lines (five in the matrix) beside it.
 * Now the ID, the level and the parties are as narrow as their content on one line, and the
 * title gets the room.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasLibreOffice, libreOfficeText, openDocx, tablesOf } from '../docx/helpers.js';
import { runCli } from '../helpers/run-cli.js';
import { contentDir } from '../helpers/samples.js';
import { pdfText, pdfWords } from '../pdf/poppler.js';

const LONG_TITLES: Record<string, string> = {
  'Default passwords changed': 'Default passwords of all service users changed before the system goes live',
  'Minimum password complexity': 'Minimum password complexity enforced for every administrative and service account',
  'Client certificate checks': 'Client certificate checks enabled on every TLS interface of the communication system',
  'Unsecured interfaces disabled': 'Unsecured interfaces such as TFTP, Telnet and plain HTTP disabled on all components',
};
const PWD1_TITLE = LONG_TITLES['Minimum password complexity']!;

let pdf: Uint8Array;
let docx: Uint8Array;
let annexPdf: Uint8Array;
let annexDocx: Uint8Array;

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'checklist-offer-scope-'));
  const content = join(folder, 'content');
  await cp(contentDir, content, { recursive: true });
  const master = join(content, 'checklists/example-pbx');
  for (const name of await readdir(master)) {
    let text = await readFile(join(master, name), 'utf8');
    for (const [short, long] of Object.entries(LONG_TITLES)) text = text.replace(`| ${short} |`, `| ${long} |`);
    await writeFile(join(master, name), text);
  }
  const out = join(folder, 'out');
  const built = await runCli(['build', join(content, 'deployments/pbx-hafen.json'), '--content', content, '--out', out, '--annex-only', '--offer', '--format', 'pdf,docx']);
  expect(built.stderr).toBe('');
  pdf = await readFile(join(out, 'pbx-hafen/example-pbx-1.0-offer.pdf'));
  docx = await readFile(join(out, 'pbx-hafen/example-pbx-1.0-offer.docx'));
  annexPdf = await readFile(join(out, 'pbx-hafen/example-pbx-1.0-annex.pdf'));
  annexDocx = await readFile(join(out, 'pbx-hafen/example-pbx-1.0-annex.docx'));
}, 120_000);

/** The widths of the grid of the DOCX's table that holds `marks` (each a cell's whole text), as fractions of the table. */
async function gridOf(bytes: Uint8Array, marks: string[]): Promise<number[]> {
  const xml = await (await openDocx(bytes)).part('word/document.xml');
  const table = tablesOf(xml).find((candidate) => marks.every((mark) => candidate.includes(`>${mark}<`)))!;
  const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  // Each cell says the grid's width, or Word lays it out by the cell's.
  const cellWidths = [...table.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"/g)].slice(0, grid.length).map((m) => Number(m[1]));
  expect(cellWidths).toEqual(grid);
  const total = grid.reduce((sum, width) => sum + width, 0);
  return grid.map((width) => width / total);
}

/** How far (points) the title's first word starts after the ID ends, in the PDF's row of `id`. */
async function gapAfterId(bytes: Uint8Array, id: string, firstWord: string): Promise<number> {
  const words = await pdfWords(bytes);
  const at = words.findIndex((word) => word.text === id);
  return words.slice(at).find((word) => word.text === firstWord)!.xMin - words[at]!.xMax;
}

/** The lines of `-layout` text a row takes: from its ID to the next row's (or a blank line). */
function rowLines(text: string, id: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trimStart().startsWith(`${id} `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && (line.trim() === '' || /^\s*CL-/.test(line)));
  return lines.slice(start, end);
}

describe("the offer's scope table with long item titles", () => {
  it('PDF: the ID column is as narrow as its IDs, and an 85-character title takes three lines at most', async () => {
    // The title starts right after the ID's column: a padding and a gap, not a fifth of the page.
    expect(await gapAfterId(pdf, 'CL-PWD1', 'Minimum')).toBeLessThan(30);
    const row = rowLines(await pdfText(pdf), 'CL-PWD1');
    expect(row.join(' ')).toContain('Minimum password complexity');
    expect(row.length).toBeLessThanOrEqual(3);
    // The level and the parties stay on one line each.
    expect(row[0]).toMatch(/minimum\s+High\s+Supplier\s+Customer/);
  });

  it('DOCX: the ID and the short columns as wide as their content, the item the widest', async () => {
    const grid = await gridOf(docx, ['Installation', 'CL-PWD1', 'Target value (maximum)']);
    expect(grid).toHaveLength(6);
    const [idWidth, item, level, target, installation, operation] = grid as [number, number, number, number, number, number];
    expect(idWidth).toBeLessThan(0.15);
    for (const short of [level, installation, operation]) expect(short).toBeLessThan(0.18);
    expect(item).toBeGreaterThan(0.3);
    expect(item).toBeGreaterThan(target);
  });

  it.skipIf(!hasLibreOffice && !process.env.CI)(
    'DOCX in LibreOffice: an 85-character title takes three lines at most, the ID whole',
    async () => {
      const text = (await libreOfficeText({ offer: docx })).offer!;
      const row = rowLines(text, 'CL-PWD1');
      expect(row.join(' ').replace(/\s+/g, ' ')).toContain(PWD1_TITLE.split(' ').slice(0, 3).join(' '));
      expect(row.length).toBeLessThanOrEqual(3);
      expect(row[0]).toMatch(/minimum\s+High\s+Supplier\s+Customer/);
    },
    120_000,
  );
});

describe("the annex's responsibility matrix with long item titles", () => {
  it('PDF: the ID column is as narrow as its IDs, and an 85-character title takes two lines', async () => {
    expect(await gapAfterId(annexPdf, 'CL-PWD1', 'Minimum')).toBeLessThan(30);
    const row = rowLines(await pdfText(annexPdf), 'CL-PWD1');
    expect(row.join(' ')).toContain('Minimum password complexity');
    expect(row.length).toBeLessThanOrEqual(2);
    expect(row[0]).toMatch(/minimum\s+Supplier\s+Customer\s+Done/);
  });

  it('DOCX: the ID and the short columns as wide as their content, the item the widest', async () => {
    const grid = await gridOf(annexDocx, ['Installation', 'CL-PWD1', 'Status']);
    expect(grid).toHaveLength(6);
    const [idWidth, item, level, installation, operation, status] = grid as [number, number, number, number, number, number];
    expect(idWidth).toBeLessThan(0.14);
    for (const short of [level, installation, operation]) expect(short).toBeLessThan(0.18);
    expect(item).toBeGreaterThan(0.3);
    expect(item).toBeGreaterThan(status);
  });
});
