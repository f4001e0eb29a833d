/**
 * Page numbers that hold in Word and in other word processors alike. `docx/layout` lays the
 * pages out as Word does, but LibreOffice (or Word with another printer) fits a few points more
 * or less on a page, and a heading near a page's foot then lands a page off its TOC number.
 *
 * So the pages are laid out once on a page a little shorter than the real one (`SLACK` less at
 * the foot), and each page that starts with a new paragraph or table there is pinned: that
 * block gets a page break before it. Every page then holds what the layout put on it with room
 * to spare, whichever program lays it out, and the TOC carries the pages of that layout.
 */
import type { Document, IXmlableObject, PageNumberEstimator } from 'docx';
import { layoutDocument, type BodyLayout, type LaidOut, type LayoutFunction } from './fast-layout.js';

/** Room left free at the foot of every page: 20 pt, about 3 % of an A4 page's text. */
export const SLACK_TWIPS = 400;

export interface PagePlan {
  /** Body blocks (paragraphs and tables, counted as the layout counts them) that start a page. */
  starts: Set<number>;
  /** The page (1-based) each body block starts on. */
  pageOf: Map<number, number>;
  pageCount: number;
  /** Whether the layout guessed somewhere (a font or script it has no Word metrics for). */
  guessed: boolean;
}

/**
 * Lays out the document (built with the slack) and says where its pages start. `layout` is the
 * patched `docx/layout` (fast-layout.ts); the tests pass the stock one to compare.
 */
export function planPages(document: Document, layout: LayoutFunction = layoutDocument): PagePlan {
  return planOf(layout(document, { guess: true }));
}

/** Where the pages of a layout start, and the page each block starts on. */
function planOf({ pages, stoppedAt }: LaidOut): PagePlan {
  const starts = new Set<number>();
  const pageOf = new Map<number, number>();
  let previousLast: number | undefined;
  pages.forEach((page, index) => {
    for (const block of page.body) if (!pageOf.has(block.index)) pageOf.set(block.index, index + 1);
    const first = page.body[0];
    // A block that goes on from the page before (a long paragraph, a table's rows) is not pinned.
    if (index > 0 && first !== undefined && first.index !== previousLast) starts.add(first.index);
    previousLast = page.body.at(-1)?.index ?? previousLast;
  });
  const guessed = stoppedAt !== undefined || pages.some((page) => (page.guesses?.length ?? 0) > 0);
  return { starts, pageOf, pageCount: pages.length, guessed };
}

type Children = IXmlableObject[];

interface BodyBlock {
  /** The array the block is in (the body, or a content control's content) and where. */
  parent: Children;
  node: IXmlableObject;
}

/** The body's paragraphs and tables in order, those inside block content controls (the TOC) too. */
function bodyBlocks(children: Children, into: BodyBlock[] = []): BodyBlock[] {
  for (const node of children) {
    if ('w:p' in node || 'w:tbl' in node) into.push({ parent: children, node });
    else if ('w:sdt' in node) {
      const content = (node['w:sdt'] as Children).find((part) => 'w:sdtContent' in part);
      if (content) bodyBlocks(content['w:sdtContent'] as Children, into);
    }
  }
  return into;
}

function bookmarkNames(paragraph: Children): string[] {
  return paragraph.flatMap((part) => ('w:bookmarkStart' in part ? [String(part['w:bookmarkStart']._attr['w:name'])] : []));
}

/** Paragraph properties that come before `w:pageBreakBefore` in the schema's order. */
const BEFORE_PAGE_BREAK = new Set(['w:pStyle', 'w:keepNext', 'w:keepLines']);

function breakBeforeParagraph(paragraph: Children): void {
  let properties = paragraph.find((part) => 'w:pPr' in part);
  if (properties === undefined) paragraph.unshift((properties = { 'w:pPr': [] }));
  const list = properties['w:pPr'] as Children;
  if (list.some((part) => 'w:pageBreakBefore' in part)) return;
  const at = list.findIndex((part) => !BEFORE_PAGE_BREAK.has(Object.keys(part)[0]!));
  list.splice(at === -1 ? list.length : at, 0, { 'w:pageBreakBefore': {} });
}

/** A paragraph of 1 pt that starts a new page: what pins a table to the top of a page. */
const pageBreakParagraph = (): IXmlableObject => ({
  'w:p': [
    {
      'w:pPr': [
        { 'w:pageBreakBefore': {} },
        { 'w:spacing': { _attr: { 'w:before': 0, 'w:after': 0, 'w:line': 20, 'w:lineRule': 'exact' } } },
      ],
    },
  ],
});

/**
 * A row kept whole (`w:cantSplit`) that holds tables (the summary's count tables side by side)
 * may split once the pages are pinned: the layout kept it whole, so it starts a page or fits on
 * one with the slack to spare. LibreOffice measures such a row taller than it is: with the room
 * to spare it moved the row to the next page, and every TOC number after it was a page off.
 */
function letRowsOfTablesSplit(table: Children): void {
  for (const part of table) {
    if (!('w:tr' in part)) continue;
    const row = part['w:tr'] as Children;
    const holdsTable = row.some((cell) => 'w:tc' in cell && (cell['w:tc'] as Children).some((child) => 'w:tbl' in child));
    const properties = row.find((child) => 'w:trPr' in child)?.['w:trPr'] as Children | undefined;
    if (!holdsTable || properties === undefined) continue;
    const at = properties.findIndex((property) => 'w:cantSplit' in property);
    if (at !== -1) properties.splice(at, 1);
  }
}

/**
 * The estimator that writes the plan's pages: each bookmark (the TOC's headings) gets the page
 * its paragraph starts on, and every pinned block gets its page break as the body is written.
 */
export function pinnedEstimator(plan: PagePlan): PageNumberEstimator {
  return (body) => {
    const blocks = bodyBlocks(body['w:body'] as Children);
    const bookmarks = new Map<string, string>();
    blocks.forEach(({ node }, index) => {
      const page = plan.pageOf.get(index);
      if ('w:p' in node && page !== undefined) for (const name of bookmarkNames(node['w:p'] as Children)) bookmarks.set(name, String(page));
    });
    for (const { node } of blocks) if ('w:tbl' in node) letRowsOfTablesSplit(node['w:tbl'] as Children);
    // From the end, so the paragraphs put in before tables do not move the blocks still to pin.
    for (const index of [...plan.starts].sort((a, b) => b - a)) {
      const block = blocks[index];
      if (block === undefined) continue;
      if ('w:p' in block.node) breakBeforeParagraph(block.node['w:p'] as Children);
      else block.parent.splice(block.parent.indexOf(block.node), 0, pageBreakParagraph());
    }
    return { bookmarks, pageCount: plan.pageCount };
  };
}

/** The section's foot margin, as docx writes it: `w:pgMar` in the body's own `w:sectPr`. */
function footMargin(body: IXmlableObject): Record<string, unknown> | undefined {
  const section = (body['w:body'] as Children | undefined)?.find((part) => 'w:sectPr' in part);
  const margins = (section?.['w:sectPr'] as Children | undefined)?.find((part) => 'w:pgMar' in part);
  const attributes = (margins?.['w:pgMar'] as { _attr?: Record<string, unknown> } | undefined)?._attr;
  return typeof attributes?.['w:bottom'] === 'number' ? attributes : undefined;
}

/**
 * The estimator that plans and pins the pages of the document it writes, with one build and one
 * formatting of it: the body docx hands it is laid out on the page `SLACK_TWIPS` shorter (its
 * foot margin raised while the layout reads it), then pinned as `pinnedEstimator` pins it. The
 * same pages and bytes as `planPages` on a document built with the slack (test/docx/
 * fast-layout.test.ts). `plan()` is the plan, once the document is written.
 */
export function layingOutEstimator(layoutBody: BodyLayout): { estimator: PageNumberEstimator; plan: () => PagePlan } {
  let plan: PagePlan | undefined;
  const estimator: PageNumberEstimator = (body, context) => {
    const margin = footMargin(body);
    if (margin === undefined) throw new Error('the DOCX body has no foot margin to lay its pages out with');
    const bottom = margin['w:bottom'] as number;
    margin['w:bottom'] = bottom + SLACK_TWIPS;
    try {
      plan = planOf(layoutBody(body, context));
    } finally {
      margin['w:bottom'] = bottom;
    }
    return pinnedEstimator(plan)(body, context);
  };
  return {
    estimator,
    plan: () => {
      if (plan === undefined) throw new Error('the document has not been written yet');
      return plan;
    },
  };
}
