/**
 * @full-suite: the logo in a DOCX laid out for its page numbers, and through LibreOffice: the
 * PNG logo, and the SVG logo (or the PNG drawn from it), printed on the first page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { all, hasLibreOffice } from './helpers.js';
import { build, pngLogo, svg, withLogo } from './logo-fixtures.js';

const run = promisify(execFile);

describe('the logo in a laid-out DOCX', () => {
  it('lays the document out with the logo and still writes the TOC’s page numbers', async () => {
    const { xml } = await build(withLogo(pngLogo), true);
    expect(xml).toContain('<w:pStyle w:val="Logo"/>');
    const entries = all(xml, /<w:pStyle w:val="TOC1"\/>.*?<w:t[^>]*>(\d+)<\/w:t>(?:(?!<\/w:p>).)*<\/w:p>/g);
    expect(entries.length).toBeGreaterThan(3);
  });
});

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('the logo through LibreOffice', () => {
  it('prints the PNG logo, and the SVG logo (or its PNG), on the first page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-docx-logo-'));
    try {
      const files = { png: (await build(withLogo(pngLogo))).bytes, svg: (await build(withLogo(svg))).bytes, none: (await build({ ...withLogo(svg), logo: null })).bytes };
      const paths = await Promise.all(Object.entries(files).map(async ([name, bytes]) => (await writeFile(join(dir, `${name}.docx`), bytes), join(dir, `${name}.docx`))));
      await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 90_000 });
      // `pdfimages -list`: a header of two lines, then one line per image on the page.
      const images = async (name: string) => (await run('pdfimages', ['-list', '-f', '1', '-l', '1', join(dir, `${name}.pdf`)])).stdout.trim().split('\n').length - 2;
      expect(await images('png')).toBeGreaterThanOrEqual(1);
      expect(await images('svg')).toBeGreaterThanOrEqual(1);
      expect(await images('none')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
