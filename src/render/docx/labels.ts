/** The words the DOCX adds around the customer's data, in one place. */

// The same words in every format.
export { OVERALL, PARTY } from '../labels.js';

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
