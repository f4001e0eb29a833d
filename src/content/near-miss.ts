/** "Did you mean …": the known name a written one is a near miss of (a small edit distance). */
import { distance } from 'fastest-levenshtein';
import { lookAlikeNote, looksAlike } from '../versions/look-alike.js';

/**
 * The closest of `known` to `written` (ignoring case, spaces and a trailing colon) when it is
 * close enough to be a typo: at most 2 edits, and at most 40 % of the name; for long names
 * (servers), up to a fifth of the name. Two letters typed the wrong way round (`Yse`) are one
 * edit. Exact matches are not near misses (undefined).
 */
export function nearest(written: string, known: readonly string[], names: 'keys' | 'long names' = 'keys'): string | undefined {
  const squashed = names === 'keys' ? squash : squashName;
  const wanted = squashed(written);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const name = squashed(candidate);
    // The same once hyphens and dots are spaces (`Main-server`): a near miss, unless written so.
    if (name === wanted) return names === 'long names' && squash(candidate) !== squash(written) ? candidate : undefined;
    const edits = swapsTwoLetters(wanted, name) ? 1 : distance(wanted, name);
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  // A server's name of several words (`Remote Agent server`) is mistyped by more than two edits
  // (`Remote Agent srv`, `Remote Agnet standby sevrer`): a fifth of its length.
  const limit = names === 'keys' ? Math.min(2, Math.floor(Math.max(wanted.length, 1) * 0.4)) : Math.max(2, Math.floor(wanted.length * 0.2));
  return bestDistance <= limit ? best : undefined;
}

/** The key of `known` that `written` meant: the same in another case (`History`), else a near miss. */
export function meantKey(written: string, known: readonly string[]): string | undefined {
  return known.find((key) => key.toLowerCase() === written.toLowerCase()) ?? nearest(written, known);
}

/** `; did you mean "X"?` after a message's list of the known names, or nothing. */
export function didYouMean(meant: string | undefined): string {
  return meant === undefined ? '' : `; did you mean "${meant}"?`;
}

/**
 * `; did you mean "X"?` for the name of `known` that `written` meant (`meant`: a near miss, by
 * default), or for the one it looks the same as, case aside ("Not‑applicable" with a
 * non-breaking hyphen, pasted from a word processor), whose characters are then named: the two
 * strings of the message look alike, and the reader could not see what to change.
 */
export function didYouMeanLookAlike(written: string, known: readonly string[], meant: string | undefined = nearest(written, known)): string {
  const twin = known.find((name) => looksAlike(written.toLowerCase(), name.toLowerCase()));
  return twin === undefined ? didYouMean(meant) : `${didYouMean(twin)}${lookAlikeNote(written, twin)}`;
}

/** The same letters but two neighbours swapped: Levenshtein counts two edits, a typist makes one. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const first = [...a].findIndex((letter, index) => letter !== b[index]);
  return first >= 0 && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/** A name as `squash` has it, its hyphens and dots as spaces (`standby-server`, `srv.`). */
function squashName(name: string): string {
  return squash(name.replace(/[-\u2010\u2011.]/g, ' ').replace(/\s+/g, ' '));
}

function squash(name: string): string {
  return name.toLowerCase().replace(/:$/, '').replace(/\s+/g, ' ').trim();
}
