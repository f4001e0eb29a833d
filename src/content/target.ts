/**
 * `Target` rows: `minimum: Low; medium: Medium; maximum: High` (split at `;`, then at the first
 * `:`). `value` comes from targetText: a `;` written `\;` is ESCAPED_SEMICOLON, kept in its value.
 */
import type { SourcePlace, TargetValue } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { meantKey } from './near-miss.js';
import { asRead, asWritten, levelName, targetValue } from './target-text.js';
import { caseVariant } from './level-case.js';

/** Where `written` stands in the row's source, searched from about `from` (its offset in the value). */
export type Locate = (written: string, from: number) => SourcePlace;

export interface ParsedTarget {
  values: TargetValue[];
  clean: boolean;
  /** Where each level of `values` is written: a message about one names its column, not the row's. */
  places: Map<string, SourcePlace>;
}

export function parseTarget(
  value: string,
  /** null: the front matter's levels could not be read (reported there), so no level is checked. */
  levels: readonly string[] | null,
  locate: Locate,
  itemId: string,
  context: BuildContext,
): ParsedTarget {
  const values: TargetValue[] = [];
  const places = new Map<string, SourcePlace>();
  let clean = true;
  let offset = 0;
  const undefinedLevels: Array<{ level: string; place: SourcePlace }> = [];
  for (const part of value.split(';')) {
    const start = offset + (part.length - part.trimStart().length);
    offset += part.length + 1;
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    if (colon < 0) {
      // After a pair, a part with no level is most often the rest of that value, cut at its own `;`.
      const cut = offset > part.length + 1 ? `: a ";" ends a value, so if this goes on the value before, write that ";" as "\\;" (or join them with ",")` : '';
      const written = asWritten(part.trim());
      context.error(locate(written, start), `Target of ${itemId} needs "level: value" pairs separated by ";", got "${written}"${cut}`, 'malformed-target');
      clean = false;
      continue;
    }
    const level = levelName(asRead(part.slice(0, colon)));
    const target = targetValue(level, asRead(part.slice(colon + 1).trim()));
    const place = locate(level, start);
    if (level !== asRead(part.slice(0, colon)).trim()) {
      context.warning(place, `Target of ${itemId} has a footnote mark on level "${level}", where no format prints it: write it after the value, "${level}: ${target.value}[^…]"`, 'unused-footnote');
    }
    if (levels !== null && levels.length === 0) {
      // No `levels` at all (often forgotten): one message for the row, not one per level.
      undefinedLevels.push({ level, place });
      clean = false;
      continue;
    }
    if (levels !== null && !levels.includes(level)) {
      // `Medium` for `medium`: the same in another case is what was meant, as for a Level row.
      const meant = meantKey(level, levels);
      const known = meant ? `did you mean "${meant}"?` : `levels are ${levels.join(', ')}`;
      const message = `Target of ${itemId} names level "${level}", which is not defined: ${known}`;
      const other = caseVariant(level, levels);
      if (other === undefined) context.error(place, message, 'unknown-target-level');
      else context.caseLevels.push({ written: level, meant: other, itemId, place, alone: { message, rule: 'unknown-target-level' } });
      clean = false;
      continue;
    }
    // `maximum:` and nothing, or `maximum` twice: an empty target, or the second lost.
    if (target.value === '') {
      context.error(place, `Target of ${itemId} gives level "${level}" no value: write its target after the colon, or leave the level out`, 'malformed-target');
      clean = false;
      continue;
    }
    if (values.some((earlier) => earlier.level === level)) {
      context.error(place, `Target of ${itemId} gives level "${level}" twice: one value per level`, 'malformed-target');
      clean = false;
      continue;
    }
    values.push(target);
    places.set(level, place);
  }
  const first = undefinedLevels[0];
  if (first !== undefined) {
    const names = undefinedLevels.map((entry) => entry.level);
    const quoted = names.map((name) => `"${name}"`).join(', ');
    context.error(first.place, `Target of ${itemId} names level${names.length > 1 ? 's' : ''} ${quoted}, but the front matter has no \`levels\`: list every level there, lowest first, e.g. \`levels: [minimum, medium, maximum]\``, 'unknown-target-level');
  }
  return { values, clean, places };
}
