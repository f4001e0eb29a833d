/**
 * The order of a deployment's top-level keys, as `checklist init` writes its skeleton
 * (src/cli/init-command.ts): a key an edit adds (import writing the supplier's details, a date)
 * goes among the others in this order, not at the end, so the file reads as a new one does.
 */
import { placeInOrder } from './answer-order.js';
import { nodeAt, type SetOptions } from './json-edit.js';

export const DEPLOYMENT_KEY_ORDER = [
  '$schema',
  'checklist',
  'checklistVersion',
  'level',
  'date',
  'customer',
  'supplier',
  'coveredSystems',
  'components',
  'generalRemark',
  'openIssuesUntil',
  'responsible',
  'answers',
  'settings',
  'signatures',
] as const;

/** Where a new top-level `key` goes in the deployment's text: after the nearest earlier key it has, else before the next. */
export function topLevelPlace(text: string, key: string): SetOptions {
  return placeInOrder(DEPLOYMENT_KEY_ORDER, key, (candidate) => nodeAt(text, [candidate]) !== undefined);
}
