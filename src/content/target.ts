/** `Target` rows: `minimum: Low; medium: Medium; maximum: High` (split at `;`, then at the first `:`). */
import type { SourcePlace, TargetValue } from '../model/checklist.js';
import type { BuildContext } from './context.js';

export function parseTarget(
  value: string,
  levels: readonly string[],
  place: SourcePlace,
  itemId: string,
  context: BuildContext,
): TargetValue[] {
  const values: TargetValue[] = [];
  for (const part of value.split(';')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    if (colon < 0) {
      context.error(place, `Target of ${itemId} needs "level: value" pairs separated by ";", got "${part.trim()}"`, 'malformed-target');
      continue;
    }
    const level = part.slice(0, colon).trim();
    const target = part.slice(colon + 1).trim();
    if (!levels.includes(level)) {
      const known = levels.length === 0 ? 'the front matter has no `levels`' : `levels are ${levels.join(', ')}`;
      context.error(place, `Target of ${itemId} names level "${level}", which is not defined: ${known}`, 'unknown-target-level');
      continue;
    }
    values.push({ level, value: target });
  }
  return values;
}
