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
