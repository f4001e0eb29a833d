/**
 * Marks what Chromium paints outside the tagged structure as artifacts, so a screen reader
 * skips it and a checker finds no untagged content: the running header and footer (CSS `@page`
 * margin boxes or header and footer templates, which have no structure), the white page
 * background, and decoration the structure leaves out (the ☐ ☒ glyphs hidden from assistive
 * technology, the dots of a contents line).
 *
 * Chromium's tagged page content is a transformation, then top-level `q … Q` groups: one for
 * the background, the body's (whose content sits in `/Tag <</MCID n>> BDC … EMC` sequences),
 * one for all the margin boxes (or one per header or footer template cell). A top-level group
 * without any marked content is marked by where its text objects are (`marksOf`): where it
 * only shows text, all of it in the margins, as the running header (`/Artifact <</Type
 * /Pagination /Subtype /Header>> BDC … EMC`) or footer, whole where its text is in one margin
 * and run by run where in both (the margin boxes' group); otherwise whole as `/Artifact BMC …
 * EMC`. Inside the others, each run of painting outside marked content is wrapped in
 * `/Artifact BMC … EMC`, never across a `q`, `Q`, `BT`, `ET` or a path object's parts.
 */

/** Character classes of the content-stream syntax: 0 regular, 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) CLASS[code] = 1;
for (const char of '()<>[]{}/%') CLASS[char.charCodeAt(0)] = 2;
const classOf = (content: string, at: number) => CLASS[content.charCodeAt(at) & 0xff]!;
/** Characters an operand starts with: a number, name, string, array or dictionary. */
const OPERAND_START = new Uint8Array(256);
for (const char of '-+.0123456789/(<[]>') OPERAND_START[char.charCodeAt(0)] = 1;

/**
 * Calls `visit` for each operator of a content stream, with where it is and the positions of
 * its operands (`operands[0..2 * count)`: start, end, start, end, …); strings, names and
 * numbers are read whole, so an operator's name inside a string is not taken for one. `visit`
 * returns false to stop.
 */
function scan(content: string, visit: (operator: number, start: number, end: number, operands: number[], count: number) => boolean): void {
  // Reused for every operator (clearing an array's length is slower than counting).
  const operands: number[] = [];
  let count = 0;
  let at = 0;
  while (at < content.length) {
    const code = content.charCodeAt(at) & 0xff;
    const start = at;
    if (CLASS[code] === 1) {
      at++;
      continue;
    }
    if (code === 0x25 /* % */) {
      while (at < content.length && content[at] !== '\n' && content[at] !== '\r') at++;
      continue;
    }
    if (code === 0x28 /* ( */) {
      // A literal string: balanced parentheses, backslash escapes.
      for (let depth = 0; at < content.length; at++) {
        const c = content.charCodeAt(at);
        if (c === 0x5c) at++;
        else if (c === 0x28) depth++;
        else if (c === 0x29 && --depth === 0) break;
      }
      at++;
    } else if ((code === 0x3c || code === 0x3e) && content.charCodeAt(at + 1) === code) at += 2; // << >>
    else if (code === 0x3c) at = content.indexOf('>', at) + 1 || content.length; // <hex>
    else if (code === 0x2f /* / */ || CLASS[code] === 0) {
      at++;
      while (at < content.length && classOf(content, at) === 0) at++;
    } else at++;
    if (OPERAND_START[code] === 1) {
      operands[2 * count] = start;
      operands[2 * count + 1] = at;
      count++;
    } else {
      if (!visit(operatorKey(content, start, at), start, at, operands, count)) return;
      count = 0;
    }
  }
}

/**
 * An operator as a number, its (at most three) characters' codes: comparing and looking up
 * numbers is cheaper than cutting a string out of the content for each operator.
 */
function operatorKey(content: string, start: number, end: number): number {
  if (end - start > 3) return -1; // no PDF operator is longer
  let key = 0;
  for (let at = end - 1; at >= start; at--) key = (key << 8) | (content.charCodeAt(at) & 0xff);
  return key;
}
const op = (name: string) => operatorKey(name, 0, name.length);
const [q, Q, BDC, BMC, EMC, cm, W, Wstar, BI, BT, ET, Tm] = ['q', 'Q', 'BDC', 'BMC', 'EMC', 'cm', 'W', 'W*', 'BI', 'BT', 'ET', 'Tm'].map(op);

/** What an operator does, as bits: one look-up per operator. */
const TEXT_SHOWING = 1;
/** Puts marks on the page (`n`, which ends a clipping path, paints nothing). */
const PAINTING = 2;
const PATH_CONSTRUCTION = 4;
/** A run of unmarked painting may not span it: it is closed before. */
const STRUCTURE = 8;
const OPERATORS = new Map<number, number>();
for (const name of ['Tj', 'TJ', "'", '"']) OPERATORS.set(op(name), TEXT_SHOWING | PAINTING);
for (const name of ['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']) OPERATORS.set(op(name), PAINTING);
for (const name of ['m', 'l', 'c', 'v', 'y', 'h', 're']) OPERATORS.set(op(name), PATH_CONSTRUCTION);
for (const name of ['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC']) OPERATORS.set(op(name), STRUCTURE);

/** A page's running header and footer lie in its top and bottom margins (PDF units). */
export interface Margins {
  top: number;
  bottom: number;
}

interface Group {
  start: number;
  end: number;
  marked: boolean;
  text: boolean;
  /** Its text objects (`BT` … `ET`), with the height on the page where each starts. */
  texts: { start: number; end: number; pageY: number }[];
  /** Whether it paints anything outside its text objects. */
  paintsOtherwise: boolean;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];
const HEADER = '/Artifact <</Type /Pagination /Subtype /Header>> BDC';
const FOOTER = '/Artifact <</Type /Pagination /Subtype /Footer>> BDC';
const PLAIN = '/Artifact BMC';

/**
 * The content with everything it paints outside marked content marked as an artifact, or
 * `undefined` when nothing needs marking or the content cannot be read safely (an inline
 * image, unbalanced `q`/`Q` or `BDC`/`EMC`). `pageHeight` and `margins` tell a running header
 * or footer from other decoration (a box drawn for a checkbox, the dots of a contents line).
 */
export function markArtifacts(content: string, pageHeight: number, margins: Margins): string | undefined {
  const groups: Group[] = [];
  /** Runs of unmarked painting inside groups that are otherwise tagged: [start, end). */
  const runs: Array<[number, number]> = [];
  let matrix = IDENTITY;
  /** The transformation inside the top-level group, and those its nested `q` saved. */
  let inner = IDENTITY;
  const saved: number[][] = [];
  /** The text object being read, in a group. */
  let text: Group['texts'][number] | undefined;
  let depth = 0;
  let marks = 0;
  let group: Group | undefined;
  let pathStart: number | undefined;
  /** The run of unmarked painting being read: [start, end), or -1. */
  let runStart = -1;
  let runEnd = -1;
  let readable = true;
  /** The operands as numbers: the last `wanted` of the `count` there are. */
  const numbers = (operands: number[], count: number, wanted: number) => {
    const values: number[] = [];
    for (let i = Math.max(0, count - wanted); i < count; i++) values.push(Number(content.slice(operands[2 * i], operands[2 * i + 1])));
    return values;
  };
  scan(content, (operator, operatorStart, end, operands, count) => {
    const start = count > 0 ? operands[0]! : operatorStart;
    const kind = OPERATORS.get(operator) ?? 0;
    if (operator === BI) return (readable = false);
    if (kind & STRUCTURE && runStart >= 0) {
      runs.push([runStart, runEnd]);
      runStart = -1;
    }
    if (operator === q) {
      if (depth === 0) {
        group = { start, end, marked: false, text: false, texts: [], paintsOtherwise: false };
        inner = IDENTITY;
        saved.length = 0;
      } else saved.push(inner);
      depth++;
    } else if (operator === Q) {
      if (--depth < 0) return (readable = false);
      if (depth > 0) inner = saved.pop() ?? IDENTITY;
      if (depth === 0 && group) {
        group.end = end;
        groups.push(group);
        group = undefined;
      }
    } else if (operator === BDC || operator === BMC) {
      marks++;
      if (group) group.marked = true;
    } else if (operator === EMC) {
      if (--marks < 0) return (readable = false);
    } else if (kind & PATH_CONSTRUCTION) {
      pathStart ??= start;
    } else if (operator === BT && group) {
      text = { start, end, pageY: NaN };
    } else if (operator === Tm && text && Number.isNaN(text.pageY)) {
      // Where the text object starts: the text matrix's origin, through the group's and the page's transformations.
      const [, , , , e, f] = numbers(operands, count, 6) as [number, number, number, number, number, number];
      const [, b, , d, , y] = multiply(inner, matrix) as [number, number, number, number, number, number];
      text.pageY = b * e + d * f + y;
    } else if (operator === ET && group && text) {
      text.end = end;
      group.texts.push(text);
      text = undefined;
    } else if (kind & PAINTING) {
      if (kind & TEXT_SHOWING && group) group.text = true;
      if (group && !text) group.paintsOtherwise = true;
      if (marks === 0) {
        if (runStart < 0) runStart = pathStart ?? start;
        runEnd = end;
      }
    } else if (operator === cm) {
      if (depth === 0) matrix = multiply(numbers(operands, count, 6), matrix);
      else inner = multiply(numbers(operands, count, 6), inner);
    }
    // A path object runs from its first construction operator, through a clip, to its painting.
    if (!(kind & PATH_CONSTRUCTION) && operator !== W && operator !== Wstar) pathStart = undefined;
    return true;
  });
  if (!readable) return undefined;
  if (depth !== 0 || marks !== 0) return undefined;
  if (runStart >= 0) runs.push([runStart, runEnd]);
  const wrapped = groups.filter((g) => !g.marked);
  const insertions: Array<[number, string]> = [];
  for (const g of wrapped) for (const { start, end, tag } of marksOf(g, pageHeight, margins)) insertions.push([start, `${tag}\n`], [end, '\nEMC']);
  for (const [start, end] of runs) {
    if (wrapped.some((g) => g.start <= start && end <= g.end)) continue;
    insertions.push([start, '/Artifact BMC\n'], [end, '\nEMC']);
  }
  if (insertions.length === 0) return undefined;
  insertions.sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [position, text] of insertions) {
    result += content.slice(at, position) + text;
    at = position;
  }
  return result + content.slice(at);
}

/**
 * How an unmarked group is marked: where it only shows text, all of it in the margins, as the
 * running header or footer: whole where its text is in one margin (a template cell), or each
 * run of its text objects in one margin as that margin's (the one group Chromium paints all the
 * `@page` margin boxes in). Any other group, whole, as decoration.
 */
function marksOf(group: Group, pageHeight: number, margins: Margins): { start: number; end: number; tag: string }[] {
  const whole = (tag: string) => [{ start: group.start, end: group.end, tag }];
  if (!group.text || group.paintsOtherwise || group.texts.length === 0) return whole(PLAIN);
  const runs: { start: number; end: number; tag: string }[] = [];
  for (const { start, end, pageY } of group.texts) {
    const tag = pageY >= pageHeight - margins.top ? HEADER : pageY <= margins.bottom ? FOOTER : undefined;
    if (tag === undefined) return whole(PLAIN);
    const last = runs.at(-1);
    if (last?.tag === tag) last.end = end;
    else runs.push({ start, end, tag });
  }
  return runs.length === 1 ? whole(runs[0]!.tag) : runs;
}

/** `m × n` for PDF matrices [a b c d e f]. */
function multiply(m: number[], n: number[]): number[] {
  if (m.length !== 6 || m.some(Number.isNaN)) return n;
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}
