/**
 * An option offered once in a master, one letter or two from one that other rows offer
 * (`Yes: ☐ Np: ☐ Deactivated: ☐` among rows of `No`), or, in any number of rows, one letter from
 * Yes or No where the row lacks that word: a typo the master prints for every customer, and one
 * that changes what an answer means. An answer counts as open only when it
 * is No and as done only when it is Yes (src/deployment/status.ts), so an open `Np` counts as
 * not applicable in the summary, the matrix and the open items; and the deployments that answer
 * `No` there are refused. Options with digits (`TLS 1.2`, `TLS 1.3`) differ on purpose and are
 * left alone, as are options that differ only in case.
 */
import { distance } from 'fastest-levenshtein';
import type { SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';

/** A row that offers options: an item's Executed row (`label` null) or a component row. */
export interface OptionRow {
  item: string;
  label: string | null;
  options: readonly string[];
  place: SourcePlace;
}

/** Options every master means alike: an answer counts by them. */
const ANSWER_WORDS = ['Yes', 'No'];
/** Not applicable, shortened (`NA` is one letter from `No`, and meant). */
const NOT_APPLICABLE = /^n\.? ?\/? ?a\.?$/;

const fold = (option: string) => option.trim().replace(/\s+/g, ' ').toLowerCase();

/** Edits a typo of a word this long may have: one in a short word, two in a longer one. */
const allowedEdits = (length: number) => (length <= 6 ? 1 : 2);

export function reportOptionNearMisses(rows: readonly OptionRow[], context: BuildContext): void {
  const offeredBy = new Map<string, { option: string; rows: number }>();
  for (const row of rows) {
    for (const option of new Set(row.options.map(fold))) {
      const entry = offeredBy.get(option) ?? { option: row.options.find((written) => fold(written) === option)!, rows: 0 };
      entry.rows++;
      offeredBy.set(option, entry);
    }
  }
  const common = [...offeredBy.values()].filter((entry) => entry.rows >= 2 || ANSWER_WORDS.some((word) => fold(word) === fold(entry.option)));
  for (const word of ANSWER_WORDS) if (!common.some((entry) => fold(entry.option) === fold(word))) common.push({ option: word, rows: 0 });
  for (const row of rows) {
    const own = new Set(row.options.map(fold));
    for (const option of row.options) {
      const folded = fold(option);
      if (/\d/.test(folded) || NOT_APPLICABLE.test(folded) || ANSWER_WORDS.some((word) => fold(word) === folded)) continue;
      // Offered by other rows too, it may be a word of the master's own; not so beside a Yes without its No.
      const repeated = (offeredBy.get(folded)?.rows ?? 0) > 1;
      const candidates = repeated ? common.filter((entry) => ANSWER_WORDS.some((word) => fold(word) === fold(entry.option))) : common;
      const meant = candidates.find((entry) => {
        const other = fold(entry.option);
        // A word made of the other (`Inactive`, `Active`) is another word.
        if (own.has(other) || /\d/.test(other) || folded.includes(other) || other.includes(folded)) return false;
        return distance(folded, other) <= allowedEdits(Math.max(folded.length, other.length));
      });
      if (meant === undefined) continue;
      const where = row.label === null ? `Executed of ${row.item}` : `Row "${row.label}" of ${row.item}`;
      const written = option.trim();
      const rare = repeated ? '' : ', which no other row offers,';
      const others = meant.rows > 0 ? `, which ${meant.rows} ${meant.rows === 1 ? 'row offers' : 'rows offer'}` : '';
      const why = ANSWER_WORDS.includes(meant.option)
        ? `an answer counts as ${meant.option === 'No' ? 'open' : 'done'} only when it is ${meant.option}, so "${written}" would count as not applicable in the summary, the matrix and the open items`
        : `it is printed for every customer, and a deployment must answer "${written}"`;
      context.warning(
        row.place,
        `${where} offers "${written}"${rare} and not "${meant.option}"${others}: a typo? As written, ${why}; write "${meant.option}" if that is meant`,
        'option-near-miss',
      );
    }
  }
}
