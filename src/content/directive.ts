/**
 * Leaf directives: `::name` alone on its line, read from the Markdown as written (so that
 * `\::signatures` stays text). Attributes are not supported, and the overview and signature
 * block may appear once only.
 */
import type { Paragraph as MdParagraph, Table as MdTable } from 'mdast';
import type { Directive, DirectiveName, SourcePlace } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { didYouMean, nearest } from './near-miss.js';

export const directiveNames: readonly DirectiveName[] = ['deployment-overview', 'signatures', 'responsibility-matrix', 'open-items'];
/** Printing these twice would be wrong (two signature blocks); the others merely repeat. */
const onceOnly: readonly DirectiveName[] = ['deployment-overview', 'signatures'];
const directiveLine = /^::([A-Za-z][\w-]*)(\[[^\]\n]*\])?(\{[^}\n]*\})?[ \t]*$/;

/**
 * The directive a paragraph is, or null when it is prose. `undefined`: it was meant as a
 * directive but cannot be one (reported; nothing is printed for it).
 */
export function readDirective(node: MdParagraph, context: BuildContext): Directive | null | undefined {
  const written = context.source(node).trim();
  const [firstLine = '', ...more] = written.split('\n');
  const match = directiveLine.exec(firstLine.trim());
  if (!match) {
    reportDirectiveLike(written, node, context);
    return null;
  }
  const name = match[1] ?? '';
  const place = context.place(node);
  if (more.length > 0) {
    context.error(place, `Directive ::${name} must stand alone on its line, with a blank line before and after`, 'directive-alone');
    return undefined;
  }
  if (!(directiveNames as readonly string[]).includes(name)) {
    const meant = nearest(name, directiveNames);
    context.error(place, `Unknown directive ::${name}: use one of ${directiveNames.map((known) => `::${known}`).join(', ')}${didYouMean(meant === undefined ? undefined : `::${meant}`)}`, 'unknown-directive');
    return undefined;
  }
  if (match[2] !== undefined || match[3] !== undefined) {
    context.error(place, `Directive ::${name} takes no attributes: write it as ::${name} alone`, 'directive-attributes');
    return undefined;
  }
  const first = context.directives.get(name);
  if (first) {
    const where = `${first.file}:${first.line}:${first.column}`;
    if (onceOnly.includes(name as DirectiveName)) {
      context.error(place, `::${name} appears a second time (first at ${where}): it may appear once; remove this one`, 'repeated-directive');
      return undefined;
    }
    context.warning(place, `::${name} appears a second time (first at ${where}): it is printed twice`, 'repeated-directive');
  } else {
    context.directives.set(name, place);
  }
  return { kind: 'directive', name: name as DirectiveName, place };
}

/** A line that starts with colons and a word, as a directive does, with what may follow it in brackets. */
const looseLine = /^:{1,3}\s*([A-Za-z][\w\s\u2010\u2011\u2013-]*?)(?:\s*(?:\[[^\]]*\]|\{[^}]*\}|\([^)]*\)))*[\s:.]*$/;

/** Colons of other scripts and forms that look like `:` (full-width, ratio, small, modifier letter). */
const colonLike = /[\uFF1A\u2236\uFE55\uFE13\uA789]/g;

/** The name a loosely written directive means: `Responsibility matrix`, `open_items` as `responsibility-matrix`, `open-items`. */
const looseName = (written = '') => written.toLowerCase().trim().replace(/[\s\u2010\u2011\u2013_]+/g, '-');

/** The line as a directive-like line is matched: emphasis around it dropped, colons that look like `:` as colons. */
const looseForm = (line: string) => line.trim().replace(/^[*_]+|[*_]+$/g, '').replace(colonLike, ':').trim();

/** A directive's name written after text on its line (`The overview follows. ::deployment-overview`). */
const inLine = /(?<=\S\s+)::([a-z][\w-]*)/g;

/**
 * A line meant as a directive that is not one (`:: signatures`, `:::open-items`,
 * `::responsibility matrix`, `::deployment‑overview` with a no-break hyphen, `::signatures:`,
 * `::open-items [see below]`, `**::open-items**`, full-width colons, or a directive in a
 * paragraph's second line): printed as text, and the part it names is not where
 * it was written. `\::name` stays text, as documented.
 */
function reportDirectiveLike(written: string, node: MdParagraph, context: BuildContext): void {
  for (const [index, line] of written.split('\n').entries()) {
    const loose = looseLine.exec(looseForm(line));
    if (!loose) {
      reportDirectiveInText(line, index, node, context);
      continue;
    }
    const name = looseName(loose[1]);
    const place = context.place(node);
    if (!(directiveNames as readonly string[]).includes(name)) {
      reportTextAfterDirective(looseForm(line), { ...place, line: place.line + index, column: index === 0 ? place.column : 1 }, context);
      continue;
    }
    if (index === 0 && line.trim() === `::${name}`) continue;
    context.error({ ...place, line: place.line + index, column: index === 0 ? place.column : 1 }, `"${line.trim().slice(0, 40)}" looks like the directive ::${name} but is not one, so it would be printed as text: write "::${name}" alone on its line, with a blank line before and after`, 'directive-like');
  }
}

/** A directive's name at a line's start with words after it (`::deployment-overview here`). */
const textAfter = /^:{1,3}\s*([a-z][\w-]*)\s+(\S.*)$/i;

/**
 * `::deployment-overview here`, `::signatures (both parties)`: the words after the name make the
 * line a paragraph, printed as written, and the part it names goes where it would go unwritten.
 */
function reportTextAfterDirective(line: string, place: SourcePlace, context: BuildContext): void {
  const match = textAfter.exec(line);
  const name = match?.[1]?.toLowerCase() ?? '';
  if (!match || !(directiveNames as readonly string[]).includes(name)) return;
  context.error(place, `"${line.slice(0, 40)}" has text after the directive ::${name}, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::${name}" alone on its line, and "${(match[2] ?? '').slice(0, 30)}" in a paragraph of its own`, 'directive-like');
}

/**
 * `The overview follows. ::deployment-overview`: a directive after text on its line is text, and
 * the part it names goes where it would go unwritten (the overview first, the signatures last).
 * In code, or escaped (`\::signatures`: no space before the colons), it is text on purpose.
 */
function reportDirectiveInText(line: string, index: number, node: MdParagraph, context: BuildContext): void {
  const prose = line.replace(/`+[^`]*`+/g, (code) => ' '.repeat(code.length));
  for (const match of prose.matchAll(inLine)) {
    const name = match[1] ?? '';
    if (!(directiveNames as readonly string[]).includes(name)) continue;
    const place = context.place(node);
    context.error(
      { ...place, line: place.line + index, column: (index === 0 ? place.column : 1) + match.index },
      `"::${name}" stands in a line of text, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::${name}" alone on its line, with a blank line before and after`,
      'directive-like',
    );
  }
}

/** A line of a table cell (between `<br>`s), a bullet's marker aside. */
const cellLines = (cell: string) => cell.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/<br\s*\/?>/i).map((line) => line.trim().replace(/^[-*•]\s+/, ''));

/**
 * `| Sign-off | ::signatures |`, `| Measures | - Check<br>- ::open-items |`: a directive, or a
 * line meant as one, in a table cell (an item's or a plain table's) is text there, and the part
 * it names is placed as if it were not written. Escaped (`\::signatures`) or in code it passes.
 */
export function reportDirectiveInCells(table: MdTable, context: BuildContext): void {
  for (const cell of table.children.flatMap((row) => row.children)) {
    for (const line of cellLines(context.source(cell))) {
      const loose = looseLine.exec(looseForm(line));
      const name = looseName(loose?.[1]);
      if (!loose || !(directiveNames as readonly string[]).includes(name)) continue;
      context.error(
        context.placeOf(line, 0, cell),
        `Directive ::${name} stands inside a table cell: it would be printed as text there, and the part it names placed as if it were not written; write "::${name}" alone on its line, outside the table, with a blank line before and after`,
        'nested-block',
      );
    }
  }
}
