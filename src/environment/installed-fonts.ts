/** The font families fontconfig knows on this machine: what Chromium can print the PDF in. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The font families the built-in templates name, with the Debian package that has each. */
export const TEMPLATE_FONTS: readonly { family: string; debian: string; why?: string }[] = [
  { family: 'Liberation Sans', debian: 'fonts-liberation' },
  { family: 'Noto Sans', debian: 'fonts-noto-core' },
  { family: 'DejaVu Sans', debian: 'fonts-dejavu-core', why: 'draws the ☐ ☒ boxes' },
];

/** Every family name `fc-list` lists (a font's several names each), or null without fontconfig. */
export async function installedFontFamilies(): Promise<Set<string> | null> {
  const listed = await run('fc-list', [':', 'family'], { timeout: 20_000, maxBuffer: 16 * 2 ** 20 }).then(({ stdout }) => stdout, () => null);
  if (listed === null) return null;
  return new Set(listed.split('\n').flatMap((line) => line.split(',')).map((family) => family.trim()).filter((family) => family !== ''));
}
