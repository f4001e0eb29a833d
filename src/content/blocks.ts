/** Turns mdast block content (other than top-level headings) into the model's blocks. */
import type { Paragraph as MdParagraph, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, Inline, Table, TableRow } from '../model/checklist.js';
import { isClTable, readClItem } from './cl-item.js';
import type { BuildContext } from './context.js';
import { alertBlocks } from './alert.js';
import { readDirective, reportDirectiveInCells } from './directive.js';
import { reportExtraCells } from './extra-cells.js';
import { reportHeaderOnly } from './header-only.js';
import { reportShortRows } from './short-rows.js';
import { reportSecondSettingColumn, reportSettingColumnLike, settingColumnOf } from './fillable-rules.js';
import { inlineText, toInlines, warnRawHtml } from './inline.js';
import { reportGluedRows, reportHeadingLike, reportMasterSettings, reportIdLikeTable, reportIndentedStart, reportLostItemTable, reportRowsAsText, reportTableAsLazyLines } from './near-miss-rules.js';

export { directiveNames } from './directive.js';

export interface BlockSettings {
  levels: readonly string[];
  components: readonly string[];
  /** Whether `levels` and `components` were read without a mistake (see FrontMatter.trusted). */
  trusted: { levels: boolean; components: boolean };
}

/**
 * Where a block stands. Only the document (`top`) holds headings, items, directives and
 * fillable tables: the section tree, the matrix and the deployment cannot reach them in a
 * list, a quote or a footnote, so there they are errors rather than printed half-working.
 */
export type Container = 'top' | 'list' | 'quote' | 'footnote';
const containerWords: Record<Exclude<Container, 'top'>, string> = { list: 'a list item', quote: 'a block quote', footnote: 'a footnote' };

/** One mdast node to zero or more blocks; headings at the top are handled by the section builder. */
export function toBlocks(node: RootContent, settings: BlockSettings, context: BuildContext, container: Container = 'top'): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, settings, context, container);
    case 'list':
      return [
        {
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          items: node.children.map((item) => ({
            checked: item.checked ?? null,
            children: item.children.flatMap((child) => toBlocks(child, settings, context, 'list')),
          })),
        },
      ];
    case 'code':
      if (!reportLostItemTable(node, context)) reportIndentedStart(node, context);
      return [{ kind: 'code', lang: node.lang ?? null, value: node.value }];
    case 'blockquote':
      return [{ kind: 'blockquote', children: alertBlocks(node.children.flatMap((child) => toBlocks(child, settings, context, 'quote'))) }];
    case 'thematicBreak':
      return [{ kind: 'thematic-break' }];
    case 'table':
      return table(node, settings, context, container);
    case 'html':
      warnRawHtml(node, context);
      return [];
    case 'heading':
      nested(container, context, node, `Heading "${toString(node).slice(0, 60)}"`, 'it is not a section and would not be numbered; start the line without the list or quote marker');
      return [];
    case 'definition': // resolved where referenced (mdast-util-definitions), in any container
    case 'footnoteDefinition': // gathered at the end (parse-checklist.ts)
    case 'yaml': // front matter: read (or reported) by parse-checklist.ts
      return [];
    default:
      context.error(context.place(node), `Markdown of type ${node.type} is not supported here, so it would not be printed`, 'unsupported-markdown');
      return [];
  }
}

function nested(container: Container, context: BuildContext, node: RootContent, what: string, why: string): void {
  if (container === 'top') return;
  context.error(context.place(node), `${what} stands inside ${containerWords[container]}: ${why}`, 'nested-block');
}

function paragraph(node: MdParagraph, settings: BlockSettings, context: BuildContext, container: Container): Block[] {
  const directive = readDirective(node, context);
  if (directive === undefined) return [];
  if (directive !== null) {
    if (container === 'top') return [directive];
    nested(container, context, node, `Directive ::${directive.name}`, 'it would not be printed where the document expects it; write it at the start of a line on its own');
    if (context.directives.get(directive.name) === directive.place) context.directives.delete(directive.name);
    return [];
  }
  const lost = reportLostItemTable(node, context, container);
  if (!lost) reportTableAsLazyLines(node, context, container);
  if (container === 'top' && !lost && !reportRowsAsText(node, settings.components, context)) reportHeadingLike(node, context);
  const content = toInlines(node.children, context);
  return content.length === 0 ? [] : [{ kind: 'paragraph', content }];
}

function table(node: MdTable, settings: BlockSettings, context: BuildContext, container: Container): Block[] {
  reportGluedRows(node, context);
  reportDirectiveInCells(node, context);
  if (isClTable(node)) {
    const item = readClItem(node, settings, context);
    if (item && container !== 'top') {
      nested(container, context, node, `Item ${item.id}`, 'it could not be answered and is missing from the matrix and the summary; move the table out');
      return [];
    }
    return item ? [item] : [];
  }
  reportIdLikeTable(node, context);
  reportHeaderOnly(node, context);
  reportExtraCells(node, context);
  reportShortRows(node, context);
  const [head, ...body] = node.children;
  const header: Inline[][] = (head?.children ?? []).map((cell) => toInlines(cell.children, context));
  const settingColumn = settingColumnOf(header);
  if (settingColumn < 0) reportSettingColumnLike(node, header, context);
  else reportSecondSettingColumn(node, header, settingColumn, context);
  if (settingColumn >= 0 && container !== 'top') {
    nested(container, context, node, 'A table with a "Customer setting" column', 'the deployment\'s settings cannot fill it; move the table out');
    return [];
  }
  const rows: TableRow[] = body.map((row) => {
    const cells = row.children.map((cell) => toInlines(cell.children, context));
    return {
      cells,
      label: settingColumn >= 0 ? rowLabel(cells, settingColumn) : null,
      place: context.place(row),
    };
  });
  if (settingColumn >= 0) reportMasterSettings(node, settingColumn, (index) => rows[index]?.label ?? null, context);
  const result: Table = {
    kind: 'table',
    align: node.align ?? [],
    header,
    rows,
    fillable: settingColumn >= 0 ? { column: settingColumn } : null,
    place: context.place(node),
  };
  return [result];
}

/**
 * A fillable row's label: its first cell that is not only a row number (`3`, `3.`, `3.2`, `11a`: a
 * row put in between); where every cell reads as one, the cell after the first (`| 5 | 802.1X |`:
 * a setting named like a number, which was no label at all, so no deployment could fill it).
 */
function rowLabel(cells: Inline[][], settingColumn: number): string | null {
  const texts = cells.flatMap((cell, index) => {
    const text = index === settingColumn ? '' : inlineText(cell).replace(/\s+/g, ' ').trim();
    return text === '' ? [] : [text];
  });
  return texts.find((text) => !/^\d+(?:\.\d+)*[a-z]?\.?$/i.test(text)) ?? texts[1] ?? null;
}
