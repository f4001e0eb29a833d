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
  offer: 'Offer annex: scope, targets and responsibilities',
  /** The offer of a master without levels, whose items can have no target value. */
  offerWithoutTargets: 'Offer annex: scope and responsibilities',
  targets: 'Target values',
  settings: 'Agreed customer settings',
  notApplicable: 'Items not applicable',
  scope: 'Scope, targets and responsibilities',
  /** The offer's scope of a master without levels, whose items can have no target value. */
  scopeWithoutTargets: 'Scope and responsibilities',
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
  target: 'Target value',
  answer: 'Answer',
  reason: 'Reason',
  whyOpen: 'Why open',
  owner: 'Owner',
  due: 'Due',
  fullChecklist: 'Full checklist',
  sowReference: 'Statement of Work',
} as const;

export const SENTENCES = {
  noItems: 'This checklist has no items.',
  noOpenItems: 'No items are open.',
  /** After the text of a link to something the chosen level leaves out. */
  notInLevel: (level: string) => `(not in level ${level})`,
  /** One line per section the chosen level leaves with nothing. */
  sectionLeftOut: (section: { number: string; titleText: string }, level: string) =>
    `${section.number.includes('.') ? 'Section' : 'Chapter'} ${section.number} ${section.titleText} has no item at level ${level} and is left out.`,
  omittedIntro: (chosen: string, offer = false) => `These items apply from a higher security level than ${chosen} and are not part of this ${offer ? 'offer' : 'checklist'}.`,
  targetsIntro: (level: string) => `The values these items are set to at the security level ${level}.`,
  targetsNoLevel: 'No security level was chosen: each item\'s target value is given for every level.',
  noTargets: (level: string) => `No item has a target value at the security level ${level}.`,
  noTargetsAtAll: 'No item has a target value.',
  settingsIntro: 'The values agreed with the customer for the settings of the checklist\'s tables; an empty line is still to be agreed.',
  noSettings: 'This checklist has no settings to agree.',
  noNotApplicable: 'No item was answered as not applicable.',
  declaration: (variant: 'full' | 'annex' | 'offer', targets = true) =>
    variant === 'offer'
      ? `By signing, customer and supplier agree the scope, ${targets ? 'target values, ' : ''}settings and responsibilities in this annex.`
      : `By signing, customer and supplier confirm the measures, settings and responsibilities agreed in this ${variant === 'full' ? 'checklist' : 'annex'}.`,
} as const;

/** What stands in every format for an image, which no output embeds: its alt text. */
export const imageStandIn = (alt: string): string => (alt.trim() === '' ? '[Image]' : `[Image: ${alt}]`);

/** What an empty write-in field shows where a format cannot draw a line (DOCX, plain text). */
export const BLANK_FIELD = '________';
