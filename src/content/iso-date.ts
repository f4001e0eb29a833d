/**
 * Calendar dates as the masters and deployments write them. A module of its own so that checking
 * a deployment does not load the YAML parser of the front matter (27 ms of a build's start-up).
 */

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Why a date written another way (`12.03.2026`) is refused, with its ISO form where it reads one way only. */
export function notIsoDateReason(value: string): string {
  const iso = unambiguousIso(value);
  return `${JSON.stringify(value)} is not a date as the deployment writes it: write it as YYYY-MM-DD (${iso ?? 'for example 2026-03-12'})`;
}

/**
 * The ISO form of a date written another way that can mean one day only: day first with dots
 * (12.03.2026, 1.3.2026, as in German), year first (2026/03/12, 2026.3.12, 2026-3-12), or with a
 * time (2026-03-12T10:00:00Z, 2026-03-12 10:00, as a tool exports it: the day as written).
 * Slashes with the day or month first (03/12/2026) read differently in the US and the UK: null.
 */
function unambiguousIso(value: string): string | null {
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(value);
  if (withTime) return isIsoDate(withTime[1]!) ? withTime[1]! : null;
  const dayFirst = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(value);
  const [year, month, day] = dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : yearFirst ? [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!] : [];
  if (year === undefined) return null;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
