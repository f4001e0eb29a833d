/**
 * Control characters in a master's Markdown (pasted from a PDF or a terminal): invisible garbage
 * in HTML, and XML 1.0 cannot hold them, so Word refuses a DOCX for one. Each line that holds
 * any is an error at its first one; they are removed before parsing, so none reaches any format
 * (`serve` still shows the page). The characters are those a deployment may not hold either.
 */
import { location } from 'vfile-location';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { CONTROL, codesIn } from '../deployment/control-characters.js';

/** `text` without its control characters; `diagnostics` hears of each line that held one. */
export function withoutControlCharacters(text: string, path: string, diagnostics: Diagnostics): string {
  const matches = [...text.matchAll(CONTROL)];
  if (matches.length === 0) return text;
  const place = location(text);
  const reported = new Set<number>();
  for (const match of matches) {
    const point = place.toPoint(match.index);
    if (point === undefined || reported.has(point.line)) continue;
    reported.add(point.line);
    const lineText = text.split('\n')[point.line - 1] ?? '';
    const codes = codesIn(lineText);
    const plural = codes.length > 1 ? 's' : '';
    diagnostics.error(
      path,
      { line: point.line, column: point.column },
      `Control character${plural} ${codes.join(', ')}: ${plural ? 'they' : 'it'} cannot be printed or stored in a DOCX; delete ${plural ? 'them' : 'it'}`,
      'control-character',
    );
  }
  return text.replace(CONTROL, '');
}
