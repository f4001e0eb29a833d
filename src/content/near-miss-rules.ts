/**
 * Near misses outside the items: a table headed like an item ID that is not one (`CL IPO-1`,
 * `Cl-X`, `CL_X`), and a heading that starts with a typed number (`## 2.1 Service users`).
 * Both would print something other than what the author meant, so both are errors (an ID run
 * into the word after it: glued-ids.ts). And text that was meant as an item
 * table or a heading but is not one: the item or the section would be missing from the document.
 */
import type { Code, Paragraph, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClItem } from '../model/checklist.js';
import { idPattern } from './cl-item.js';
import type { Container } from './blocks.js';
import type { BuildContext } from './context.js';
import { normalizeLabel } from '../model/labels.js';
import { directiveNames } from './directive.js';

/**
 * `CL`, in any case, then a space, `_`, a dot or a dash that is not `-` (Word's non-breaking
 * hyphen U+2011, the hyphen U+2010, the figure dash, the en and em dashes, the minus sign, the
 * small and full-width hyphen-minus: they look alike); or `cl-` in the wrong case.
 */
const idLike = /^c\s?l(?:\s*[-_\u2010-\u2015\u2212\uFE58\uFE63\uFF0D.:]\s*|\s+)(?=[A-Za-z0-9])/i;

/**
 * `CLSVC2`: `CL` and the rest of an ID with no hyphen between, told from a word (`CLIENT`,
 * `CLI`) by the digit an ID has.
 */
const hyphenLost = /^CL(?=[A-Z0-9]*\d)(?=[A-Z0-9][A-Za-z0-9._:/-]*(?:\s|$))/;

/** Letters that look like Latin `C` in other scripts (Cyrillic С and с, Greek Ϲ and ϲ). */
const lookalikeC = /^[\u0421\u0441\u03F9\u03F2]/;

export function reportIdLikeTable(table: Table, context: BuildContext): void {
  const cell = table.children[0]?.children[0];
  if (!cell) return;
  const second = table.children[0]?.children[1];
  if (second && toString(second).trim().startsWith('CL-')) {
    const id = toString(second).trim().split(/\s+/)[0] ?? '';
    context.error(context.place(second.children[0] ?? second), `The item ID ${id} is in the second header cell, so the table is not an item: put the ID (and its scope) in the first cell and the title in the second`, 'malformed-id');
    return;
  }
  // A bullet, a dash, a bracket or a # typed before the ID (`• CL-VPN4`, `[CL-VPN4]`, `#CL-VPN4`),
  // a C of another script (`СL-VPN4`).
  const written = toString(cell).trim();
  const text = written.replace(/^[•·*\-–—>[(#]+\s*/, '').replace(lookalikeC, 'C');
  const match = idLike.exec(text) ?? hyphenLost.exec(text);
  if (!match || written.startsWith('CL-')) return;
  const meant = `CL-${(text.slice(match[0].length).split(/\s+/)[0] ?? '').replace(/[\])]+$/, '')}`;
  context.error(
    context.place(cell.children[0] ?? cell),
    `Table header "${written.slice(0, 40)}" looks like an item ID but is not one${lookalikeC.test(written) ? ' (its first letter is a Cyrillic or Greek letter that looks like C)' : ''}, so the table is not an item: did you mean "${meant}"?`,
    'malformed-id',
  );
}

/**
 * `| CL-1 CL-SrvPwd Server PCs |`: a vendor's running number before the item's own ID. The first
 * is the ID, the second only scope text, so the ID deployments and links use reaches nothing.
 */
export function reportSecondIds(items: readonly ClItem[], context: BuildContext): void {
  for (const item of items) {
    const second = idPattern.exec(item.scope)?.[1];
    if (second === undefined) continue;
    context.warning(
      item.place,
      `The header of ${item.id} names a second ID, ${second}, in its scope: the item is ${item.id}, so an answer or a link to ${second} reaches no item; keep the one ID deployments use (an earlier one goes in a Replaces row)`,
      'second-id',
    );
  }
}

/**
 * A heading's typed number: `2.1 `, `2. `, `2) `, or a plain `2 ` that is the automatic number
 * itself. "3 ways to …" elsewhere stays a title.
 */
export function typedNumber(titleText: string, automatic: string): string | null {
  const match = /^(\d+(?:\.\d+)*)(\.|\))?\s+\S/.exec(titleText);
  if (!match) return null;
  const number = match[1] ?? '';
  const dotted = number.includes('.') || match[2] !== undefined;
  return dotted || number === automatic ? `${number}${match[2] ?? ''}` : null;
}

/** A fenced code block shows its text on purpose (an example of the syntax); an indented one may be a slip. */
function isFenced(node: Code, context: BuildContext): boolean {
  return /^\s*(```|~~~)/.test(context.source(node));
}

/** A line as an item table's header starts (`| CL-…`, with the near misses of `CL-`). */
const itemTableLine = /^\s*\|?\s*c\s?l(?:\s*[-_–—.:]\s*|\s+)[A-Za-z0-9][^\n]*\|/i;

/** What a paragraph stands in, in the words of a message: the block whose text lazy lines join. */
const containerNames: Record<Exclude<Container, 'top'>, string> = { list: 'list item', quote: 'quotation', footnote: 'footnote' };

/**
 * A paragraph or a code block that holds an item table's lines: a table without its delimiter
 * row (`| --- | --- |`), indented four spaces or a tab (a code block), or right under a list
 * item or a quotation with no blank line between, whose text its lines then continue. The item
 * would be missing from the document, the matrix and the summary.
 */
export function reportLostItemTable(node: Paragraph | Code, context: BuildContext, container: Container = 'top'): boolean {
  if (node.type === 'code' && isFenced(node, context)) return false;
  const lines = (node.type === 'code' ? node.value : toString(node)).split('\n');
  const at = node.type === 'code' ? (itemTableLine.test(lines[0] ?? '') ? 0 : -1) : lines.findIndex((line) => itemTableLine.test(line));
  if (at < 0) return false;
  const why =
    node.type === 'code'
      ? 'it is indented (four spaces or a tab), so Markdown reads it as a code block: start its lines at the margin'
      : at > 0 && container !== 'top'
        ? `they follow the ${containerNames[container]} above them with no blank line between, so Markdown reads them as its text: leave a blank line before the table`
        : 'Markdown does not read it as a table: give it a delimiter row (`| --- | --- |`) after the header row, with as many cells';
  const start = context.place(node);
  context.error(at === 0 ? start : { ...start, line: start.line + at, column: 1 }, `These lines look like an item table but are not a table, so the item would be missing from the document: ${why}`, 'not-a-table');
  return true;
}

/**
 * A table right under a list item or a quotation, with no blank line between: its lines go on
 * with that block's text (Markdown's lazy lines), and print with their `|`s, not as a table.
 */
export function reportTableAsLazyLines(node: Paragraph, context: BuildContext, container: Container): void {
  if (container === 'top') return;
  const lines = context.source(node).split('\n');
  const at = lines.findIndex((line, index) => index > 0 && lines.slice(index).every((row) => rowLine.test(row)));
  if (at < 0) return;
  const start = context.place(node);
  context.warning(
    { ...start, line: start.line + at, column: 1 },
    `These ${lines.length - at} lines follow the ${containerNames[container]} above them with no blank line between, so Markdown reads them as its text and prints them with their | characters, not as a table: leave a blank line before the table`,
    'not-a-table',
  );
}

/** An item's rows whose loss changes the item: where it applies, what it targets, what is ticked, what it replaces. */
const itemKeysCutOff = /^(level|target|executed|replaces)$/i;

/** A line written as a table row: between `|`s, two cells at least. */
const rowLine = /^\s*\|[^\n]*\|[^\n]*\|\s*$/;

/**
 * Lines all written as table rows that Markdown does not read as a table: rows cut off from
 * their table by a line between (`<!-- | References | … | -->` ends a table), or a table without
 * its delimiter row. They print as text with their `|`s, and what they said is lost.
 */
export function reportRowsAsText(node: Paragraph, servers: readonly string[], context: BuildContext): boolean {
  const lines = context.source(node).split('\n');
  if (!lines.every((line) => rowLine.test(line))) return false;
  // An item's own rows (`| Level | maximum |`, a server's row, after a blank line): the item loses them.
  const serverNames = new Set(servers.map(normalizeLabel));
  const keys = lines
    .map((line) => /^\s*\|\s*([^|]*?)\s*:?\s*\|/.exec(line)?.[1] ?? '')
    .filter((key) => itemKeysCutOff.test(key) || serverNames.has(normalizeLabel(key)));
  if (keys.length > 0) {
    const level = keys.some((key) => /^level$/i.test(key)) ? ', and without its Level row it applies at every level' : '';
    context.error(
      context.place(node),
      lines.length === 1
        ? `This line is a row of an item (${keys.join(', ')}) cut off from its table by the line above it, so it prints as text and the item loses it${level}: remove the blank line (or the line) between`
        : `These ${lines.length} lines are rows of an item (${keys.join(', ')}) cut off from its table by the line above them, so they print as text and the item loses them${level}: remove the blank line (or the line) between`,
      'not-a-table',
    );
    return true;
  }
  context.warning(
    context.place(node),
    `${lines.length === 1 ? 'This line is written as a table row but is not part of a table, so it prints' : `These ${lines.length} lines are written as table rows but are not part of a table, so they print`} as text, | characters and all: a table needs its header and delimiter row (\`| --- | --- |\`) right above, and any other line (an HTML comment too) ends it; comment out a row inside its cells, or delete it`,
    'not-a-table',
  );
  return true;
}

/**
 * `##Title` or `##` and a no-break space: Markdown's heading needs a plain space after the `#`s.
 * `#1` or `#42` is a number (an issue, a rank), not a heading.
 */
const headingLike = /^(#{1,6})(?:\u00a0|\u2007|\u202f)?(?=[^\s#\d])/;

/**
 * A heading or a directive indented four spaces or a tab: Markdown reads it as a code block, so
 * the section, or the part the directive places, is missing and the line prints as code.
 */
export function reportIndentedStart(node: Code, context: BuildContext): void {
  if (isFenced(node, context)) return;
  const first = node.value.split('\n')[0] ?? '';
  if (/^#{1,6}\s+\S/.test(first)) {
    context.warning(context.place(node), `"${first.slice(0, 60)}" is indented (four spaces or a tab), so Markdown reads it as a code block and its section would be missing: start the line at the margin`, 'heading-like');
    return;
  }
  const name = /^::([A-Za-z][\w-]*)\s*$/.exec(first)?.[1];
  if (name !== undefined && (directiveNames as readonly string[]).includes(name)) {
    context.error(context.place(node), `"::${name}" is indented (four spaces or a tab), so Markdown reads it as a code block and prints it as text, and the part it places is missing: start the line at the margin`, 'directive-like');
    return;
  }
  // A list or sentences indented after a blank line: printed as code, the list's bullets and all.
  const lines = node.value.split('\n').filter((line) => line.trim() !== '');
  const listLike = lines.every((line) => listLine.test(line));
  // A link to a section (`see [](#backup)`) is prose too, though its `#` is no command's.
  const proseLike = lines.every((line) => proseLine.test(line.replace(sectionLink, 'link'))) && (/[.!?:]$/.test(lines.at(-1)?.trim() ?? '') || sentenceGoesOn(node, context));
  if (listLike || proseLike) {
    context.warning(
      context.place(node),
      `"${first.slice(0, 40)}" is indented (four spaces or a tab) after a blank line, so Markdown reads it as a code block and prints it as code, not as ${listLike ? 'a list' : 'a paragraph'}: start the lines at the margin (a list item's own paragraph goes as far in as the item's text)`,
      'indented-text',
    );
  }
}

/**
 * A hard-wrapped paragraph whose first line alone was indented: the code block ends mid-sentence
 * and the sentence goes on, in lower case, on the line right under it, at the margin.
 */
function sentenceGoesOn(node: Code, context: BuildContext): boolean {
  const end = node.position?.end.line;
  if (end === undefined) return false;
  const next = context.sourceLine({ file: context.fileOf(node), line: end + 1, column: 1 });
  return /^\p{Ll}/u.test(next);
}

/** A Markdown link to an anchor, `[](#CL-SF:SWstatus)` or `[the rules](#policies)`. */
const sectionLink = /\[[^\]\n]*\]\(#[^)\s]*\)/g;

/** A list item's line: a bullet or a number, then a word. */
const listLine = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\p{L}/u;
/** A line of prose: words and spaces, four words at least, nothing a command or code would have. */
const proseLine = /^(?=(?:\S+\s+){3,}\S)[^{}<>;=$|\\`#]*$/u;

/** A paragraph that starts as a heading without its space, or with seven `#`: the section would be missing. */
export function reportHeadingLike(node: Paragraph, context: BuildContext): boolean {
  const text = toString(node);
  const first = text.split('\n')[0] ?? '';
  const tooDeep = /^#{7,}\s/.test(first);
  const match = headingLike.exec(first);
  const fullWidth = /^(\uFF03{1,6})\s*(\S.*)$/.exec(first);
  if (fullWidth) {
    // `＃＃ Title`, typed with an East Asian input method: the full-width ＃ is no heading mark.
    const hashes = '#'.repeat(fullWidth[1]!.length);
    context.warning(context.place(node), `"${first.slice(0, 60)}" starts with full-width ＃, which Markdown does not read as a heading, so its section would be missing: write "${hashes} ${fullWidth[2]!.slice(0, 40)}"`, 'heading-like');
    return true;
  }
  if (!tooDeep && !match) return reportBoldHeading(node, context);
  const title = first.replace(/^#+[\s\u00a0\u2007\u202f]*/, '');
  const reason = tooDeep
    ? `"${first.slice(0, 60)}" has more than six #, so it is a paragraph, not a heading: write at most six (###### ${title.slice(0, 40)})`
    : `"${first.slice(0, 60)}" looks like a heading but is a paragraph, so its section would be missing: write a ${/^#+[\u00a0\u2007\u202f]/.test(first) ? 'plain space (not a no-break space)' : 'space'} after the #, "${match![1]} ${title.slice(0, 40)}"`;
  context.warning(context.place(node), reason, 'heading-like');
  return true;
}

/**
 * `**3.1 Password rules**`: a heading a Word document formatted by hand (bold, a typed number)
 * converts to a bold paragraph: no section, so not numbered, in no contents and no link target.
 */
function reportBoldHeading(node: Paragraph, context: BuildContext): boolean {
  const [only, ...more] = node.children;
  const text = toString(node).trim();
  const numbered = /^(\d+(?:\.\d+)*)\.?\s+(\p{Lu}.{0,80})$/u.exec(text);
  if (more.length > 0 || only?.type !== 'strong' || !numbered || text.includes('\n')) return false;
  context.warning(
    context.place(node),
    `"${text.slice(0, 60)}" is bold text with a section number, not a heading: it is not numbered as a section, nor listed in the contents, nor a link target: write it as a heading (## ${numbered[2]!.slice(0, 40)}; numbers are automatic)`,
    'heading-like',
  );
  return true;
}

/**
 * A line right after a table, without a blank line between, is the table's next row in GFM even
 * without a `|`: a paragraph meant to follow an item would be printed inside it as a row.
 */
export function reportGluedRows(table: Table, context: BuildContext): void {
  for (const row of table.children.slice(1)) {
    if (context.source(row).includes('|')) continue;
    context.error(context.place(row), 'This line has no | but continues the table above it (Markdown takes a line right after a table as its next row): leave a blank line before it', 'table-continued');
  }
}

/**
 * The `Customer setting` column is the customer's: text the master writes there prints as the
 * setting of every customer whose deployment gives none (the annex lists it as agreed), and a
 * form or a DOCX shows it as theirs. Such a cell is an example or a default in the wrong column.
 */
export function reportMasterSettings(table: Table, settingColumn: number, labelOf: (row: number) => string | null, context: BuildContext): void {
  table.children.slice(1).forEach((row, index) => {
    const cell = row.children[settingColumn];
    if (cell === undefined || toString(cell).trim() === '') return;
    const label = labelOf(index);
    const what = label === null ? 'A "Customer setting" cell' : `The "Customer setting" cell of "${label}"`;
    context.warning(context.place(cell.children[0] ?? cell), `${what} holds "${toString(cell).trim()}", which prints as the setting of every customer whose deployment gives none: leave it empty, and write an example or a default in a column of its own (such as "Default")`, 'setting-in-master');
  });
}
