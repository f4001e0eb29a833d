/** Words every output format prints around the customer's data, so the formats agree. */
import type { Party } from '../model/deployment.js';
import type { ViewItem } from '../model/view.js';

export const PARTY: Record<Party, string> = { customer: 'Customer', supplier: 'Supplier', shared: 'Shared' };

export const OVERALL: Record<ViewItem['overall'], string> = {
  done: 'Done',
  open: 'Open',
  'not-applicable': 'Not applicable',
  unanswered: 'Not answered',
};

/**
 * The boxes behind an item's status when they say more than the status word does: the
 * components' answers ("Main server: Yes; Standby server: No") or the option chosen
 * ("Deactivated"); empty for a plain Yes (done) or No (open).
 */
export function statusDetail(overall: ViewItem['overall'], statusText: string): string {
  const plain = (overall === 'done' && statusText === 'Yes') || (overall === 'open' && statusText === 'No');
  return plain || statusText.trim() === '' || statusText === OVERALL[overall] ? '' : statusText;
}

/** The running title of a document: the master's title, and for the annex what it is. */
export function runningTitle(title: string, variant: 'full' | 'annex'): string {
  return variant === 'annex' ? `${title} – Statement of Work annex` : title;
}
