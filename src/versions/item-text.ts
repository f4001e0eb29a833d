/**
 * The text of a master's parts as plain strings, so two versions can be compared: each item's
 * rows keyed by label, each chapter's prose as one line per block.
 */
import type { Block, CellBlock, Checklist, ClItem, Inline } from '../model/checklist.js';
import { inlineText } from '../model/inline-text.js';

/** One comparable row of an item: its label as written and its text. */
export interface RowText {
  /** Matching key: the label, lower-cased, spaces collapsed. */
  key: string;
  label: string;
  text: string;
}

/** Each footnote's text by its number. */
export type Notes = ReadonlyMap<number, string>;

/**
 * A footnote's text stands where it is referenced (`leave [^Within one week.]`): a footnote
 * changed, added or removed is then a change of the row or paragraph that shows it, and a
 * footnote renumbered (one added before it) is none.
 */
export function footnoteTexts(checklist: Checklist): Notes {
  const noNotes: Notes = new Map();
  return new Map(checklist.footnotes.map((note) => [note.number, note.children.flatMap((block) => linesOf(block, noNotes)).join(' ')]));
}

/** Inline content as plain text, each footnote's text where it is referenced. */
export function plain(nodes: readonly Inline[], notes: Notes): string {
  return nodes
    .map((node) => {
      if (node.kind === 'footnote-ref') return ` [^${notes.get(node.number) ?? node.number}]`;
      return 'children' in node ? plain(node.children, notes) : inlineText([node]);
    })
    .join('');
}

export function cellText(blocks: readonly CellBlock[], notes: Notes = new Map()): string {
  return blocks
    .flatMap((block) => (block.kind === 'line' ? [plain(block.content, notes)] : block.items.map((entry) => `- ${plain(entry, notes)}`)))
    .join('\n');
}

function optionsText(options: readonly string[], fields: readonly string[]): string {
  return [options.join(' / '), ...fields.map((field) => `${field}: ___`)].filter(Boolean).join(' ');
}

/**
 * The rows whose change means an answer needs review, in written order: title, the rows before
 * Executed (Level excluded; Target as "level: value; …"), Executed, component rows, the prompt.
 */
export function itemRows(item: ClItem, notes: Notes = new Map()): RowText[] {
  const title = plain(item.title, notes);
  const rows: RowText[] = [{ key: 'title', label: 'Title', text: [title, item.scope && `(${item.scope})`].filter(Boolean).join(' ') }];
  for (const row of item.rows) {
    if (row.kind === 'level') continue;
    const text = row.kind === 'target' ? row.values.map((entry) => `${entry.level}: ${entry.value}`).join('; ') : cellText(row.content, notes);
    rows.push({ key: keyOf(row.label), label: row.label, text });
  }
  if (item.executed) rows.push({ key: 'executed', label: 'Executed', text: optionsText(item.executed.options, item.executed.fields) });
  for (const row of item.components) {
    if (row.kind === 'group') rows.push({ key: `group ${keyOf(row.label)}`, label: row.label, text: '(group)' });
    else rows.push({ key: `component ${keyOf(row.label)}`, label: row.label, text: optionsText(row.answers.options, row.answers.fields) });
  }
  const prompt = plain(item.commentPrompt, notes);
  if (prompt !== '') rows.push({ key: 'comments', label: item.commentLabel, text: prompt });
  return unique(rows);
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

/** A chapter's prose: its title, and one line per block that is not an item, in order. */
export interface ChapterProse {
  title: string;
  lines: string[];
}

export function chapterProse(checklist: Checklist): ChapterProse[] {
  const notes = footnoteTexts(checklist);
  const blockLines = (block: Block) => linesOf(block, notes);
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

function linesOf(block: Block, notes: Notes): string[] {
  const blockLines = (child: Block) => linesOf(child, notes);
  switch (block.kind) {
    case 'section':
      return [`${'#'.repeat(block.depth)} ${block.titleText}`, ...block.children.flatMap(blockLines)];
    case 'paragraph':
      return [plain(block.content, notes)];
    case 'list':
      return block.items.map((entry, index) => `${block.ordered ? `${block.start + index}.` : '-'} ${entry.children.flatMap(blockLines).join(' ')}`);
    case 'code':
      return [block.value];
    case 'blockquote':
      return block.children.flatMap(blockLines).map((line) => `> ${line}`);
    case 'table':
      return [block.header, ...block.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => plain(cell, notes)).join(' | '));
    case 'directive':
      return [`::${block.name}`];
    case 'item':
    case 'thematic-break':
      return [];
  }
}
