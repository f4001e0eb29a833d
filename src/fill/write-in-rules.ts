/**
 * What the deployment requires of a value written into a field (src/deployment/schema.ts and
 * check-entries.ts): a date (a signature's, the checklist's, open issues' deadline) is an ISO date in the calendar or empty, and no text is
 * over the text limit. `import` checks every value here before it edits the file, so a value a
 * technician typed is an error at its place, never a deployment the tool then refuses.
 */
import { isIsoDate } from '../content/iso-date.js';
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
  const shown = JSON.stringify(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${shown} is not a date in the calendar: write a real date as YYYY-MM-DD`;
  const iso = unambiguousIso(value);
  return iso === null
    ? `${shown} is not a date as the deployment writes it: write it as YYYY-MM-DD (for example 2026-03-12)`
    : `${shown} is not a date as the deployment writes it: write it as YYYY-MM-DD (${iso})`;
}

/**
 * The ISO form of a date written another way that can mean one day only: day first with dots
 * (12.03.2026, 1.3.2026, as in German) or year first (2026/03/12, 2026.3.12, 2026-3-12).
 * Slashes with the day or month first (03/12/2026) read differently in the US and the UK: null.
 */
export function unambiguousIso(value: string): string | null {
  const dayFirst = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(value);
  const [year, month, day] = dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : yearFirst ? [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!] : [];
  if (year === undefined) return null;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
