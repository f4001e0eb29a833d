/**
 * The notes of a table the annex and the offer reprint as text (the agreed settings): a cell's
 * footnote mark (`8[^1]`, a default with a condition) was dropped there with its note, so the
 * value read unconditional. The mark stays, as a superscript number, and the note's text is
 * printed under the table.
 */
import type { Block, Footnote, Inline } from '../model/checklist.js';
import { inlineText } from '../model/inline-text.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** `12` as `¹²`: a mark that plain text, the HTML and the DOCX print alike. */
export const superscript = (number: number): string => String(number).replace(/\d/g, (digit) => SUPERSCRIPT[Number(digit)]!);

/** A note's blocks as one line of text: paragraphs, list items and code, one after another. */
function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'paragraph':
          return inlineText(block.content);
        case 'code':
          return block.value;
        case 'list':
          return block.items.map((item) => blocksText(item.children)).join(' ');
        case 'blockquote':
          return blocksText(block.children);
        default:
          return '';
      }
    })
    .filter((text) => text !== '')
    .join(' ');
}

/** Collects the notes a table's cells refer to while their text is written. */
export class TableNotes {
  readonly #used = new Set<number>();
  constructor(private readonly footnotes: readonly Footnote[]) {}

  /** A cell's text with its footnote marks as superscript numbers. */
  text(cell: readonly Inline[], lineBreak: string): string {
    return inlineText(cell, {
      lineBreak,
      footnoteMark: (number) => {
        this.#used.add(number);
        return superscript(number);
      },
    });
  }

  /** `¹ The note's text.`, for each note referred to, in order of number. */
  lines(): string[] {
    return this.footnotes.filter((note) => this.#used.has(note.number)).map((note) => `${superscript(note.number)} ${blocksText(note.children)}`);
  }
}
