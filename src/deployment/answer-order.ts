/**
 * Where a new answer goes in a deployment's `answers`: in the master's order, as `upgrade` and
 * `import` both write it, so the file reads as the checklist does.
 */
import type { SetOptions } from './json-edit.js';

/** After the nearest earlier item of `order` that has an answer, else before the next; else last. */
export function placeInOrder(order: readonly string[], id: string, answered: (id: string) => boolean): SetOptions {
  const index = order.indexOf(id);
  if (index < 0) return {};
  const previous = order.slice(0, index).reverse().find(answered);
  if (previous !== undefined) return { after: previous };
  const next = order.slice(index + 1).find(answered);
  return next !== undefined ? { before: next } : {};
}
