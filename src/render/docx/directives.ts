/**
 * The generated parts a master places with `::name`: one builder per directive. At the top of the
 * body a part gets a heading of its own (unnumbered, in the TOC), as in the HTML; inside a
 * section, the section's heading introduces it.
 */
import { HeadingLevel, Paragraph, type FileChild, type Table } from 'docx';
import type { DirectiveName } from '../../model/checklist.js';
import { spacer } from './cells.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { matrixTable, openItemsBlocks } from './matrix.js';
import { omittedBlocks, overviewTable } from './overview.js';
import { signatureBlocks } from './signatures.js';
import { PARA } from './style-ids.js';

/** A table and the spacer after it (a paragraph stands alone). */
export function spaced(table: Table | Paragraph): FileChild[] {
  return table instanceof Paragraph ? [table] : [table, spacer()];
}

/** A small heading in Word's Caption style, kept with the table it introduces. */
export function caption(text: string): Paragraph {
  return new Paragraph({ style: PARA.caption, children: [textRun(text)] });
}

/** An unnumbered Heading 1: in the navigation pane and the TOC like the master's chapters. */
export function partHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(text)] });
}

const parts: Record<DirectiveName, { title: (ctx: DocxContext) => string; build: (ctx: DocxContext) => FileChild[] }> = {
  'deployment-overview': { title: (ctx) => ctx.p.overview.heading, build: (ctx) => spaced(overviewTable(ctx)) },
  signatures: { title: (ctx) => ctx.p.signatures.heading, build: signatureBlocks },
  'responsibility-matrix': { title: (ctx) => ctx.p.matrix.heading, build: (ctx) => spaced(matrixTable(ctx)) },
  'open-items': { title: (ctx) => ctx.p.openItems.heading, build: openItemsBlocks },
};

export type PartTitle = 'heading' | 'caption' | 'none';

export function directiveBlocks(name: DirectiveName, ctx: DocxContext, title: PartTitle, keepEnd = false): FileChild[] {
  const part = parts[name];
  const head = { heading: [partHeading(part.title(ctx))], caption: [caption(part.title(ctx))], none: [] }[title];
  return [...head, ...(name === 'open-items' ? openItemsBlocks(ctx, keepEnd) : part.build(ctx))];
}

/** The items the level leaves out, as an appendix at the end of the full document. */
export function omittedAppendix(ctx: DocxContext, keepEnd = false): FileChild[] {
  const { omitted } = ctx.p;
  return omitted === null ? [] : [partHeading(omitted.heading), ...omittedBlocks(omitted, keepEnd)];
}
