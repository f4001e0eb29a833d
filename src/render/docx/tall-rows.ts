/**
 * Rows that may be taller than a page. Word and LibreOffice keep a row whole when told
 * (`cantSplit`) and with the next (`keepNext`); a row taller than a page cannot be either, and
 * LibreOffice then pushed it to the next page, leaving the page before empty but for the item's
 * first row (or a chapter's heading, then a blank page). Such a row is estimated from its text,
 * as the DOCX is not laid out here: generously, so a row that fits a page is still kept whole.
 */

/** Twips a character of 9 pt table text takes, about (Liberation Sans, Arial). */
const CHAR_WIDTH = 90;
/** Lines of 9 pt table text a page holds, less its header row and a few rows around: about 60 in all. */
const PAGE_LINES = 45;

/** The lines `paragraphs` take in a cell of `width` twips (the cell's padding aside). */
export function estimatedLines(paragraphs: readonly string[], width: number): number {
  const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
  return paragraphs.reduce((sum, text) => sum + text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0), 0);
}

/** Whether a cell of `width` twips holding `paragraphs` may be taller than a page. */
export const mayBeTallerThanPage = (paragraphs: readonly string[], width: number): boolean => estimatedLines(paragraphs, width) > PAGE_LINES;

/**
 * Whether rows of these estimated lines are taller than a page together (each row's padding
 * counted as half a line): kept together, Word and LibreOffice could only move them whole to
 * the next page before breaking them anyway, leaving a gap, and LibreOffice a blank page.
 */
export const tallerThanPageTogether = (lines: readonly number[]): boolean => lines.reduce((sum, rowLines) => sum + rowLines + 0.5, 0) > PAGE_LINES;
