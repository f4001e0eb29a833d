/** The words the HTML adds around the customer's data, in one place (templates may override). */

// The same words in every format.
export { OVERALL, PARTY } from '../labels.js';

export const BOX = { checked: '☒', unchecked: '☐' } as const;

/**
 * Ids of the parts the renderer adds. Slugs of headings never hold a colon and item IDs start
 * with `CL-`, so these cannot collide with an author's anchor.
 */
export const PART_IDS = {
  contents: 'checklist:contents',
  history: 'checklist:history',
  summary: 'checklist:summary',
  overview: 'checklist:overview',
  matrix: 'checklist:responsibility-matrix',
  openItems: 'checklist:open-items',
  footnotes: 'checklist:footnotes',
  omitted: 'checklist:omitted',
  signatures: 'checklist:signatures',
} as const;

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
