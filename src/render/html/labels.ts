/** What only the HTML adds around the presentation: ids of the generated parts, and the boxes. */

export { OVERALL, PARTY, TITLES } from '../../present/words.js';

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

/** The id of a directive's part when it stands at the top of the body, with a heading of its own. */
export const DIRECTIVE_PART_IDS = {
  'deployment-overview': PART_IDS.overview,
  signatures: PART_IDS.signatures,
  'responsibility-matrix': PART_IDS.matrix,
  'open-items': PART_IDS.openItems,
} as const;
