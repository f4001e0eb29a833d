/**
 * Control characters in a customer's strings (a `\u0000` escape pasted from another tool):
 * XML 1.0 cannot hold them, so Word refuses a whole document for one, and in HTML they are
 * invisible garbage. They are removed from the deployment's data before any format sees it,
 * and each string that held one is a warning at its JSON path, so nothing changes in silence.
 */
import { pointer as pointerOf } from './json-source.js';

/**
 * C0 controls but tab, LF and CR; DEL; the non-characters U+FFFE and U+FFFF; surrogates
 * without their partner.
 */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Characters that change the order text is shown in (embeddings, overrides, isolates: U+202A to
 * U+202E, U+2066 to U+2069). They are valid text and kept, but a text can then read otherwise
 * than it is written (`Port \u202E0443` shows "Port 3440"): each string that holds one is a warning.
 */
export const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * The C1 controls (U+0080 to U+009F): text decoded with the wrong code page holds them, and
 * Chromium and LibreOffice print them as nothing, so the text would change without a word. They
 * are removed with a warning, in a deployment's strings and in a master alike (where `CONTROL`
 * is an error).
 */
export const C1_CONTROL = /[\u0080-\u009F]/g;

/** What a deployment's strings may not hold: `CONTROL` and `C1_CONTROL`. */
const STRING_CONTROL = new RegExp(`${CONTROL.source}|${C1_CONTROL.source}`, 'g');

/**
 * The line and paragraph separators (U+2028, U+2029), which a text pasted from a web page or a
 * PDF can hold, and the vertical tab (U+000B), Word's line break (Shift+Enter) in text it
 * exports or copies as plain text: a line break, as the writer meant, so they are read as `\n`
 * (Word and LibreOffice printed nothing for the separators, the words either side run together;
 * Chromium a space; a vertical tab was removed, with a warning, and its words ran together).
 */
const SEPARATORS = /[\u000B\u2028\u2029]/g;

export interface ControlCharacters {
  pointer: string;
  /** The characters found, as `U+0000`. */
  codes: string[];
  /** `removed`: control characters, taken out; `direction`: direction characters, kept. */
  kind: 'removed' | 'direction';
}

export function codesIn(value: string, pattern: RegExp = CONTROL): string[] {
  const codes = (value.match(pattern) ?? []).map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set(codes)];
}

/** `value` with every control character removed from its strings and keys, separators and vertical tabs as `\n`; `found` hears of each control character, and of direction characters. */
export function removeControlCharacters(value: unknown, found: (problem: ControlCharacters) => void, at: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    const direction = codesIn(value, DIRECTION);
    if (direction.length > 0) found({ pointer: pointerOf(...at), codes: direction, kind: 'direction' });
    const lines = value.replace(SEPARATORS, '\n');
    const codes = codesIn(lines, STRING_CONTROL);
    if (codes.length > 0) found({ pointer: pointerOf(...at), codes, kind: 'removed' });
    return lines.replace(STRING_CONTROL, '');
  }
  if (Array.isArray(value)) return value.map((item, index) => removeControlCharacters(item, found, [...at, index]));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => {
      const codes = codesIn(key, STRING_CONTROL);
      if (codes.length > 0) found({ pointer: pointerOf(...at, key), codes, kind: 'removed' });
      return [key.replace(STRING_CONTROL, ''), removeControlCharacters(item, found, [...at, key])] as const;
    });
    return Object.fromEntries(entries);
  }
  return value;
}

export function directionCharactersReason(problem: Pick<ControlCharacters, 'codes'>): string {
  const plural = problem.codes.length > 1 ? 's' : '';
  return `Direction character${plural} ${problem.codes.join(', ')}: ${plural ? 'they change' : 'it changes'} the order the text is shown in, so it can read otherwise than it is written; delete ${plural ? 'them' : 'it'} unless the text is in a right-to-left script`;
}

export function controlCharactersReason(problem: Pick<ControlCharacters, 'codes'>): string {
  const plural = problem.codes.length > 1 ? 's' : '';
  return `Control character${plural} ${problem.codes.join(', ')} removed: they cannot be printed or stored in a DOCX; delete ${plural ? 'them' : 'it'} from the file`;
}
