/** `Target` rows: `minimum: Low; medium: Medium; maximum: High` (split at `;`, then at the first `:`). */
import type { SourcePlace, TargetValue } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { nearest } from './near-miss.js';

export function parseTarget(
  value: string,
  /** null: the front matter's levels could not be read (reported there), so no level is checked. */
  levels: readonly string[] | null,
  place: SourcePlace,
  itemId: string,
  context: BuildContext,
): { values: TargetValue[]; clean: boolean } {
  const values: TargetValue[] = [];
  let clean = true;
  for (const part of value.split(';')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    if (colon < 0) {
      context.error(place, `Target of ${itemId} needs "level: value" pairs separated by ";", got "${part.trim()}"`, 'malformed-target');
      clean = false;
      continue;
    }
    const level = part.slice(0, colon).trim();
    const target = part.slice(colon + 1).trim();
    if (levels !== null && !levels.includes(level)) {
      const meant = nearest(level, levels);
      const known = levels.length === 0 ? 'the front matter has no `levels`' : meant ? `did you mean "${meant}"?` : `levels are ${levels.join(', ')}`;
      context.error(place, `Target of ${itemId} names level "${level}", which is not defined: ${known}`, 'unknown-target-level');
      clean = false;
      continue;
    }
    // `maximum:` and nothing, or `maximum` twice: an empty target, or the second lost.
    if (target === '') {
      context.error(place, `Target of ${itemId} gives level "${level}" no value: write its target after the colon, or leave the level out`, 'malformed-target');
      clean = false;
      continue;
    }
    if (values.some((earlier) => earlier.level === level)) {
      context.error(place, `Target of ${itemId} gives level "${level}" twice: one value per level`, 'malformed-target');
      clean = false;
      continue;
    }
    values.push({ level, value: target });
  }
  return { values, clean };
}
