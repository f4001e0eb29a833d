/**
 * Table columns sized from their content: each column at least as wide as its longest word
 * (Word breaks a word that does not fit its cell inside it: "Installatio/n", "maximu/m"), the
 * rest of the width shared as the table asks. IDs may wrap after a hyphen, as Word wraps them.
 */
import { boldSansWidth } from './sans-metrics.js';
import { CELL_PADDING, TEXT_WIDTH, columnWidths } from './theme.js';

/** Twips per thousandth of an em at 9 pt (the tables' size). */
const TWIPS_PER_UNIT = (9 * 20) / 1000;

/**
 * Twips a character takes in bold 9 pt Arial: its width in the font where it has one (Latin-1),
 * with 4 % to spare (Word and LibreOffice round and kern); past it, generously by its kind.
 */
function charWidth(char: string): number {
  const width = boldSansWidth(char);
  if (width !== undefined) return width * TWIPS_PER_UNIT * 1.04;
  if (/[MW%@]/.test(char)) return 170;
  if (/\p{Lu}/u.test(char)) return 135;
  if (/[0-9\p{Ll}]/u.test(char)) return 112;
  return 90;
}

/**
 * The width of the widest piece that cannot wrap, with the cell's padding and a margin. An ID
 * (`whole`) is kept on one line, so it can be found whole in the text.
 */
export function minimumWidth(texts: readonly string[], whole = false): number {
  const pieces = whole ? texts : texts.flatMap((text) => text.split(/\s+|(?<=-)/));
  const widest = Math.max(0, ...pieces.map((piece) => [...piece].reduce((sum, char) => sum + charWidth(char), 0)));
  return Math.ceil(widest + CELL_PADDING.left + CELL_PADDING.right + 60);
}

/** The most a column sized to one line (`oneLine`) takes of the table: a longer text wraps. */
const ONE_LINE_MOST = 0.25;

/** `shares` with each column of a `least` given at least that fraction of their sum. */
function atLeast(shares: readonly number[], least: Readonly<Record<number, number>>): number[] {
  const raised = [...shares];
  for (const [index, fraction] of Object.entries(least)) {
    const i = Number(index);
    const others = raised.reduce((sum, share, j) => (j === i ? sum : sum + share), 0);
    raised[i] = Math.max(raised[i]!, (others * fraction) / (1 - fraction));
  }
  return raised;
}

/**
 * Widths (twips, adding up to `total`) for columns whose texts are given: by `shares` (a column
 * of `least` given at least that fraction of them), but no column narrower than its longest word. When even the words do not fit, the longest give way
 * (`wordsFit`): shrinking every column alike broke short words too ("Owne/r"). The `oneLine`
 * columns (a level, a party) are as wide as their longest text on one line, up to a quarter of
 * the table; the others share what is left, none wider than its `most` (a fraction of the
 * table), if it has one.
 */
export function contentWidths(
  columns: readonly (readonly string[])[],
  given: readonly number[],
  options: {
    total?: number;
    whole?: readonly number[];
    oneLine?: readonly number[];
    most?: Readonly<Record<number, number>>;
    least?: Readonly<Record<number, number>>;
  } = {},
): number[] {
  const { total = TEXT_WIDTH, whole = [], oneLine = [], most = {}, least = {} } = options;
  const shares = atLeast(given, least);
  const words = columns.map((texts, i) => minimumWidth(texts, whole.includes(i)));
  const minimum = words.map((width, i) =>
    oneLine.includes(i) ? Math.max(width, Math.min(minimumWidth(columns[i]!, true), total * ONE_LINE_MOST)) : width,
  );
  // Columns whose width is settled: at their minimum (or one line), or at their `most`.
  const fixed = new Map<number, number>(oneLine.map((i) => [i, minimum[i]!]));
  let widths: number[] = [];
  for (let round = 0; round <= columns.length; round++) {
    const free = shares.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = total - [...fixed.values()].reduce((sum, width) => sum + width, 0);
    if (free.length === 0) {
      widths = shares.map((_, i) => fixed.get(i)!);
      break;
    }
    const shareSum = free.reduce((sum, i) => sum + shares[i]!, 0);
    widths = shares.map((share, i) => fixed.get(i) ?? (left * share) / shareSum);
    const narrow = free.filter((i) => widths[i]! < minimum[i]!);
    const wide = free.filter((i) => most[i] !== undefined && widths[i]! > Math.max(minimum[i]!, most[i]! * total));
    if ((narrow.length === 0 && wide.length === 0) || free.length === narrow.length + wide.length) break;
    for (const i of narrow) fixed.set(i, minimum[i]!);
    for (const i of wide) fixed.set(i, Math.max(minimum[i]!, most[i]! * total));
  }
  if (widths.some((width, i) => width < minimum[i]!)) widths = wordsFit(minimum, total);
  return columnWidths(widths, total);
}

/**
 * Columns too wide for the page together, cut down to one common width, the widest first, until
 * they fit: a host name or a path wraps inside (as it does in the PDF), the shorter words beside
 * it stay whole.
 */
function wordsFit(minimum: readonly number[], total: number): number[] {
  const widest = [...minimum].sort((a, b) => b - a);
  let cap = Math.max(...minimum);
  for (let k = 1; k <= widest.length; k++) {
    const rest = widest.slice(k).reduce((sum, width) => sum + width, 0);
    cap = (total - rest) / k;
    if (cap >= (widest[k] ?? 0)) break;
  }
  return minimum.map((width) => Math.min(width, cap));
}
