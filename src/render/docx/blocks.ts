/**
 * The body of the view → Word paragraphs and tables: one builder per block kind, in a typed map
 * (as remark-docx does, without its single 800-line file). Directives are built in directives.ts.
 */
import { Bookmark, Paragraph, Tab, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { ViewBlock, ViewSection } from '../../model/view.js';
import { spacer } from './cells.js';
import type { DocxContext } from './context.js';
import { needsCaption } from '../../present/presentation.js';
import { directiveBlocks } from './directives.js';
import { inlineRuns, textRun, type RunFormat } from './inline.js';
import { itemTable } from './item-table.js';
import { plainTable, plainText } from './plain-table.js';
import { bulletList, indent, orderedList } from './numbering.js';
import { CHAR, PARA } from './style-ids.js';
import { linesOf } from './text.js';
import { SIZE } from './theme.js';

export interface BlockState {
  ctx: DocxContext;
  /** Depth of the enclosing section: 0 at the top of the body. */
  sectionDepth: number;
  /** Nesting of lists, for the list level of a nested list. */
  listLevel: number;
  /** Inside a blockquote: paragraphs are indented and marked with a rule on the left. */
  quoted: boolean;
  /** Something other than prose stands between the section's heading and this block (see needsCaption). */
  afterContent: boolean;
  /** The next block is a table, an item of the master or a list: a paragraph right before it introduces it. */
  beforeIntroduced: boolean;
  /** A chapter after other content of the body: it starts a new page, as in the HTML and the PDF. */
  newPage?: boolean;
}

type BlockOf<K extends ViewBlock['kind']> = Extract<ViewBlock, { kind: K }>;
type BlockBuilder<K extends ViewBlock['kind']> = (node: BlockOf<K>, state: BlockState) => FileChild[];

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/** A quoted paragraph is in the Quote style (indented, a rule on the left); a quoted list's runs look alike. */
const quote = (state: BlockState) => (state.quoted ? { style: PARA.quote } : {});

const quoteFormat = (state: BlockState): RunFormat => (state.quoted ? { style: CHAR.quote } : {});

const builders: { [K in ViewBlock['kind']]: BlockBuilder<K> } = {
  section: (node, state) => [
    sectionHeading(node, state.ctx, state.newPage),
    ...blocksToDocx(node.children, { ...state, sectionDepth: node.depth }),
  ],
  paragraph: (node, state) => [
    new Paragraph({
      children: inlineRuns(node.content, state.ctx),
      // "… these client applications:" introduces what follows and stays with it, as does the
      // sentence right before a table ("The node matrix below …"), an item it explains or a list.
      ...(state.beforeIntroduced || /:\s*$/.test(plainText(node.content)) ? { keepNext: true } : {}),
      ...quote(state),
    }),
  ],
  list: (node, state) => listBlocks(node, state),
  // A paragraph per source line: the Code Block style's hanging indent marks a wrapped one.
  code: (node) => linesOf(node.value).map((line) => new Paragraph({ style: PARA.code, children: [new TextRun(line)] })),
  blockquote: (node, state) => blocksToDocx(node.children, { ...state, quoted: true }),
  table: (node, state) => [plainTable(node, state.ctx), spacer()],
  item: (node, state) => [itemTable(node, state.ctx), spacer()],
  directive: (node, state) =>
    directiveBlocks(node.name, state.ctx, state.sectionDepth === 0 ? 'heading' : state.afterContent ? 'caption' : 'none'),
  'thematic-break': () => [new Paragraph({ style: PARA.rule })],
};

/**
 * "3.1.2 BIOS password" in Word's own heading style, bookmarked for cross-references. A title
 * that wraps goes on under itself, not under its number, as in the HTML and the PDF: the number
 * is followed by a tab to a stop where the title starts, and the paragraph hangs from there.
 * (Word's contents take a tab in a heading as a space, so the TOC entries are as before.)
 */
export function sectionHeading(node: ViewSection, ctx: DocxContext, newPage = false): Paragraph {
  const level = Math.min(Math.max(node.depth, 1), 6);
  const title = inlineRuns(node.title, ctx, {}, { addresses: false });
  const numbered = node.number.trim() !== '';
  const runs: ParagraphChild[] = numbered ? [textRun(node.number), new TextRun({ children: [new Tab()] }), ...title] : title;
  const name = ctx.bookmarks.lookup(node.anchor);
  const hang = numbered ? titleStart(node.number, HEADING_SIZES[level - 1]!) : 0;
  return new Paragraph({
    heading: HEADINGS[level - 1],
    ...(newPage ? { pageBreakBefore: true } : {}),
    ...(numbered ? { indent: { left: hang, hanging: hang }, tabStops: [{ type: 'left' as const, position: hang }] } : {}),
    children: name === undefined ? runs : [new Bookmark({ id: name, children: runs })],
  });
}

/** The heading styles' sizes (half-points), Heading 1 to 6 (styles.ts). */
const HEADING_SIZES = [SIZE.h1, SIZE.h2, SIZE.h3, SIZE.body, SIZE.body, SIZE.body] as const;

/**
 * Where a heading's title starts, in twips: 2.5 em, as the HTML's number box (2.2 em) and its
 * margin (0.3 em); past a number too wide for that box, 0.3 em after it (its width estimated
 * from a sans-serif's: a digit 0.56 em, a full stop 0.28 em, anything else 0.7 em).
 */
function titleStart(number: string, halfPoints: number): number {
  const em = halfPoints * 10;
  const width = [...number].reduce((sum, char) => sum + (/\d/.test(char) ? 0.56 : char === '.' ? 0.28 : 0.7), 0);
  return Math.round(Math.max(2.5, width + 0.3) * em);
}

/**
 * A list item's first paragraph carries the bullet or number; its further paragraphs are
 * indented under it, and nested lists go one level down. A page never starts or ends with one
 * item of a list alone: the first item stays with the second, the last with the one before it
 * (as in the HTML and the PDF, style.css).
 */
function listBlocks(node: BlockOf<'list'>, state: BlockState): FileChild[] {
  const level = Math.min(state.listLevel, 8);
  const numbering = node.ordered
    ? { reference: orderedList(node.start), level, instance: state.ctx.nextListInstance() }
    : { reference: bulletList, level };
  const inner: BlockState = { ...state, listLevel: state.listLevel + 1 };
  const last = node.items.length - 1;
  return node.items.flatMap((item, index) => {
    const keepNext = last > 0 && (index === 0 || index === last - 1) ? { keepNext: true } : {};
    const [first, ...rest] = item.children;
    // A task's box stands where the bullet or number would, as in the HTML and the PDF.
    const box = item.checked === null ? [] : [textRun(item.checked ? '\u2612' : '\u2610', { style: item.checked ? CHAR.boxChecked : CHAR.box }), new TextRun({ children: [new Tab()] })];
    const text = first?.kind === 'paragraph' ? inlineRuns(first.content, state.ctx, quoteFormat(state)) : [];
    const lead = new Paragraph({ ...(item.checked === null ? { numbering } : indent(level)), ...keepNext, children: [...box, ...text] });
    const more = first?.kind === 'paragraph' ? rest : item.children;
    return [lead, ...more.flatMap((child) => continuation(child, inner, level, keepNext))];
  });
}

/** A later paragraph of a list item lines up with the item's text. */
function continuation(block: ViewBlock, state: BlockState, level: number, keep: { keepNext?: boolean }): FileChild[] {
  if (block.kind !== 'paragraph') return blocksToDocx([block], state);
  return [new Paragraph({ children: inlineRuns(block.content, state.ctx), indent: { left: 360 * (level + 1) }, ...keep })];
}

export function blocksToDocx(blocks: readonly ViewBlock[], state: BlockState): FileChild[] {
  return blocks.flatMap((block, index) =>
    (builders[block.kind] as BlockBuilder<typeof block.kind>)(block, {
      ...state,
      afterContent: needsCaption(blocks, index),
      beforeIntroduced: ['table', 'item', 'list'].includes(blocks[index + 1]?.kind ?? ''),
      // The first block of the body starts on a page of its own already (after the contents).
      newPage: state.sectionDepth === 0 && !state.quoted && index > 0 && block.kind === 'section' && block.depth === 1,
    }),
  );
}

/** The whole body of the view. */
export function bodyToDocx(blocks: readonly ViewBlock[], ctx: DocxContext): FileChild[] {
  return blocksToDocx(blocks, { ctx, sectionDepth: 0, listLevel: 0, quoted: false, afterContent: false, beforeIntroduced: false });
}
