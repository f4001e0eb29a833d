/**
 * A Word user's change to a style reaches the whole DOCX: Normal's font changed in styles.xml, or
 * the Word theme's body font (Design → Fonts), and LibreOffice sets the body, tables included,
 * in that font.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { hasLibreOffice } from './helpers.js';

const run = promisify(execFile);

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('a Word user’s change to a style, through LibreOffice', () => {
  let fonts: Record<string, string> = {};

  /** The fonts LibreOffice put in the PDF of each file, as `pdffonts` lists them. */
  async function pdfFonts(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-docx-styles-'));
    try {
      const paths = await Promise.all(Object.entries(files).map(async ([name, bytes]) => (await writeFile(join(dir, `${name}.docx`), bytes), join(dir, `${name}.docx`))));
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      await run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 90_000 });
      const out: Record<string, string> = {};
      for (const name of Object.keys(files)) out[name] = (await run('pdffonts', [join(dir, `${name}.pdf`)])).stdout;
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The DOCX with one part edited as a Word user's change would edit it. */
  async function edited(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(bytes);
    zip.file(part, edit(await zip.file(part)!.async('string')));
    return zip.generateAsync({ type: 'uint8array' });
  }

  beforeAll(async () => {
    const bytes = await renderDocx(viewFixture, { pageNumbers: false });
    fonts = await pdfFonts({
      built: bytes,
      // Home → Styles → Normal → Modify → Font: the defaults name a font instead of the theme's.
      normal: await edited(bytes, 'word/styles.xml', (xml) => xml.replace(/<w:rFonts w:asciiTheme[^>]*\/>/, '<w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/>')),
      // Design → Fonts: the theme's body font.
      theme: await edited(bytes, 'word/theme/theme1.xml', (xml) => xml.replace(/(<a:minorFont><a:latin typeface=")[^"]+/, '$1DejaVu Serif')),
    });
  }, 120_000);

  it('sets the body in the theme’s font as built', () => {
    expect(fonts.built).toContain('LiberationSans');
    expect(fonts.built).not.toContain('DejaVuSerif');
  });

  it('sets the body, tables included, in the font Normal or the Word theme is changed to', () => {
    for (const name of ['normal', 'theme']) {
      expect(fonts[name], name).toContain('DejaVuSerif');
      // Only the headings (the theme's heading font) stay in Liberation Sans (Arial).
      expect(fonts[name], name).not.toMatch(/LiberationSans\s/);
    }
  });
});
