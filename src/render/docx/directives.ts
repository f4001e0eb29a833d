/**
 * The generated parts a master places with `::name`: one builder per directive. At the top of the
 * body a part gets a heading of its own (unnumbered, in the TOC); inside a section a caption,
 * unless the section's heading introduces it (nothing but prose between them).
 */
import { HeadingLevel, Paragraph, type FileChild, type Table } from 'docx';
import type { DirectiveName } from '../../model/checklist.js';
import { spacer } from './cells.js';
import type { DocxContext } from './context.js';
import { textRun } from './inline.js';
import { TITLES } from './labels.js';
import { matrixTable, openItemsTable } from './matrix.js';
import { levelStatement, omittedTable, overviewTable, summaryTable } from './overview.js';
import { signatureBlocks } from './signatures.js';
import { COLOR, SIZE } from './theme.js';

/** A table and the spacer after it (a paragraph stands alone). */
export function spaced(table: Table | Paragraph): FileChild[] {
  return table instanceof Paragraph ? [table] : [table, spacer()];
}

/** A small heading made of direct formatting: it does not need a custom style where it is pasted. */
export function caption(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 200, after: 80 },
    children: [textRun(text, { bold: true, color: COLOR.primary, size: SIZE.h3 })],
  });
}

/** An unnumbered Heading 1: in the navigation pane and the TOC like the master's chapters. */
export function partHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(text)] });
}

/** The overview, then the level and the summary under captions of their own. */
function overviewBlocks(ctx: DocxContext): FileChild[] {
  return [
    ...spaced(overviewTable(ctx)),
    caption(TITLES.level),
    ...levelStatement(ctx, 'appendix'),
    caption(TITLES.summary),
    ...spaced(summaryTable(ctx)),
  ];
}

const parts: Record<DirectiveName, { title: string; build: (ctx: DocxContext) => FileChild[] }> = {
  'deployment-overview': { title: TITLES.overview, build: overviewBlocks },
  signatures: { title: TITLES.signatures, build: signatureBlocks },
  'responsibility-matrix': { title: TITLES.matrix, build: (ctx) => spaced(matrixTable(ctx)) },
  'open-items': { title: TITLES.openItems, build: (ctx) => spaced(openItemsTable(ctx)) },
};

export type PartTitle = 'heading' | 'caption' | 'none';

export function directiveBlocks(name: DirectiveName, ctx: DocxContext, title: PartTitle): FileChild[] {
  const part = parts[name];
  const head = { heading: [partHeading(part.title)], caption: [caption(part.title)], none: [] }[title];
  return [...head, ...part.build(ctx)];
}

/** The items the level leaves out, as an appendix at the end of the full document. */
export function omittedAppendix(ctx: DocxContext): FileChild[] {
  const table = omittedTable(ctx);
  return table === null ? [] : [partHeading(TITLES.omitted), ...spaced(table)];
}
