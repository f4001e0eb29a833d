/**
 * The signature block is never alone on a page in Word: the end of the part before it (the last
 * row of the open items, of the last settings table, of the items left out) is kept with it.
 * Word keeps a table's last row with the next paragraph when that row's paragraphs say
 * keepNext; the XML is read back, since LibreOffice 7.4 does not follow this rule for tables.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { sampleView } from '../helpers/samples.js';
import { openDocx } from './helpers.js';

/** The paragraphs between the last table before the signatures' heading and that heading, and the table's last row. */
async function endBeforeSignatures(bytes: Uint8Array) {
  const xml = await (await openDocx(bytes)).part('word/document.xml');
  const before = xml.slice(0, xml.lastIndexOf('>Signatures<'));
  const table = before.slice(before.lastIndexOf('<w:tbl>'), before.lastIndexOf('</w:tbl>'));
  const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  const paragraphs = (row: string) => row.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return {
    lastRow: paragraphs(rows.at(-1) ?? ''),
    rowBefore: paragraphs(rows.at(-2) ?? ''),
    between: paragraphs(before.slice(before.lastIndexOf('</w:tbl>'), before.lastIndexOf('<w:p'))),
  };
}

describe('the DOCX keeps the signature block with what precedes it', () => {
  it.each([
    ['annex', 'pbx-hafen.json', undefined],
    ['offer', 'mueller-klinikum.json', undefined],
    ['annex', 'stadtwerke-nord.json', 'minimum'],
  ] as const)('%s of %s', async (variant, file, level) => {
    const view = await sampleView(file, level);
    const { lastRow, rowBefore, between } = await endBeforeSignatures(await renderDocx(view, { variant }));
    expect(lastRow.length).toBeGreaterThan(0);
    for (const p of [...lastRow, ...between]) expect(p).toContain('<w:keepNext/>');
    // Only the end: the rest of the table breaks where it must.
    expect(rowBefore.some((p) => p.includes('<w:keepNext/>'))).toBe(false);
  }, 60_000);
});
