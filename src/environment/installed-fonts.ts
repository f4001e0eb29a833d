/** The font families fontconfig knows on this machine: what Chromium can print the PDF in. */
import { installedFonts } from './fontconfig.js';

/** The font families the built-in templates name, with the Debian package that has each. */
export const TEMPLATE_FONTS: readonly { family: string; debian: string; why?: string }[] = [
  { family: 'Liberation Sans', debian: 'fonts-liberation' },
  { family: 'Noto Sans', debian: 'fonts-noto-core' },
  { family: 'DejaVu Sans', debian: 'fonts-dejavu-core', why: 'draws the ☐ ☒ boxes' },
];

/**
 * The Debian package of fontconfig's programs: `fc-list` is how the tool sees the fonts (doctor,
 * the PDF's font checks, its record for rebuilds). Chromium's headless shell brings only the
 * library (libfontconfig1), so it is installed beside the fonts.
 */
export const FONTCONFIG_DEBIAN = 'fontconfig';

/** What `apt-get install` adds to a browser for the PDF: fontconfig and the templates' fonts. */
export const PDF_DEBIAN_PACKAGES: readonly string[] = [FONTCONFIG_DEBIAN, ...TEMPLATE_FONTS.map((font) => font.debian)];

/** Every family name `fc-list` lists (a font's several names each), or null without fontconfig. */
export async function installedFontFamilies(): Promise<Set<string> | null> {
  const fonts = await installedFonts();
  return fonts === null ? null : new Set(fonts.flatMap((font) => font.families));
}
