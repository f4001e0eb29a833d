/**
 * Every word the tool prints around the customer's data, in one place, so that HTML, PDF and
 * DOCX say the same thing. Formats never write their own headings, labels or sentences.
 */
import type { Party } from '../model/deployment.js';
import type { ViewItem } from '../model/view.js';

export const PARTY: Record<Party, string> = { customer: 'Customer', supplier: 'Supplier', shared: 'Shared' };

export const OVERALL: Record<ViewItem['overall'], string> = {
  done: 'Done',
  open: 'Open',
  'not-applicable': 'Not applicable',
  unanswered: 'Not answered',
};

/** Headings of the parts the tool adds around the master's chapters. */
export const TITLES = {
  contents: 'Contents',
  history: 'History of change',
  summary: 'Summary',
  overview: 'Customer deployment – overview',
  matrix: 'Responsibility matrix',
  openItems: 'Open items',
  footnotes: 'Notes',
  omitted: 'Appendix – items of higher security levels',
  signatures: 'Signatures',
  annex: 'Statement of Work annex',
} as const;

/** Column heads and row labels of the generated tables. */
export const LABELS = {
  id: 'ID',
  item: 'Item',
  level: 'Level',
  status: 'Status',
  comment: 'Comment',
  items: 'Items',
  total: 'Total',
  responsible: 'Responsible',
  installation: 'Installation',
  operation: 'Operation',
  everyLevel: 'every level',
  date: 'Date',
  version: 'Version',
  description: 'Description',
  customer: 'Customer',
  supplier: 'Supplier',
  product: 'Product',
  documentId: 'Document ID',
  checklistVersion: 'Checklist version',
  securityLevel: 'Security level',
  company: 'Company',
  name: 'Name',
  address: 'Address',
  telephone: 'Telephone',
  email: 'E-mail',
  coveredSystems: 'Covered systems',
  components: 'Components',
  master: 'Referenced master security checklist',
  generalRemark: 'General remark',
  openIssuesUntil: 'Open issues to be resolved until',
  function: 'Function',
  place: 'Place',
  signature: 'Signature',
} as const;

export const SENTENCES = {
  noItems: 'This checklist has no items.',
  noOpenItems: 'No items are open.',
  noLevels: 'This checklist has no security levels: every item applies.',
  omittedIntro: (chosen: string) => `These items apply from a higher security level than ${chosen} and are not part of this checklist.`,
  declaration: (what: string) => `By signing, customer and supplier confirm the measures, settings and responsibilities agreed in this ${what}.`,
} as const;

/** What an empty write-in field shows where a format cannot draw a line (DOCX, plain text). */
export const BLANK_FIELD = '________';
