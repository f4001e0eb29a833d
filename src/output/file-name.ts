/**
 * File names made from data (a deployment's file stem, a checklist ID, a version) that are safe
 * on every operating system and keep the writer's letters: `müller` stays `müller` (NFC, so
 * the NFD spelling a Mac writes is the same name), `😀` stays `😀`. See docs/FORMATS.md §4.
 */

/** Windows refuses these as a name, with or without an extension, in any case. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Kept: ASCII letters, digits, `.`, `_`, `-`; any letter, mark, digit, symbol or punctuation
 * beyond ASCII (so accents, scripts and emoji), and the zero-width joiner inside emoji.
 * Everything else, spaces, path separators, Windows' `<>:"|?*`, controls, invisible format
 * characters (right-to-left overrides) and unassigned code points, becomes `-`.
 */
const UNSAFE = /(?:(?![A-Za-z0-9._-])[\u0000-\u007F]|(?![\u200D])[\p{Z}\p{C}])+/gu;

/** Linux and macOS allow 255 bytes per name; leave room for `-annex.docx` and a temporary suffix. */
const MAX_BYTES = 150;

/**
 * The file-system name for `value`, or '' when nothing usable is left (`.`, `..`, `???`): the
 * caller decides whether that is an error. No leading dot (hidden files, `..`), no trailing dot
 * or dash (Windows drops trailing dots), never a Windows device name (`con` → `con_`).
 */
export function safeFileName(value: string): string {
  let name = trimEnds(value.normalize('NFC').replace(UNSAFE, '-').replace(/-{2,}/g, '-'));
  if (utf8Length(name) > MAX_BYTES) name = trimEnds(truncateGraphemes(name, MAX_BYTES));
  const stem = name.split('.')[0] ?? '';
  return WINDOWS_DEVICE.test(stem) ? `${stem}_${name.slice(stem.length)}` : name;
}

/**
 * The key two names are compared by: macOS and Windows file systems ignore case, so `Acme`
 * and `acme` are one folder there even where Linux keeps two.
 */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

function trimEnds(name: string): string {
  return name.replace(/^[.-]+/, '').replace(/[.-]+$/, '');
}

function utf8Length(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

/** Cuts at whole user-perceived characters, so an emoji or an accent is never split. */
function truncateGraphemes(value: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  // Made on first use: a segmenter takes several milliseconds to make, and most names are short.
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(value)) {
    bytes += utf8Length(segment);
    if (bytes > maxBytes) break;
    result += segment;
  }
  return result;
}

let graphemes: Intl.Segmenter | undefined;
