/**
 * The responsibility matrix's columns in the DOCX, sized from their texts as the PDF sizes them:
 * each character as wide as it is in the font (an "i" is a third of an "M"), so the columns kept
 * on one line (ID, level, parties) take what their texts need and the item's title the rest.
 * LibreOffice then prints every ID, level and party whole.
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

describe('the responsibility matrix of the sample’s annex', () => {
  it('gives the item’s title more than a quarter of the table', async () => {
    const document = await (await openDocx(await annexDocx())).part('word/document.xml');
    const matrix = tablesOf(document).find((table) => table.includes('>Installation<') && table.includes('>Operation<') && table.includes('>Status<'));
    expect(matrix).toBeDefined();
    const grid = [...matrix!.slice(0, matrix!.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
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
