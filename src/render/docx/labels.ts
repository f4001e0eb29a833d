/** The words of the DOCX: those of the presentation layer (src/present/), shared by every format. */
export { BLANK_FIELD, LABELS, OVERALL, PARTY, TITLES } from '../../present/words.js';
