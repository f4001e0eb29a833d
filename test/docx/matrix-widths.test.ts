/**
 * The annex's tables in the DOCX, sized from their texts as the PDF sizes them: each character as
 * wide as it is in the font (an "i" is a third of an "M"), so the matrix's columns kept on one
 * line (ID, level, parties) take what their texts need and the item's title the rest, and
 * LibreOffice prints every ID, level and party whole; the agreed settings by their content, as
 * the PDF's (a row's number was given 18 % of the width, and the setting's name wrapped).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimumWidth } from '../../src/render/docx/column-widths.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { hasLibreOffice, libreOfficeText, openDocx, tablesOf } from './helpers.js';

describe('a text’s width in a DOCX column', () => {
  it('is that of its characters in the font: ten "i" take less than half of ten "M"', () => {
    const padding = minimumWidth([''], true);
    expect(minimumWidth(['iiiiiiiiii'], true) - padding).toBeLessThan((minimumWidth(['MMMMMMMMMM'], true) - padding) / 2);
  });

  it('is never less than the font’s own (bold 9 pt Arial, 20 twips a point)', () => {
    // "CL-SF:SWstatus" in bold Arial: 7833 thousandths of an em.
    const padding = minimumWidth([''], true);
    expect(minimumWidth(['CL-SF:SWstatus'], true) - padding).toBeGreaterThanOrEqual((7833 * 9 * 20) / 1000);
  });
});

async function annexDocx(): Promise<Uint8Array> {
  const out = await mkdtemp(join(tmpdir(), 'checklist-matrix-widths-'));
  const deployment = join(repoRoot, 'content/deployments/mueller-klinikum.json');
  const built = await runCli(['build', deployment, '--content', join(repoRoot, 'content'), '--out', out, '--annex-only', '--format', 'docx']);
  expect(built.stderr).toBe('');
  return readFile(join(out, 'mueller-klinikum/example-uc-server-2.1-annex.docx'));
}

/** The column widths (twips) of the first table of the DOCX that `which` picks. */
async function gridOf(docx: Uint8Array, which: (table: string) => boolean): Promise<number[]> {
  const table = tablesOf(await (await openDocx(docx)).part('word/document.xml')).find(which);
  expect(table).toBeDefined();
  return [...table!.slice(0, table!.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
}

describe('the agreed settings of the sample’s annex', () => {
  it('give a row’s number what it needs, the setting’s name the most and the customer’s value a quarter at least', async () => {
    const grid = await gridOf(await annexDocx(), (table) => table.includes('>Password rule<') && table.includes('>Customer setting<'));
    expect(grid).toHaveLength(4);
    const total = grid.reduce((sum, width) => sum + width, 0);
    expect(grid[0]! / total).toBeLessThan(0.08);
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(grid[3]! / total).toBeGreaterThanOrEqual(0.25 - 0.001);
  }, 60_000);
});

describe('the responsibility matrix of the sample’s annex', () => {
  it('gives the item’s title more than a quarter of the table', async () => {
    const grid = await gridOf(await annexDocx(), (table) => table.includes('>Installation<') && table.includes('>Operation<') && table.includes('>Status<'));
    expect(grid).toHaveLength(6);
    const total = grid.reduce((sum, width) => sum + width, 0);
    expect(grid[1]! / total).toBeGreaterThan(0.25);
    expect(Math.max(...grid)).toBe(grid[1]);
  }, 60_000);

  it.skipIf(!hasLibreOffice && !process.env.CI)('prints every ID, level and party whole in LibreOffice', async () => {
    const text = (await libreOfficeText({ annex: await annexDocx() })).annex!;
    const matrix = text.slice(text.indexOf('Responsibility matrix'));
    for (const word of ['CL-SF:SWstatus', 'CL-SRVPWD', 'minimum', 'medium', 'Supplier', 'Customer', 'Installation', 'Operation']) expect(matrix).toContain(word);
    expect(matrix).not.toMatch(/^\s*(CL-|Custome|Supplie|minimu|mediu|Installatio|Operatio)\s*$/m);
  }, 180_000);
});
