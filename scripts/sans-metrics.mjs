#!/usr/bin/env node
// Prints the advance widths (thousandths of an em) of U+0020–U+00FF in Liberation Sans Regular
// and Bold, metric-compatible with Arial and Helvetica: the table of src/render/docx/sans-metrics.ts.
// `node scripts/sans-metrics.mjs [FONT_DIR]` (default: Debian's fonts-liberation folder).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/usr/share/fonts/truetype/liberation';

function advances(file) {
  const font = readFileSync(file);
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), view.getUint32(at + 8));
  }
  const unitsPerEm = view.getUint16(tables.get('head') + 18);
  const metricCount = view.getUint16(tables.get('hhea') + 34);
  const hmtx = tables.get('hmtx');
  // The Unicode BMP subtable of cmap (format 4).
  const cmap = tables.get('cmap');
  let sub;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    const offset = cmap + view.getUint32(at + 4);
    if (view.getUint16(at) === 3 && view.getUint16(at + 2) === 1 && view.getUint16(offset) === 4) sub = offset;
  }
  const segments = view.getUint16(sub + 6) / 2;
  const glyphOf = (code) => {
    for (let s = 0; s < segments; s++) {
      const end = view.getUint16(sub + 14 + s * 2);
      if (code > end) continue;
      const startAt = sub + 16 + segments * 2 + s * 2;
      const start = view.getUint16(startAt);
      if (code < start) return 0;
      const delta = view.getInt16(startAt + segments * 2);
      const rangeAt = startAt + segments * 4;
      const range = view.getUint16(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const widths = [];
  for (let code = 0x20; code <= 0xff; code++) {
    const glyph = glyphOf(code);
    widths.push(Math.round((view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4) * 1000) / unitsPerEm));
  }
  return widths;
}

for (const face of ['Regular', 'Bold']) console.log(`${face}: ${JSON.stringify(advances(join(dir, `LiberationSans-${face}.ttf`)))}`);
