/**
 * The theme's logo on the DOCX title block: embedded, right-aligned above the title, at most
 * 60 × 18 mm with its proportions; an SVG with a PNG drawn from it for readers without SVG.
 * Read back from the XML and the media parts; through LibreOffice in logo-libreoffice.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../src/present/theme.js';
import { svgLogo } from '../theme/images.js';
import { all } from './helpers.js';
import { EMU_PER_PX, build, firstParagraph, media, pngLogo, svg, withLogo, type Built } from './logo-fixtures.js';

describe('the theme’s logo in the DOCX', () => {
  let pngDocx: Built;
  let svgDocx: Built;

  beforeAll(async () => {
    [pngDocx, svgDocx] = await Promise.all([build(withLogo(pngLogo)), build(withLogo(svg))]);
  });

  it('puts a PNG as it is above the title, in the Logo style, shrunk into 60 × 18 mm with its proportions', async () => {
    const first = firstParagraph(pngDocx.xml);
    expect(first).toContain('<w:pStyle w:val="Logo"/>');
    expect(first).toContain('<w:drawing>');
    // 400 × 100 px shrinks to the 18 mm height: 68 px high, 4 : 1 as the file.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(first)!.map(Number);
    expect(Math.round(cy! / EMU_PER_PX)).toBeLessThanOrEqual(68);
    expect(Math.round(cx! / EMU_PER_PX)).toBeLessThanOrEqual(227);
    expect(cx! / cy!).toBeCloseTo(4, 1);
    expect(pngDocx.xml).toContain(`${first}<w:p><w:pPr><w:pStyle w:val="Title"/>`);
    expect(media(pngDocx.zip)).toEqual(['word/media/image1.png']);
    expect(Buffer.from(await pngDocx.zip.file('word/media/image1.png')!.async('uint8array')).equals(pngLogo.data)).toBe(true);
  });

  it('names the logo for assistive technology after the supplier, as the HTML does', () => {
    expect(firstParagraph(pngDocx.xml)).toMatch(/<wp:docPr [^>]*descr="Logo of Beispiel Integration AG"/);
  });

  it('embeds an SVG as itself, with a PNG drawn from it at three times its printed width', async () => {
    expect(media(svgDocx.zip)).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
    expect(firstParagraph(svgDocx.xml)).toContain('asvg:svgBlip');
    expect(await svgDocx.zip.file('word/media/image1.svg')!.async('string')).toBe(svgLogo);
    const fallback = Buffer.from(await svgDocx.zip.file('word/media/image1.png')!.async('uint8array'));
    expect(fallback.subarray(1, 4).toString('latin1')).toBe('PNG');
    // 240 × 60 px fits the box as it is: printed 227 px wide at most, the PNG three times that.
    const printed = Math.round(Number(all(svgDocx.xml, /<wp:extent cx="(\d+)"/g)[0]) / EMU_PER_PX);
    expect(fallback.readUInt32BE(16)).toBe(printed * 3);
  });

  it('embeds a JPEG as it is', async () => {
    const data = await readFile(join(import.meta.dirname, '../theme/fixtures/logo-64x32.jpg'));
    const { zip, xml } = await build(withLogo({ path: 'logo.jpg', mediaType: 'image/jpeg', data, width: 64, height: 32 }));
    expect(media(zip)).toEqual(['word/media/image1.jpg']);
    expect(all(firstParagraph(xml), /<wp:extent cx="(\d+)"/g).map((cx) => Math.round(Number(cx) / EMU_PER_PX))).toEqual([64]);
  });

  it('has no image without a logo', async () => {
    const { zip, xml } = await build(DEFAULT_THEME);
    expect(media(zip)).toEqual([]);
    expect(xml).not.toContain('<w:drawing>');
  });
});
