/**
 * Removes from a deployment every value the schema rejected, so that the checks against the
 * master still run on the rest: one run reports the schema errors and the semantic ones.
 * Array entries become null (not spliced), so the JSON Pointers of the rest stay true.
 */
export function pruneAt(value: unknown, pointers: readonly string[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const pointer of pointers) {
    if (pointer === '') return null;
    const tokens = pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop() ?? '';
    let parent: unknown = copy;
    for (const token of tokens) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[token] : undefined;
    if (Array.isArray(parent) && /^\d+$/.test(last)) parent[Number(last)] = null;
    else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}
