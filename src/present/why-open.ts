/**
 * Why an item is open, in words a reader can act on: which boxes say No and which are still
 * empty ("No: Standby server; not answered: 20 of 22 component rows"), never the list of boxes
 * that are fine.
 */
import { overallStatus, partsMoot } from '../deployment/status.js';
import type { ViewItem } from '../model/view.js';

/** More empty rows than this are counted, not named. */
const NAMED = 3;

function rows(count: number): string {
  return `${count} component ${count === 1 ? 'row' : 'rows'}`;
}

export function whyOpen(item: ViewItem): string {
  const components = item.components.flatMap((row) => (row.kind === 'component' && row.answers.options.length > 0 ? [row] : []));
  const ownBox = item.executed !== null && item.executed.options.length > 0;
  if (components.length === 0) {
    if (item.status === null) return 'Not answered';
    return overallStatus([item.status]) === 'open' ? `Answered ${item.status}` : '';
  }
  const no = components.filter((row) => row.status !== null && overallStatus([row.status]) === 'open');
  // Rows left empty under a whole answered not applicable hold nothing open (merge.ts).
  const empty = ownBox && partsMoot(item.status) ? [] : components.filter((row) => row.status === null);
  const parts: string[] = [];
  if (ownBox && item.status === null) parts.push('Executed not answered');
  if (ownBox && item.status !== null && overallStatus([item.status]) === 'open') parts.push(`Executed: ${item.status}`);
  if (no.length > 0) parts.push(`${no.map((row) => row.status).every((s) => s === 'No') ? 'No' : 'Not done'}: ${no.map((row) => row.label).join(', ')}`);
  if (empty.length === components.length) parts.push(`not answered (${rows(empty.length)})`);
  else if (empty.length > NAMED) parts.push(`not answered: ${empty.length} of ${rows(components.length)}`);
  else if (empty.length > 0) parts.push(`not answered: ${empty.map((row) => row.label).join(', ')}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
