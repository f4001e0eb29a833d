/**
 * Changes a reader cannot see: a hyphen-minus that became a non-breaking hyphen, a space that
 * became a no-break space, straight quotes made curly, a zero-width space added. The master's
 * text changed (an answer is marked for review), yet the old and new strings diff and the review
 * mark show look the same, and the word diff shows a change of spacing as none at all. Each such
 * change is named by its characters and where it is, so the reader knows what to look for.
 */
import { diffChars } from 'diff';
import { oneLine } from './word-diff.js';

/** Each character that looks like another, its Unicode name and the plain character it passes for ("" for one that shows nothing). */
const LOOK_ALIKES: ReadonlyMap<string, { name: string; as: string }> = new Map(
  (
    [
      ['-', 'HYPHEN-MINUS', '-'],
      ['\u2010', 'HYPHEN', '-'],
      ['\u2011', 'NON-BREAKING HYPHEN', '-'],
      ['\u2012', 'FIGURE DASH', '-'],
      ['\u2013', 'EN DASH', '-'],
      ['\u2014', 'EM DASH', '-'],
      ['\u2015', 'HORIZONTAL BAR', '-'],
      ['\u2212', 'MINUS SIGN', '-'],
      ['\uFE63', 'SMALL HYPHEN-MINUS', '-'],
      ['\uFF0D', 'FULLWIDTH HYPHEN-MINUS', '-'],
      [' ', 'SPACE', ' '],
      ['\t', 'CHARACTER TABULATION', ' '],
      ['\u00A0', 'NO-BREAK SPACE', ' '],
      ['\u2000', 'EN QUAD', ' '],
      ['\u2001', 'EM QUAD', ' '],
      ['\u2002', 'EN SPACE', ' '],
      ['\u2003', 'EM SPACE', ' '],
      ['\u2004', 'THREE-PER-EM SPACE', ' '],
      ['\u2005', 'FOUR-PER-EM SPACE', ' '],
      ['\u2006', 'SIX-PER-EM SPACE', ' '],
      ['\u2007', 'FIGURE SPACE', ' '],
      ['\u2008', 'PUNCTUATION SPACE', ' '],
      ['\u2009', 'THIN SPACE', ' '],
      ['\u200A', 'HAIR SPACE', ' '],
      ['\u202F', 'NARROW NO-BREAK SPACE', ' '],
      ['\u205F', 'MEDIUM MATHEMATICAL SPACE', ' '],
      ['\u3000', 'IDEOGRAPHIC SPACE', ' '],
      ['\u00AD', 'SOFT HYPHEN', ''],
      ['\u200B', 'ZERO WIDTH SPACE', ''],
      ['\u200C', 'ZERO WIDTH NON-JOINER', ''],
      ['\u200D', 'ZERO WIDTH JOINER', ''],
      ['\u200E', 'LEFT-TO-RIGHT MARK', ''],
      ['\u200F', 'RIGHT-TO-LEFT MARK', ''],
      ['\u2060', 'WORD JOINER', ''],
      ['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE', ''],
      ["'", 'APOSTROPHE', "'"],
      ['`', 'GRAVE ACCENT', "'"],
      ['\u00B4', 'ACUTE ACCENT', "'"],
      ['\u2018', 'LEFT SINGLE QUOTATION MARK', "'"],
      ['\u2019', 'RIGHT SINGLE QUOTATION MARK', "'"],
      ['\u201A', 'SINGLE LOW-9 QUOTATION MARK', "'"],
      ['\u201B', 'SINGLE HIGH-REVERSED-9 QUOTATION MARK', "'"],
      ['\u2032', 'PRIME', "'"],
      ['\u02BC', 'MODIFIER LETTER APOSTROPHE', "'"],
      ['"', 'QUOTATION MARK', '"'],
      ['\u201C', 'LEFT DOUBLE QUOTATION MARK', '"'],
      ['\u201D', 'RIGHT DOUBLE QUOTATION MARK', '"'],
      ['\u201E', 'DOUBLE LOW-9 QUOTATION MARK', '"'],
      ['\u201F', 'DOUBLE HIGH-REVERSED-9 QUOTATION MARK', '"'],
      ['\u2033', 'DOUBLE PRIME', '"'],
      ['.', 'FULL STOP', '.'],
      ['\u2026', 'HORIZONTAL ELLIPSIS', '...'],
    ] as const
  ).map(([char, name, as]) => [char, { name, as }]),
);

/** The text as a reader sees it: look-alikes as their plain character, runs of spaces as one. */
function seen(text: string): string {
  return Array.from(text, (char) => LOOK_ALIKES.get(char)?.as ?? char)
    .join('')
    .replace(/ {2,}/g, ' ');
}

function names(text: string): string {
  return Array.from(text, (char) => {
    const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const name = LOOK_ALIKES.get(char)?.name;
    return name ? `${code} ${name}` : code;
  }).join(' + ');
}

/** At most this many are named; the rest are counted. */
const MOST = 3;

/**
 * Each change between `before` and `after` that leaves the text looking the same, one phrase
 * each: "U+002D HYPHEN-MINUS → U+2011 NON-BREAKING HYPHEN at column 4", "U+200B ZERO WIDTH SPACE
 * added at column 9". Columns count characters of the new text on one line, as diff shows it.
 */
export function lookAlikeChanges(before: string, after: string): string[] {
  const [old, now] = [oneLine(before), oneLine(after)];
  if (old === now) return [];
  const found: string[] = [];
  // Runs of removed and added characters between unchanged ones, each tried alone on the old text.
  let [at, atNew] = [0, 0];
  let hunk = { start: 0, startNew: 0, removed: '', added: '' };
  const close = () => {
    const { start, startNew, removed, added } = hunk;
    if (removed === '' && added === '') return;
    const alone = `${old.slice(0, start)}${added}${old.slice(start + removed.length)}`;
    const column = Array.from(now.slice(0, startNew)).length + 1;
    if (seen(alone) === seen(old)) {
      const what = removed === '' ? `${names(added)} added` : added === '' ? `${names(removed)} removed` : `${names(removed)} → ${names(added)}`;
      found.push(`${what} at column ${column}`);
      return;
    }
    // A run that also changed what shows ("-s" → "‑S"): its look-alike characters one by one.
    const [was, is] = [Array.from(removed), Array.from(added)];
    if (was.length !== is.length) return;
    was.forEach((char, index) => {
      const other = is[index] ?? '';
      if (char !== other && seen(char) === seen(other)) found.push(`${names(char)} → ${names(other)} at column ${column + index}`);
    });
  };
  for (const part of diffChars(old, now)) {
    if (!part.added && !part.removed) {
      close();
      at += part.value.length;
      atNew += part.value.length;
      hunk = { start: at, startNew: atNew, removed: '', added: '' };
    } else if (part.removed) {
      hunk.removed += part.value;
      at += part.value.length;
    } else {
      hunk.added += part.value;
      atNew += part.value.length;
    }
  }
  close();
  return found;
}

/** The changes a reader cannot see, as one parenthesis to put after the old and new text: "" when there are none. */
export function lookAlikeNote(before: string, after: string): string {
  const changes = lookAlikeChanges(before, after);
  return changes.length === 0 ? '' : ` (${lookAlikeWords(changes)})`;
}

/** "look-alike: …", the first few named and the rest counted. */
export function lookAlikeWords(changes: readonly string[]): string {
  const rest = changes.length - MOST;
  return `look-alike: ${changes.slice(0, MOST).join(', ')}${rest > 0 ? `, and ${rest} more` : ''}`;
}

/** True when two texts differ only in changes no reader can see. */
export function looksAlike(a: string, b: string): boolean {
  return a !== b && seen(a) === seen(b);
}

/**
 * For a row added whose label looks like that of a row removed ("Pre‑shared key" for
 * "Pre-shared key"): labels match as written (case and spaces aside), so the two are another row
 * each and an answer to the old one does not carry over; said, with the characters, since the
 * two labels look the same. "" for any other row.
 */
export function lookAlikeRowNote(rows: readonly { label: string; before: string; after: string }[], row: { label: string; before: string }): string {
  if (row.before !== '') return '';
  const twin = rows.find((other) => other.after === '' && other.before !== '' && looksAlike(other.label, row.label));
  return twin ? ` (not the removed row ${twin.label}: ${lookAlikeWords(lookAlikeChanges(twin.label, row.label))})` : '';
}
