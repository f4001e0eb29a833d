/**
 * What the deployment requires of a value written into a field (src/deployment/schema.ts and
 * check-entries.ts): a date (a signature's, the checklist's, open issues' deadline) is an ISO date in the calendar or empty, and no text is
 * over the text limit. `import` checks every value here before it edits the file, so a value a
 * technician typed is an error at its place, never a deployment the tool then refuses.
 */
import { isIsoDate, notIsoDateReason } from '../content/iso-date.js';
import { activeLimits, overLimit } from '../limits/limits.js';
import type { AnswerKey } from './keys.js';

/** Why the deployment would refuse this value of this field; null when it takes it. */
export function writeInProblem(key: AnswerKey, value: string): string | null {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > activeLimits().text) return overLimit('text', bytes);
  if ((key.kind === 'signature' && key.field === 'date') || (key.kind === 'fact' && (key.field === 'date' || key.field === 'openIssuesUntil'))) return dateProblem(value);
  return symbolCodeProblem(value);
}

/**
 * A character of U+F000–U+F0FF is a symbol font's code (Wingdings, Symbol) standing without its
 * font: what LibreOffice writes for a symbol Word inserted (AutoCorrect's arrow for -->). With
 * no symbol font it shows as nothing or a box, so it is refused rather than kept.
 */
function symbolCodeProblem(value: string): string | null {
  const found = /[\uF000-\uF0FF]/.exec(value)?.[0];
  if (found === undefined) return null;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase()}`;
  return `holds the character ${code}, the code of a symbol whose font was lost (a symbol Word inserted, saved again by LibreOffice), which shows as nothing or as a box: replace it with a character or a word, then import again`;
}

/** A date as the deployment writes it (YYYY-MM-DD, as `date` and `openIssuesUntil` are), or empty. */
function dateProblem(value: string): string | null {
  if (value === '' || isIsoDate(value)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${JSON.stringify(value)} is not a date in the calendar: write a real date as YYYY-MM-DD`;
  return notIsoDateReason(value);
}
