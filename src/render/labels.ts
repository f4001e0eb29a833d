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
