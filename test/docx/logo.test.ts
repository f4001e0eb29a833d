/**
 * The theme's logo on the DOCX title block: embedded, right-aligned above the title, at most
 * 60 × 18 mm with its proportions; an SVG with a PNG drawn from it for readers without SVG.
 * Read back from the XML and the media parts, and through LibreOffice (the image on page 1).
 */
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DEFAULT_THEME, type Theme, type ThemeLogo } from '../../src/present/theme.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { png, svgLogo } from '../theme/images.js';
import { all, hasLibreOffice } from './helpers.js';

const run = promisify(execFile);
const EMU_PER_PX = 9525;

const withLogo = (logo: ThemeLogo): Theme => ({ ...DEFAULT_THEME, logo });
const pngLogo: ThemeLogo = { path: 'logo.png', mediaType: 'image/png', data: png(400, 100), width: 400, height: 100 };
const svg: ThemeLogo = { path: 'logo.svg', mediaType: 'image/svg+xml', data: new TextEncoder().encode(svgLogo), width: 240, height: 60 };

interface Built {
  zip: JSZip;
  xml: string;
  bytes: Uint8Array;
}

async function build(theme: Theme, pageNumbers = false): Promise<Built> {
  const bytes = await renderDocx(viewFixture, { theme, pageNumbers });
  const zip = await JSZip.loadAsync(bytes);
  return { zip, bytes, xml: await zip.file('word/document.xml')!.async('string') };
}

const media = (zip: JSZip) => Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).sort();
const firstParagraph = (xml: string) => all(xml, /<w:body>(<w:p>.*?<\/w:p>)/gs)[0] ?? '';

describe('the theme’s logo in the DOCX', () => {
  let pngDocx: Built;
  let svgDocx: Built;

  beforeAll(async () => {
    [pngDocx, svgDocx] = await Promise.all([build(withLogo(pngLogo), true), build(withLogo(svg))]);
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

  it('lays the document out with the logo and still writes the TOC’s page numbers', () => {
    const entries = all(pngDocx.xml, /<w:pStyle w:val="TOC1"\/>.*?<w:t[^>]*>(\d+)<\/w:t>(?:(?!<\/w:p>).)*<\/w:p>/g);
    expect(entries.length).toBeGreaterThan(3);
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

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('the logo through LibreOffice', () => {
  it('prints the PNG logo, and the SVG logo (or its PNG), on the first page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-docx-logo-'));
    try {
      const files = { png: (await build(withLogo(pngLogo))).bytes, svg: (await build(withLogo(svg))).bytes };
      const paths = await Promise.all(Object.entries(files).map(async ([name, bytes]) => (await writeFile(join(dir, `${name}.docx`), bytes), join(dir, `${name}.docx`))));
      await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 90_000 });
      for (const name of Object.keys(files)) {
        const list = (await run('pdfimages', ['-list', '-f', '1', '-l', '1', join(dir, `${name}.pdf`)])).stdout;
        // A header of two lines, then one line per image on the page.
        expect(list.trim().split('\n').length, name).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
