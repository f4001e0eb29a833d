/**
 * Characters of a build's sources that no font on this machine has: Chromium prints each as an
 * empty box, and the PDF loses the text in silence (Chinese, Japanese or Korean where only the
 * Latin fonts are installed). One warning per source file, at the first such character, naming
 * them; the HTML and the DOCX keep the text (the reader's fonts draw it), so only a build that
 * prints a PDF looks. What the machine has is asked every build, not kept: a font installed
 * since is seen at once.
 */
import { displayPath } from '../../content/read-sources.js';
import { location } from 'vfile-location';
import { CliError } from '../../cli/errors.js';
import type { Diagnostics } from '../../diagnostics/diagnostics.js';
import { characterName, fontFor, hasLatinFont, missingGlyphs } from '../../environment/font-coverage.js';
import { FONTCONFIG_DEBIAN, TEMPLATE_FONTS } from '../../environment/installed-fonts.js';

/** Characters shown, at most, in a message. */
const SHOWN = 8;

/**
 * Refuses a PDF no letter of which would print: no installed font has Latin letters (a
 * container's Chromium installed without its recommended fonts). Chromium would print every
 * page blank but for its rules and boxes, and say nothing. Without fontconfig's `fc-list` on
 * Linux (Debian's headless shell brings only its library) nothing can be told: the PDF is
 * printed, and the warning returned says what goes unchecked.
 *
 * @throws {CliError} exit code 1, saying which fonts to install.
 */
export async function requireLatinFont(platform: NodeJS.Platform = process.platform): Promise<string | undefined> {
  const latin = await hasLatinFont();
  if (latin === null) {
    // On macOS and Windows, Chrome prints with the system's fonts and fontconfig is seldom there.
    return platform === 'linux'
      ? `fc-list (fontconfig) not found, so the PDF's fonts are not checked: a page printed without text, or a character no font has printed as an empty box, goes unsaid. Debian/Ubuntu: apt-get install ${FONTCONFIG_DEBIAN}`
      : undefined;
  }
  if (latin) return undefined;
  throw new CliError(
    'No font on this machine has Latin letters, so the PDF would print no text. Install the fonts the templates name: ' +
      `Debian/Ubuntu: apt-get install ${TEMPLATE_FONTS.map((font) => font.debian).join(' ')}; ` +
      `elsewhere ${TEMPLATE_FONTS.map((font) => font.family).join(', ')} from your system's packages.`,
    1,
  );
}

/** Warns, per file, of the characters it has that no installed font has (`missing-glyph`). */
export async function warnMissingGlyphs(paths: Iterable<string>, diagnostics: Diagnostics): Promise<void> {
  const files = await missingGlyphs(paths);
  // Without fontconfig nothing can be told; `checklist doctor` says so.
  if (files === null) return;
  for (const { path, text, missing } of files) {
    if (missing.length === 0) continue;
    const first = Math.min(...missing.map(([, index]) => index));
    const named = missing.slice(0, SHOWN).map(([character]) => characterName(character));
    const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '';
    // The packages that have them, where their script is known (fonts-noto-cjk for Chinese, …).
    const packages = [...new Set(missing.flatMap(([character]) => fontFor(character).debian ?? []))];
    const where = packages.length === 0 ? 'fc-list lists the fonts there are' : `Debian/Ubuntu: apt-get install ${packages.join(' ')}`;
    const reason = `No font on this machine has ${missing.length === 1 ? 'the character' : `${missing.length} characters of this file:`} ${named.join(', ')}${more}: the PDF prints ${missing.length === 1 ? 'it' : 'each'} as an empty box (the HTML and the DOCX keep ${missing.length === 1 ? 'it' : 'them'}). Install a font that has ${missing.length === 1 ? 'it' : 'them'} (${where}) and build again`;
    diagnostics.warning(displayPath(path), location(text).toPoint(first), reason, 'missing-glyph');
  }
}
