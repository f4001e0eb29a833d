/** "Did you mean …": the known name a written one is a near miss of (a small edit distance). */
import { distance } from 'fastest-levenshtein';

/**
 * The closest of `known` to `written` (ignoring case, spaces and a trailing colon) when it is
 * close enough to be a typo: at most 2 edits, and at most 40 % of the name. Exact matches are
 * not near misses (undefined).
 */
export function nearest(written: string, known: readonly string[]): string | undefined {
  const wanted = squash(written);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const name = squash(candidate);
    if (name === wanted) return undefined;
    const edits = distance(wanted, name);
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  const limit = Math.min(2, Math.floor(Math.max(wanted.length, 1) * 0.4));
  return bestDistance <= limit ? best : undefined;
}

function squash(name: string): string {
  return name.toLowerCase().replace(/:$/, '').replace(/\s+/g, ' ').trim();
}
