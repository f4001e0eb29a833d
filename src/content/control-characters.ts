/**
 * Characters in a master's Markdown that no one sees, pasted from a PDF, a web page or a
 * terminal. Control characters are invisible garbage in HTML, and XML 1.0 cannot hold them, so
 * Word refuses a DOCX for one: each line that holds any is an error at its first one (the
 * characters are those a deployment may not hold either). Zero-width characters (a zero-width
 * space, a word joiner, a byte-order mark inside the text, a soft hyphen) make `| CL-…` or a key
 * something else without a visible difference, so an item or a row would change in silence:
 * each line that holds any is a warning at its first one. C1 controls (U+0080 to U+009F, from
 * text decoded with the wrong code page) print as nothing: a warning, worded as for a deployment.
 * All are removed before parsing, so none reaches any format (`serve` still shows the page).
 */
import { location } from 'vfile-location';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { C1_CONTROL, CONTROL, DIRECTION, codesIn, controlCharactersReason, directionCharactersReason } from '../deployment/control-characters.js';

/** Zero-width space, word joiner, zero-width no-break space (a BOM past the start), soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

const codeOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `report` hears of each line of `text` that holds a character `pattern` matches, at its first; whether any did. */
function reportLines(text: string, pattern: RegExp, report: (line: number, column: number, lineText: string) => void): boolean {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return false;
  const place = location(text);
  const reported = new Set<number>();
  for (const match of matches) {
    const point = place.toPoint(match.index);
    if (point === undefined || reported.has(point.line)) continue;
    reported.add(point.line);
    report(point.line, point.column, text.split('\n')[point.line - 1] ?? '');
  }
  return true;
}

/** `text` without the characters `pattern` matches; `report` hears of each line that held one, at its first. */
function removeReported(text: string, pattern: RegExp, report: (line: number, column: number, lineText: string) => void): string {
  return reportLines(text, pattern, report) ? text.replace(pattern, '') : text;
}

/**
 * Direction characters (deployment/control-characters.ts `DIRECTION`) are valid text and kept,
 * but the text can then read otherwise than it is written: each line that holds any is a warning.
 */
export function reportDirectionCharacters(text: string, path: string, diagnostics: Diagnostics): void {
  reportLines(text, DIRECTION, (line, column, lineText) => {
    diagnostics.warning(path, { line, column }, directionCharactersReason({ codes: codesIn(lineText, DIRECTION) }), 'direction-character');
  });
}

/** `text` without its control characters; `diagnostics` hears of each line that held one. */
export function withoutControlCharacters(text: string, path: string, diagnostics: Diagnostics): string {
  return removeReported(text, CONTROL, (line, column, lineText) => {
    const codes = codesIn(lineText);
    const plural = codes.length > 1 ? 's' : '';
    diagnostics.error(
      path,
      { line, column },
      `Control character${plural} ${codes.join(', ')}: ${plural ? 'they' : 'it'} cannot be printed or stored in a DOCX; delete ${plural ? 'them' : 'it'}`,
      'control-character',
    );
  });
}

/** `text` without its C1 control characters; `diagnostics` hears of each line that held one, as a deployment's strings are told. */
export function withoutC1Controls(text: string, path: string, diagnostics: Diagnostics): string {
  return removeReported(text, C1_CONTROL, (line, column, lineText) => {
    diagnostics.warning(path, { line, column }, controlCharactersReason({ codes: codesIn(lineText, C1_CONTROL) }), 'control-character');
  });
}

/** `text` without its zero-width characters; `diagnostics` hears of each line that held one. */
export function withoutInvisibleCharacters(text: string, path: string, diagnostics: Diagnostics): string {
  return removeReported(text, INVISIBLE, (line, column, lineText) => {
    const codes = [...new Set((lineText.match(INVISIBLE) ?? []).map(codeOf))];
    const plural = codes.length > 1 ? 's' : '';
    diagnostics.warning(
      path,
      { line, column },
      `Invisible character${plural} ${codes.join(', ')} (zero-width, pasted with the text): ${plural ? 'they' : 'it'} can make an ID, a key or an option something else without a visible difference; ${plural ? 'they were' : 'it was'} left out, delete ${plural ? 'them' : 'it'}`,
      'invisible-character',
    );
  });
}
