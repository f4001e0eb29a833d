/**
 * The characters the fonts installed on this machine have glyphs for, as fontconfig lists them
 * (fontconfig.ts: each font's charset, ranges of code points in hex). Chromium falls back
 * through every installed font, so a character none of them has prints as an empty box.
 */
import { readFile } from 'node:fs/promises';
import { installedFonts } from './fontconfig.js';

/** Sorted, disjoint ranges of code points [first, last]. */
export type CodeRanges = readonly (readonly [number, number])[];

/** fontconfig's charsets (`20-7e a0-17f 192 …`, a line per font) as one union of ranges. */
export function parseCharsets(text: string): CodeRanges {
  const ranges: [number, number][] = [];
  for (const token of text.split(/\s+/)) {
    const found = /^([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(token);
    if (found) ranges.push([parseInt(found[1]!, 16), parseInt(found[2] ?? found[1]!, 16)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of ranges) {
    const previous = merged.at(-1);
    if (previous !== undefined && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

export function covers(ranges: CodeRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ranges[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Whether the installed fonts have the Latin letters and digits; null without fontconfig. A
 * machine with no such font (a container's Chromium installed without its recommended fonts)
 * prints a PDF with no text at all.
 */
export async function hasLatinFont(): Promise<boolean | null> {
  const lacking = await notCovered([...'AZaz09'].map((character) => character.codePointAt(0)!));
  return lacking === null ? null : lacking.size === 0;
}

/**
 * Which of the code points no installed font has; null without fontconfig. Font by font, each
 * font's ranges read only when a code point is still wanted: asked on every build that prints,
 * and the first fonts usually have them all (reading every font's ranges took 5 ms).
 */
export async function notCovered(codePoints: readonly number[]): Promise<Set<number> | null> {
  const fonts = await installedFonts();
  if (fonts === null) return null;
  let wanted = [...new Set(codePoints)];
  for (const font of fonts) {
    if (wanted.length === 0) break;
    const ranges = parseCharsets(font.charset);
    wanted = wanted.filter((codePoint) => !covers(ranges, codePoint));
  }
  return new Set(wanted);
}

/** Basic Latin, Latin-1 and Latin Extended-A: in every font a PDF can be printed with (Liberation, DejaVu, Noto). */
const ALWAYS_THERE = 0x17f;

/**
 * Characters drawn with no glyph of their own: controls, spaces, joiners, direction marks, variation
 * selectors; and those no format gets, removed from a deployment's strings and refused in a master
 * (U+FFFE, U+FFFF, a lone surrogate: control-characters.ts), which no font is needed for.
 */
const NO_GLYPH = /[\p{Cc}\p{Cf}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\uFFFE\uFFFF\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** The characters of `text` past Latin that need a glyph, each once, with where it first is. */
export function charactersBeyondLatin(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    if (codePoint > ALWAYS_THERE && !found.has(character) && !NO_GLYPH.test(character)) found.set(character, index);
    index += character.length;
  }
  return found;
}

/** `中 (U+4E2D)`: a character as messages name it. */
export function characterName(character: string): string {
  return `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

export interface FileGlyphs {
  path: string;
  text: string;
  /** Its characters past Latin that need a glyph, with where each first is. */
  characters: Map<string, number>;
  /** Those no installed font has, in the order they first come. */
  missing: [character: string, index: number][];
}

/**
 * Reads each file (one that cannot be read has no characters) and says which of its characters
 * no installed font has; null when some file has characters past Latin and fontconfig is not
 * there to tell. Shared by the build's `missing-glyph` warning and `checklist doctor`.
 */
export async function missingGlyphs(paths: Iterable<string>): Promise<FileGlyphs[] | null> {
  const files = await Promise.all(
    [...new Set(paths)].map(async (path) => {
      const text = await readFile(path, 'utf8').catch(() => '');
      return { path, text, characters: charactersBeyondLatin(text), missing: [] as [string, number][] };
    }),
  );
  // Characters past Latin are rare: fontconfig is asked only when some file has them.
  if (files.every((file) => file.characters.size === 0)) return files;
  const lacking = await notCovered(files.flatMap((file) => [...file.characters.keys()].map((character) => character.codePointAt(0)!)));
  if (lacking === null) return null;
  for (const file of files) file.missing = [...file.characters].filter(([character]) => lacking.has(character.codePointAt(0)!));
  return files;
}

/** Scripts named in messages; a character of another script is of "other scripts". */
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi',
  'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Khmer', 'Mongolian', 'Han', 'Hiragana', 'Katakana', 'Bopomofo',
].map((script) => ({ script, pattern: new RegExp(`\\p{Script=${script}}`, 'u') }));

/** ☐ ☑ ☒ (U+2610–U+2612). */
const BALLOT_BOXES = /^[\u2610-\u2612]$/u;

/** The scripts whose glyphs Debian's fonts-noto-cjk has (Noto Sans CJK). */
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

/**
 * What a character is (its script, or emoji, symbols, private use) and the Debian package whose
 * fonts have it, where that is known: fonts-noto-cjk for Chinese, Japanese and Korean,
 * fonts-noto-color-emoji for emoji, fonts-noto-core for most other scripts, fonts-dejavu-core for
 * the ballot boxes; none for other symbols and for characters of no script (private use), which
 * no package is sure to have.
 */
export function fontFor(character: string): { kind: string; debian: string | null } {
  if (/\p{Emoji_Presentation}/u.test(character)) return { kind: 'emoji', debian: 'fonts-noto-color-emoji' };
  // The ☐ ☑ ☒ boxes the checklists tick: DejaVu draws them, as `checklist doctor`'s fonts line says.
  if (BALLOT_BOXES.test(character)) return { kind: 'symbols', debian: 'fonts-dejavu-core' };
  if (/\p{Script=Common}|\p{Script=Inherited}/u.test(character)) return { kind: 'symbols', debian: null };
  if (/\p{Script=Unknown}/u.test(character)) return { kind: /\p{Co}/u.test(character) ? 'private use' : 'unassigned', debian: null };
  const script = SCRIPTS.find(({ pattern }) => pattern.test(character))?.script ?? 'other scripts';
  return { kind: script, debian: CJK.has(script) ? 'fonts-noto-cjk' : 'fonts-noto-core' };
}
