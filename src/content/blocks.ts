/** Turns mdast block content (other than headings) into the model's blocks. */
import type { BlockContent, DefinitionContent, Paragraph as MdParagraph, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, DirectiveName, Inline, Table, TableRow } from '../model/checklist.js';
import { isClTable, readClItem } from './cl-item.js';
import type { BuildContext } from './context.js';
import { inlineText, toInlines, warnRawHtml } from './inline.js';

export const directiveNames: readonly DirectiveName[] = ['deployment-overview', 'signatures', 'responsibility-matrix', 'open-items'];
const directiveLine = /^::([A-Za-z][\w-]*)(?:\[[^\]]*\])?(?:\{[^}]*\})?\s*$/;

export interface BlockSettings {
  levels: readonly string[];
  components: readonly string[];
}

/** One mdast node to zero or more blocks; headings are handled by the section builder. */
export function toBlocks(node: RootContent, settings: BlockSettings, context: BuildContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, context);
    case 'list':
      return [
        {
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          items: node.children.map((item) => ({
            checked: item.checked ?? null,
            children: item.children.flatMap((child) => toBlocks(child, settings, context)),
          })),
        },
      ];
    case 'code':
      return [{ kind: 'code', lang: node.lang ?? null, value: node.value }];
    case 'blockquote':
      return [{ kind: 'blockquote', children: node.children.flatMap((child: BlockContent | DefinitionContent) => toBlocks(child, settings, context)) }];
    case 'thematicBreak':
      return [{ kind: 'thematic-break' }];
    case 'table':
      return table(node, settings, context);
    case 'html':
      warnRawHtml(node, context);
      return [];
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return [];
  }
}

function paragraph(node: MdParagraph, context: BuildContext): Block[] {
  const text = toString(node);
  const firstLine = text.split('\n')[0] ?? '';
  const match = directiveLine.exec(firstLine.trim());
  if (match && node.children.length === 1 && node.children[0]?.type === 'text') {
    const name = match[1] ?? '';
    const place = context.place(node);
    if (text.trim().includes('\n')) {
      context.error(place, `Directive ::${name} must stand alone on its line, with a blank line before and after`, 'directive-alone');
      return [];
    }
    if (!(directiveNames as readonly string[]).includes(name)) {
      context.error(place, `Unknown directive ::${name}: use one of ${directiveNames.map((known) => `::${known}`).join(', ')}`, 'unknown-directive');
      return [];
    }
    return [{ kind: 'directive', name: name as DirectiveName, place }];
  }
  const content = toInlines(node.children, context);
  return content.length === 0 ? [] : [{ kind: 'paragraph', content }];
}

function table(node: MdTable, settings: BlockSettings, context: BuildContext): Block[] {
  if (isClTable(node)) {
    const item = readClItem(node, settings.levels, settings.components, context);
    return item ? [item] : [];
  }
  const [head, ...body] = node.children;
  const header: Inline[][] = (head?.children ?? []).map((cell) => toInlines(cell.children, context));
  const settingColumn = header.findIndex((cell) => inlineText(cell).trim().toLowerCase() === 'customer setting');
  const rows: TableRow[] = body.map((row) => {
    const cells = row.children.map((cell) => toInlines(cell.children, context));
    return {
      cells,
      label: settingColumn >= 0 ? rowLabel(cells, settingColumn) : null,
      place: context.place(row),
    };
  });
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

/** A fillable row's label: its first cell that is not only a number (`3`, `3.`, `3.2`). */
function rowLabel(cells: Inline[][], settingColumn: number): string | null {
  for (const [index, cell] of cells.entries()) {
    if (index === settingColumn) continue;
    const text = inlineText(cell).replace(/\s+/g, ' ').trim();
    if (text !== '' && !/^\d+(?:\.\d+)*\.?$/.test(text)) return text;
  }
  return null;
}
