/**
 * The master's footnotes as Word footnotes. A Word footnote holds paragraphs only, so lists and
 * code inside one are written as paragraphs with their marker in front.
 */
import { Paragraph, TextRun } from 'docx';
import type { Block } from '../../model/checklist.js';
import type { CustomerChecklist } from '../../model/view.js';
import type { DocxContext } from './context.js';
import { inlineRuns } from './inline.js';
import { CHAR } from './style-ids.js';
import { linesOf } from './text.js';

function paragraphs(blocks: readonly Block[], ctx: DocxContext): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ children: inlineRuns(block.content, ctx) })];
      case 'list':
        return block.items.flatMap((item, i) => {
          const marker = new TextRun(block.ordered ? `${block.start + i}. ` : '\u2022 ');
          const [head, ...tail] = item.children;
          if (head?.kind !== 'paragraph') return [new Paragraph({ children: [marker] }), ...paragraphs(item.children, ctx)];
          return [new Paragraph({ children: [marker, ...inlineRuns(head.content, ctx)] }), ...paragraphs(tail, ctx)];
        });
      case 'code':
        return [
          new Paragraph({
            children: linesOf(block.value).map((line, i) => new TextRun({ text: line, style: CHAR.code, break: i > 0 ? 1 : 0 })),
          }),
        ];
      case 'blockquote':
        return paragraphs(block.children, ctx);
      default:
        // Headings, tables and items do not occur in footnotes.
        return [];
    }
  });
}

export function footnotes(view: CustomerChecklist, ctx: DocxContext): Record<string, { children: Paragraph[] }> {
  return Object.fromEntries(
    view.footnotes.map((note) => {
      const children = paragraphs(note.children, ctx);
      return [String(note.number), { children: children.length > 0 ? children : [new Paragraph({})] }];
    }),
  );
}
