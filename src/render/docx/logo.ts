/**
 * The theme's logo on the DOCX title block, right-aligned above the title as in the HTML: at
 * most 60 × 18 mm, its proportions kept, embedded (never linked). PNG and JPEG go in as they
 * are; an SVG goes in as itself (Word 2016 and later draw it) with a PNG drawn from it by resvg
 * for the readers that cannot (older Word, LibreOffice 7.4).
 */
import { ImageRun, Paragraph } from 'docx';
import type { ThemeLogo } from '../../present/theme.js';
import { displayPath } from '../../content/read-sources.js';
import { requireResvg } from './resvg.js';
import { PARA } from './style-ids.js';

/** CSS pixels (1/96 in), as docx sizes an image. */
const mm = (value: number) => (value / 25.4) * 96;
const BOX = { width: mm(60), height: mm(18) };

/** The PNG in place of an SVG is drawn at three times its printed size: sharp at 288 dpi. */
const FALLBACK_SCALE = 3;

/** resvg is loaded only for an SVG logo: most builds have none. */
function pngOf(logo: ThemeLogo, width: number): Buffer {
  const { Resvg } = requireResvg(displayPath(logo.path));
  return new Resvg(Buffer.from(logo.data), { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/** The logo's printed size: its natural size, shrunk (never grown) to fit the box. */
export function logoSize(logo: Pick<ThemeLogo, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, BOX.width / logo.width, BOX.height / logo.height);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

function image(logo: ThemeLogo, alt: string): ImageRun {
  const transformation = logoSize(logo);
  const altText = { name: 'Logo', title: alt, description: alt };
  if (logo.mediaType === 'image/png') return new ImageRun({ type: 'png', data: logo.data, transformation, altText });
  if (logo.mediaType === 'image/jpeg') return new ImageRun({ type: 'jpg', data: logo.data, transformation, altText });
  const png = pngOf(logo, transformation.width * FALLBACK_SCALE);
  return new ImageRun({ type: 'svg', data: logo.data, fallback: { type: 'png', data: png }, transformation, altText });
}

/** The paragraph holding the logo, in the Logo style (right-aligned, kept with the title). */
export function logoParagraph(logo: ThemeLogo, alt: string): Paragraph {
  return new Paragraph({ style: PARA.logo, children: [image(logo, alt)] });
}
