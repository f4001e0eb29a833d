/** The words the DOCX adds around the customer's data, in one place. */
import type { Party } from '../../model/deployment.js';
import type { ViewItem } from '../../model/view.js';

export const PARTY: Record<Party, string> = { customer: 'Customer', supplier: 'Supplier', shared: 'Shared' };

export const OVERALL: Record<ViewItem['overall'], string> = {
  done: 'Done',
  open: 'Open',
  'not-applicable': 'Not applicable',
  unanswered: 'Not answered',
};

/** What an empty write-in field shows: a short line to fill by hand. */
export const BLANK_FIELD = '________';

export const TITLES = {
  overview: 'Customer deployment – overview',
  summary: 'Summary',
  level: 'Security level',
  omitted: 'Appendix – items of higher security levels',
  matrix: 'Responsibility matrix',
  openItems: 'Open items',
  signatures: 'Signatures',
  history: 'History of change',
  contents: 'Contents',
} as const;
