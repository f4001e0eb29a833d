/**
 * A CL item as a real Word table: a shaded header row (ID and scope | title) repeated on every
 * page, then one row per fact, the answer boxes, the comment and who is responsible. Rows never
 * split and are kept with the next, so an item stays on one page (and with its heading) where it fits.
 */
import { Bookmark, Paragraph, TableCell, type Table } from 'docx';
import type { CellBlock } from '../../model/checklist.js';
import type { ViewItem, ViewItemRow } from '../../model/view.js';
import { reviewMark } from '../../present/review.js';
import { keyText, type Phase } from '../../fill/keys.js';
import { PARTY_OPTIONS } from '../../fill/answers.js';
import { answerRuns, answerText, choiceRuns } from './answers.js';
import { writeIn } from './controls.js';
import { cell, cellParagraph, cellText, fillLine, fixedTable, keptTogether, labelCell } from './cells.js';
import type { DocxContext } from './context.js';
import { inlineRuns, textRun } from './inline.js';
import { cellTexts } from './long-text.js';
import { estimatedLines, mayBeTallerThanPage, tallerThanPageTogether } from './tall-rows.js';
import { inlineText } from '../../model/inline-text.js';
import { PARTY } from './labels.js';
import { CHAR, PARA } from './style-ids.js';
import { columnWidths } from './theme.js';

const [LABEL, VALUE] = columnWidths([28, 72]) as [number, number];
const FULL = LABEL + VALUE;

/** A comment longer than this may break across pages: a row taller than a page cannot be kept whole. */
const LONG_COMMENT = 1500;

/** Blank lines to write a comment on, in a blank checklist or an unanswered item. */
const COMMENT_LINES = 3;

export function itemTable(item: ViewItem, ctx: DocxContext): Table {
  const review = reviewMark(item);
  // Each row's estimated lines: an item taller than a page is not kept together (tall-rows.ts).
  const textLines = (texts: string[]) => estimatedLines(texts, VALUE);
  const rows: { cells: TableCell[]; lines: number; split?: boolean }[] = [
    ...(review ? [{ cells: [labelCell(review.label, LABEL), cell([cellText(review.value, {}, { style: CHAR.review })], VALUE)], lines: textLines([review.value]) }] : []),
    ...item.rows.map((row) => {
      const lines = row.kind === 'text' ? textLines(row.content.flatMap(blockTexts)) : 1;
      return { cells: factRow(row, ctx), lines, split: row.kind === 'text' && mayBeTallerThanPage(row.content.flatMap(blockTexts), VALUE) };
    }),
    ...executedRows(item, ctx).map((row) => ({ cells: row.cells, lines: textLines([row.text]), split: mayBeTallerThanPage([row.text], VALUE) })),
    { cells: commentRow(item, ctx), lines: item.comment.trim() === '' ? COMMENT_LINES + 1 : textLines([item.comment]), split: item.comment.length > LONG_COMMENT },
    { cells: responsibleRow(item, ctx), lines: 2 },
  ];
  const keep = !tallerThanPageTogether([2, ...rows.map((row) => row.lines)]);
  const body = keptTogether(rows.map((row) => row.cells), headerCells(item, ctx), rows.map((row) => row.split === true), keep);
  return fixedTable(body, [LABEL, VALUE], { labelColumn: true });
}

function headerCells(item: ViewItem, ctx: DocxContext): TableCell[] {
  const header = { style: PARA.tableHeader };
  const name = ctx.bookmarks.lookup(item.id);
  const id = textRun(item.id);
  const idCell = [cellParagraph([name === undefined ? id : new Bookmark({ id: name, children: [id] })], header)];
  if (item.scope.trim() !== '') idCell.push(cellText(item.scope, { style: PARA.tableNote }));
  return [cell(idCell, LABEL), cell([cellParagraph(inlineRuns(item.title, ctx, {}, { addresses: false }), header)], VALUE)];
}

function factRow(row: ViewItemRow, ctx: DocxContext): TableCell[] {
  const value =
    row.kind === 'text'
      ? row.content.flatMap((block) => cellBlock(block, ctx))
      : row.kind === 'target' && row.content
        ? [cellParagraph(inlineRuns(row.content, ctx))] // its footnote marks as Word footnotes
        : [cellText(row.kind === 'level' ? row.level : row.value)];
  return [labelCell(row.label, LABEL), cell(value, VALUE)];
}

/** A cell's lines and bullet items as text, one a paragraph. */
const blockTexts = (block: CellBlock): string[] => (block.kind === 'line' ? [inlineText(block.content)] : block.items.map((item) => inlineText(item.content)));

/** A cell's lines and bullet lists as paragraphs, each bullet at the numbering level of its depth. */
export function cellBlock(block: CellBlock, ctx: DocxContext): Paragraph[] {
  // After an empty line (`<br><br>`): an empty paragraph, as a Word user sets lines apart.
  const gap = block.gap ? [cellParagraph([])] : [];
  if (block.kind === 'line') return [...gap, cellParagraph(inlineRuns(block.content, ctx))];
  return [...gap, ...block.items.map((item) => cellParagraph(inlineRuns(item.content, ctx), { bullet: item.depth }))];
}

/**
 * `Executed` with its boxes, or, for a per-component item, a heading; then its components and
 * their groups (an item may have both: boxes for the whole, rows for its parts, as the HTML
 * shows them). The component names are in the label column (its shade from the table style); a
 * group row has a shade of its own.
 */
function executedRows(item: ViewItem, ctx: DocxContext): { cells: TableCell[]; text: string }[] {
  const font = ctx.look.fonts.body;
  const components = item.components.map((component) =>
    component.kind === 'group'
      ? { cells: [cell([cellText(component.label, { style: PARA.tableGroup })], FULL, { span: 2, fill: ctx.look.colors.groupFill })], text: component.label }
      : {
          cells: [
            labelCell(component.label, LABEL),
            cell([cellParagraph(answerRuns(component.answers, component.status, component.fieldValues, { item: item.id, row: component.label }, font))], VALUE),
          ],
          text: answerText(component.answers, component.fieldValues),
        },
  );
  if (item.executed !== null || item.components.length === 0) {
    const answer = item.executed === null ? fillLine(VALUE) : cellParagraph(answerRuns(item.executed, item.status, item.executedFieldValues ?? {}, { item: item.id, row: null }, font));
    const text = item.executed === null ? '' : answerText(item.executed, item.executedFieldValues ?? {});
    return [{ cells: [labelCell('Executed', LABEL, true), cell([answer], VALUE)], text }, ...components];
  }
  return [{ cells: [cell([cellText('Executed', { style: PARA.tableLabel })], FULL, { span: 2 })], text: 'Executed' }, ...components];
}


/** The label, the prompt, then the customer's comment line by line, or lines to write on. */
function commentRow(item: ViewItem, ctx: DocxContext): TableCell[] {
  const value: Paragraph[] = [];
  if (item.commentPrompt.length > 0) {
    value.push(cellParagraph(inlineRuns(item.commentPrompt, ctx), { style: PARA.tablePrompt }));
  }
  const control = writeIn(keyText({ kind: 'comment', item: item.id }), `${item.id}: ${item.commentLabel}`);
  // One paragraph with line breaks, as the customer typed it, or lines to write on: one control.
  if (item.comment.trim() === '') value.push(fillLine(VALUE, COMMENT_LINES, control));
  else value.push(...cellTexts(item.comment, {}, control));
  return [labelCell(item.commentLabel, LABEL), cell(value, VALUE)];
}

/** Between the two parties agreed on one line: about the HTML's gap after a party (14 pt). */
const PARTIES_GAP = '\u2003\u2003';

/**
 * Who installs and who operates the measure: the parties agreed, on one line as in the HTML and
 * the PDF, or a line per phase with a box per party to tick where one is not agreed.
 */
function responsibleRow(item: ViewItem, ctx: DocxContext): TableCell[] {
  const runs = (label: string, phase: Phase) => {
    const party = item.responsible[phase];
    const value = party === null ? choiceRuns({ kind: 'responsible', item: item.id, phase }, PARTY_OPTIONS, null, `${item.id} ${label}`, ctx.look.fonts.body) : [textRun(PARTY[party], { style: CHAR.answer })];
    return [textRun(`${label}: `), ...value];
  };
  const [installation, operation] = [runs('Installation', 'installation'), runs('Operation', 'operation')];
  const agreed = item.responsible.installation !== null && item.responsible.operation !== null;
  const lines = agreed ? [cellParagraph([...installation, textRun(PARTIES_GAP), ...operation])] : [cellParagraph(installation), cellParagraph(operation)];
  return [labelCell('Responsible', LABEL), cell(lines, VALUE)];
}
