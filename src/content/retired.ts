/**
 * Front matter `retired:`: the IDs removed from a checklist, each an ID or
 * `{ id: CL-X, version: "2.0", reason: "…" }` (version and reason optional), with its place.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { RetiredItem, SourcePlace } from '../model/checklist.js';

const idPattern = /^CL-[A-Za-z0-9](?:[A-Za-z0-9._:/-]*[A-Za-z0-9_])?$/;
const example = '`retired: [CL-OLD]` or `- { id: CL-OLD, version: "2.0", reason: "…" }`';

export function readRetired(
  node: YamlNode | null,
  placeOf: (node: YamlNode | null | undefined) => SourcePlace,
  problem: (place: SourcePlace, reason: string, ruleId: string) => void,
): RetiredItem[] {
  if (node === null) return [];
  if (!isSeq(node)) {
    problem(placeOf(node), `\`retired\` must be a list of IDs: ${example}`, 'retired');
    return [];
  }
  const retired: RetiredItem[] = [];
  for (const entry of node.items as YamlNode[]) {
    const place = placeOf(entry);
    const scalar = (value: unknown) => {
      if (!isScalar(value) || value.value === null) return undefined;
      // A number keeps its digits as written: version 2.10 stays "2.10".
      return typeof value.value === 'number' ? (value.source ?? String(value.value)) : String(value.value);
    };
    const id = isMap(entry) ? scalar(entry.get('id', true)) : scalar(entry);
    if (id === undefined || !idPattern.test(id)) {
      problem(place, `A \`retired\` entry must be an item ID (CL-…) or { id, version, reason }: ${example}`, 'retired');
      continue;
    }
    if (isMap(entry)) {
      const unknown = entry.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : '')).filter((key) => !['id', 'version', 'reason'].includes(key));
      if (unknown.length > 0) problem(place, `Unknown key ${unknown.join(', ')} in the \`retired\` entry of ${id}: use id, version, reason`, 'retired');
    }
    retired.push({
      id,
      version: (isMap(entry) && scalar(entry.get('version', true))) || '',
      reason: (isMap(entry) && scalar(entry.get('reason', true))) || '',
      place,
    });
  }
  return retired;
}
