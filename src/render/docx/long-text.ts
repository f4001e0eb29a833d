/**
 * Long customer text (a pasted log in a comment) in a table cell, at a cost linear in its
 * length. docx/layout lays a paragraph that runs over a page inside a cell out again for each
 * page it reaches, so one paragraph of n characters costs about n²: 160 KB took 20 s, 1 MB did
 * not end. Text longer than LONG_TEXT is therefore written one paragraph per line, and a line
 * longer than CHUNK is cut at its last space before that length.
 */
import type { Paragraph } from 'docx';
import { cellParagraph, cellText, type WriteIn } from './cells.js';
import { textRun, type RunFormat } from './inline.js';
import { linesOf } from './text.js';

/** Up to this many characters a value stays one paragraph, its lines joined by breaks. */
export const LONG_TEXT = 2000;
/** The longest paragraph a long value is cut into. */
export const CHUNK = 1000;

/** A line cut into pieces of at most `size` characters, at spaces where it has them. */
export function chunksOf(line: string, size: number = CHUNK): string[] {
  const chunks: string[] = [];
  let rest = line;
  while (rest.length > size) {
    const space = rest.lastIndexOf(' ', size - 1);
    const cut = space > size / 2 ? space + 1 : size;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  chunks.push(rest);
  return chunks;
}

/**
 * A value for a cell: one paragraph with line breaks, or, when long, a paragraph per line. A
 * write-in wraps each paragraph in its control; a piece cut from the line before is `continued`.
 */
export function cellTexts(value: string, format: RunFormat = {}, writeIn?: WriteIn): Paragraph[] {
  if (value.length <= LONG_TEXT) return [cellText(value, {}, format, writeIn)];
  return linesOf(value).flatMap((line) =>
    chunksOf(line).map((text, i) => {
      const runs = [textRun(text, format)];
      return cellParagraph(writeIn ? [writeIn(runs, false, i > 0)] : runs);
    }),
  );
}
