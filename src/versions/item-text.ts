/**
 * The text of a master's parts as plain strings, so two versions can be compared: each item's
 * rows keyed by label, each chapter's prose as one line per block.
 */
import type { Block, CellBlock, Checklist, ClItem, Inline, Table, TableRow } from '../model/checklist.js';
import { inlineText } from '../model/inline-text.js';

/** One comparable row of an item: its label as written and its text. */
export interface RowText {
  /** Matching key: the label, lower-cased, spaces collapsed. */
  key: string;
  label: string;
  text: string;
  /** The text as compared: links without their section numbers (see `plain`). */
  same: string;
}

/** Each footnote's text by its number: as shown, and as compared. */
export type Notes = ReadonlyMap<number, { text: string; same: string }>;

/**
 * A footnote's text stands where it is referenced (`leave [^Within one week.]`): a footnote
 * changed, added or removed is then a change of the row or paragraph that shows it, and a
 * footnote renumbered (one added before it) is none.
 */
export function footnoteTexts(checklist: Checklist): Notes {
  const noNotes: Notes = new Map();
  const text = (blocks: readonly Block[], same: boolean) => blocks.flatMap((block) => linesOf(block, noNotes, same)).join(' ');
  return new Map(checklist.footnotes.map((note) => [note.number, { text: text(note.children, false), same: text(note.children, true) }]));
}

/**
 * Inline content as plain text, each footnote's text where it is referenced. As compared
 * (`same`), a link inside the document is its text without a leading section number, and its
 * target: chapters swapped turn "6.5 VPN connection" into "5.5 VPN connection", which changes
 * nothing a reader must act on, while a link to another target is a change.
 */
export function plain(nodes: readonly Inline[], notes: Notes, same = false): string {
  return nodes
    .map((node) => {
      if (node.kind === 'footnote-ref') {
        // Shown as a reader sees it (its text in brackets), never as `[^…]` source.
        const note = notes.get(node.number);
        return same ? ` [^${note?.same ?? node.number}]` : ` [${note?.text ?? node.number}]`;
      }
      if (node.kind === 'xref' && same) return `${plain(node.children, notes, same).replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')} (#${node.anchor})`;
      return 'children' in node ? plain(node.children, notes, same) : inlineText([node]);
    })
    .join('');
}

export function cellText(blocks: readonly CellBlock[], notes: Notes = new Map(), same = false): string {
  return blocks
    .flatMap((block) => (block.kind === 'line' ? [plain(block.content, notes, same)] : block.items.map((entry) => `${'  '.repeat(entry.depth)}- ${plain(entry.content, notes, same)}`)))
    .join('\n');
}

function optionsText(options: readonly string[], fields: readonly string[]): string {
  return [options.join(' / '), ...fields.map((field) => `${field}: ___`)].filter(Boolean).join(' ');
}

/**
 * The rows whose change means an answer needs review, in written order: title, the rows before
 * Executed (Level excluded; Target as "level: value; …"), Executed, component rows, the prompt.
 * `lineage`: IDs the title's scope is compared without (the item's own and those it replaces).
 */
export function itemRows(item: ClItem, notes: Notes = new Map(), lineage: ReadonlySet<string> = new Set()): RowText[] {
  const both = (text: (same: boolean) => string) => ({ text: text(false), same: text(true) });
  const scope = (same: boolean) => (same ? withoutIds(item.scope, lineage) : item.scope);
  const title = (same: boolean) => [plain(item.title, notes, same), scope(same) && `(${scope(same)})`].filter(Boolean).join(' ');
  const rows: RowText[] = [{ key: 'title', label: 'Title', ...both(title) }];
  for (const row of item.rows) {
    if (row.kind === 'level') continue;
    const text = (same: boolean) => (row.kind === 'target' ? row.values.map((entry) => `${entry.level}: ${entry.value}`).join('; ') : cellText(row.content, notes, same));
    rows.push({ key: keyOf(row.label), label: row.label, ...both(text) });
  }
  const options = (answers: { options: readonly string[]; fields: readonly string[] }) => both(() => optionsText(answers.options, answers.fields));
  if (item.executed) rows.push({ key: 'executed', label: 'Executed', ...options(item.executed) });
  for (const row of item.components) {
    if (row.kind === 'group') rows.push({ key: `group ${keyOf(row.label)}`, label: row.label, text: '(group)', same: '(group)' });
    else rows.push({ key: `component ${keyOf(row.label)}`, label: row.label, ...options(row.answers) });
  }
  const prompt = both((same) => plain(item.commentPrompt, notes, same));
  if (prompt.text !== '') rows.push({ key: 'comments', label: item.commentLabel, ...prompt });
  return unique(rows);
}

/**
 * The scope as compared: without the IDs of the item's lineage. `| CL-1 CL-SrvPwd Server PCs |`
 * becoming `| CL-SrvPwd Server PCs |` with `| Replaces | CL-1 |` (as `second-id` advises) moves
 * an ID, and changes no text a customer answered.
 */
function withoutIds(scope: string, lineage: ReadonlySet<string>): string {
  return scope
    .split(/\s+/)
    .filter((word) => word !== '' && !lineage.has(word))
    .join(' ');
}

function keyOf(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A label written twice keeps both rows apart: `measures`, `measures#2`. */
function unique(rows: RowText[]): RowText[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const count = (seen.get(row.key) ?? 0) + 1;
    seen.set(row.key, count);
    return count === 1 ? row : { ...row, key: `${row.key}#${count}` };
  });
}

/** A chapter's prose: its title, and one line per block that is not an item or a heading, in order. */
export interface ChapterProse {
  title: string;
  lines: ProseLine[];
}

/** A line as shown, and as compared (links without their section numbers). */
export interface ProseLine {
  text: string;
  same: string;
}

export function chapterProse(checklist: Checklist): ChapterProse[] {
  const notes = footnoteTexts(checklist);
  const blockLines = (block: Block): ProseLine[] => {
    const [shown, same] = [linesOf(block, notes, false), linesOf(block, notes, true)];
    return shown.map((text, index) => ({ text, same: same[index] ?? text }));
  };
  const chapters: ChapterProse[] = [];
  let current: ChapterProse | null = null;
  for (const block of checklist.body) {
    if (block.kind === 'section') {
      current = { title: block.titleText, lines: [] };
      chapters.push(current);
      current.lines.push(...block.children.flatMap(blockLines));
    } else {
      if (!current) {
        current = { title: '', lines: [] };
        chapters.push(current);
      }
      current.lines.push(...blockLines(block));
    }
  }
  return chapters;
}

function linesOf(block: Block, notes: Notes, same = false): string[] {
  const blockLines = (child: Block) => linesOf(child, notes, same);
  switch (block.kind) {
    case 'section':
      // A heading is not prose: diff's Sections part names it renamed, added or removed.
      return block.children.flatMap(blockLines);
    case 'paragraph':
      return [plain(block.content, notes, same)];
    case 'list':
      return block.items.map((entry, index) => `${block.ordered ? `${block.start + index}.` : '-'} ${entry.children.flatMap(blockLines).join(' ')}`);
    case 'code':
      return [block.value];
    case 'blockquote':
      return block.children.flatMap(blockLines).map((line) => `> ${line}`);
    case 'table':
      return tableLines(block, notes, same);
    case 'directive':
      return [`::${block.name}`];
    case 'item':
    case 'thematic-break':
      return [];
  }
}

/**
 * A table as lines of prose: its columns, then each row as its cells under their headers
 * (`Port: 25; Service: SMTP`), never as Markdown source. A fillable table's row is named by its
 * label, as `settings` names it: `Minimal length: Default value: 8`.
 */
function tableLines(table: Table, notes: Notes, same: boolean): string[] {
  const columns = table.header.map((cell) => cellLine(cell, notes, same)).filter(Boolean);
  return [`Columns: ${columns.join('; ')}`, ...table.rows.map((row) => rowLine(table, row, notes, same))];
}

function rowLine(table: Table, row: TableRow, notes: Notes, same: boolean): string {
  const setting = tableRowCells(table, row, notes, same);
  if (setting) return `${setting.label}: ${setting.cells}`;
  return row.cells
    .flatMap((cell, index) => {
      const text = cellLine(cell, notes, same);
      const header = cellLine(table.header[index] ?? [], notes, same);
      return text === '' ? [] : [header === '' ? text : `${header}: ${text}`];
    })
    .join('; ');
}

/**
 * A fillable table's row by its label, with the cells after the label under their headers
 * ("Default value: 8"); the number cells before the label and the customer's column are left
 * out, so rows renumbered when one is inserted change nothing. Null for a row of another table.
 */
export function tableRowCells(table: Table, row: TableRow, notes: Notes, same: boolean): { label: string; cells: string } | null {
  if (!table.fillable || row.label === null) return null;
  const column = table.fillable.column;
  const at = row.cells.findIndex((cell, index) => index !== column && inlineText(cell).replace(/\s+/g, ' ').trim() === row.label);
  const cells = row.cells
    .flatMap((cell, index) => (index <= at || index === column ? [] : [`${cellLine(table.header[index] ?? [], notes, same)}: ${cellLine(cell, notes, same)}`]))
    .join('; ');
  return { label: row.label, cells };
}

/**
 * A cell on one line: line breaks and runs of spaces as one space. Only those: a no-break space
 * (which `\s` would take too) is a change of the printed cell, and diff names it (look-alike.ts).
 */
function cellLine(cell: readonly Inline[], notes: Notes, same: boolean): string {
  return plain(cell, notes, same).replace(/[ \t\r\n]+/g, ' ').trim();
}
