/**
 * Characters of a build's sources that no font on this machine has: Chromium prints each as an
 * empty box, and the PDF loses the text in silence (Chinese, Japanese or Korean where only the
 * Latin fonts are installed). One warning per source file, at the first such character, naming
 * them; the HTML and the DOCX keep the text (the reader's fonts draw it), so only a build that
 * prints a PDF looks. What the machine has is asked every build, not kept: a font installed
 * since is seen at once.
 */
import { readFile } from 'node:fs/promises';
import { displayPath } from '../../content/read-sources.js';
import type { Diagnostics, Point } from '../../diagnostics/diagnostics.js';
import { covers, installedCoverage } from '../../environment/font-coverage.js';

/** Basic Latin, Latin-1 and Latin Extended-A: in every font a PDF can be printed with (Liberation, DejaVu, Noto). */
const ALWAYS_THERE = 0x17f;

/** Characters drawn with no glyph of their own: controls, spaces, joiners, direction marks, variation selectors. */
const NO_GLYPH = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** Characters shown, at most, in a message. */
const SHOWN = 8;

/** The characters of `text` past Latin that need a glyph, each once, with where it first is. */
function charactersBeyondLatin(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    if (codePoint > ALWAYS_THERE && !found.has(character) && !NO_GLYPH.test(character)) found.set(character, index);
    index += character.length;
  }
  return found;
}

function pointOf(text: string, index: number): Point {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** Warns, per file, of the characters it has that no installed font has (`missing-glyph`). */
export async function warnMissingGlyphs(paths: Iterable<string>, diagnostics: Diagnostics): Promise<void> {
  const files = await Promise.all([...new Set(paths)].map(async (path) => ({ path, text: await readFile(path, 'utf8').catch(() => '') })));
  const beyond = files.map((file) => ({ ...file, characters: charactersBeyondLatin(file.text) })).filter((file) => file.characters.size > 0);
  if (beyond.length === 0) return;
  const coverage = await installedCoverage();
  // Without fontconfig nothing can be told; `checklist doctor` says so.
  if (coverage === null) return;
  for (const { path, text, characters } of beyond) {
    const missing = [...characters].filter(([character]) => !covers(coverage, character.codePointAt(0)!));
    if (missing.length === 0) continue;
    const first = Math.min(...missing.map(([, index]) => index));
    const named = missing.slice(0, SHOWN).map(([character]) => `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '';
    const reason = `No font on this machine has ${missing.length === 1 ? 'the character' : `${missing.length} characters of this file:`} ${named.join(', ')}${more}: the PDF prints ${missing.length === 1 ? 'it' : 'each'} as an empty box (the HTML and the DOCX keep ${missing.length === 1 ? 'it' : 'them'}). Install a font that has ${missing.length === 1 ? 'it' : 'them'} (Debian: fonts-noto-cjk for Chinese, Japanese and Korean; fc-list lists the fonts there are) and build again`;
    diagnostics.warning(displayPath(path), pointOf(text, first), reason, 'missing-glyph');
  }
}
