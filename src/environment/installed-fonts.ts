/** The font families fontconfig knows on this machine: what Chromium can print the PDF in. */
import { installedFonts } from './fontconfig.js';

/** The font families the built-in templates name, with the Debian package that has each. */
export const TEMPLATE_FONTS: readonly { family: string; debian: string; why?: string }[] = [
  { family: 'Liberation Sans', debian: 'fonts-liberation' },
  { family: 'Noto Sans', debian: 'fonts-noto-core' },
  { family: 'DejaVu Sans', debian: 'fonts-dejavu-core', why: 'draws the ☐ ☒ boxes' },
];

/** Every family name `fc-list` lists (a font's several names each), or null without fontconfig. */
export async function installedFontFamilies(): Promise<Set<string> | null> {
  const fonts = await installedFonts();
  return fonts === null ? null : new Set(fonts.flatMap((font) => font.families));
}
