/** The plain text of the model's inline content: every renderer and the merge need it. */
import type { Inline } from './checklist.js';

/** How `inlineText` writes what is not text. */
export interface InlineTextOptions {
  /** What a line break becomes. Default: a space. */
  lineBreak?: string;
  /** Whether a footnote reference keeps its number. Default: no (it is dropped). */
  footnoteNumbers?: boolean;
  /** What a footnote reference becomes, given its number (before `footnoteNumbers`). */
  footnoteMark?: (number: number) => string;
}

/** Plain text of inline nodes, for titles, labels, bookmarks and measuring. */
export function inlineText(nodes: readonly Inline[], options: InlineTextOptions = {}): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
        case 'code':
          return node.value;
        case 'break':
          return options.lineBreak ?? ' ';
        case 'image':
          return node.alt;
        case 'footnote-ref':
          if (options.footnoteMark) return options.footnoteMark(node.number);
          return options.footnoteNumbers ? String(node.number) : '';
        default:
          return inlineText(node.children, options);
      }
    })
    .join('');
}
