/** Logos and a build of the fixture view with one, for the DOCX logo tests. */
import JSZip from 'jszip';
import { DEFAULT_THEME, type Theme, type ThemeLogo } from '../../src/present/theme.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { png, svgLogo } from '../theme/images.js';
import { all } from './helpers.js';

export const EMU_PER_PX = 9525;

export const withLogo = (logo: ThemeLogo): Theme => ({ ...DEFAULT_THEME, logo });
export const pngLogo: ThemeLogo = { path: 'logo.png', mediaType: 'image/png', data: png(400, 100), width: 400, height: 100 };
export const svg: ThemeLogo = { path: 'logo.svg', mediaType: 'image/svg+xml', data: new TextEncoder().encode(svgLogo), width: 240, height: 60 };

export interface Built {
  zip: JSZip;
  xml: string;
  bytes: Uint8Array;
}

export async function build(theme: Theme, pageNumbers = false): Promise<Built> {
  const bytes = await renderDocx(viewFixture, { theme, pageNumbers });
  const zip = await JSZip.loadAsync(bytes);
  return { zip, bytes, xml: await zip.file('word/document.xml')!.async('string') };
}

export const media = (zip: JSZip) => Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).sort();
export const firstParagraph = (xml: string) => all(xml, /<w:body>(<w:p>.*?<\/w:p>)/gs)[0] ?? '';

