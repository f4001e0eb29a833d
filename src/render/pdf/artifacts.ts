/**
 * Marks what Chromium paints outside the tagged structure as artifacts, so a screen reader
 * skips it and a checker finds no untagged content: the running header and footer (drawn from
 * the header and footer templates, which have no structure), the white page background, and
 * decoration the structure leaves out (the ☐ ☒ glyphs hidden from assistive technology, the
 * dots of a contents line).
 *
 * Chromium's tagged page content is a transformation, then top-level `q … Q` groups: one for
 * the background, the body's (whose content sits in `/Tag <</MCID n>> BDC … EMC` sequences),
 * one per header or footer cell. A top-level group without any marked content is wrapped
 * whole: `/Artifact <</Type /Pagination /Subtype /Header>> BDC … EMC` (or `/Footer`) when it
 * shows text in the top (bottom) margin, `/Artifact BMC … EMC` otherwise. Inside the others,
 * each run of painting outside marked content is wrapped in `/Artifact BMC … EMC`, never
 * across a `q`, `Q`, `BT`, `ET` or a path object's parts.
 */

/** Character classes of the content-stream syntax: 0 regular, 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) CLASS[code] = 1;
for (const char of '()<>[]{}/%') CLASS[char.charCodeAt(0)] = 2;
const classOf = (content: string, at: number) => CLASS[content.charCodeAt(at) & 0xff]!;
/** Characters an operand starts with: a number, name, string, array or dictionary. */
const OPERAND_START = /[-+.\d/(<[\]>]/;

/**
 * Calls `visit` for each operator of a content stream, with where it is and the positions of
 * its operands (`[start, end, start, end, …]`); strings, names and numbers are read whole, so
 * an operator's name inside a string is not taken for one. `visit` returns false to stop.
 */
function scan(content: string, visit: (operator: string, start: number, end: number, operands: number[]) => boolean): void {
  const operands: number[] = [];
  let at = 0;
  while (at < content.length) {
    const code = content.charCodeAt(at);
    const start = at;
    if (classOf(content, at) === 1) {
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
    else if (code === 0x2f /* / */ || classOf(content, at) === 0) {
      at++;
      while (at < content.length && classOf(content, at) === 0) at++;
    } else at++;
    if (OPERAND_START.test(content[start]!)) operands.push(start, at);
    else {
      if (!visit(content.slice(start, at), start, at, operands)) return;
      operands.length = 0;
    }
  }
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
/** Operators that put marks on the page (`n`, which ends a clipping path, paints nothing). */
const PAINTING = new Set([...TEXT_SHOWING, 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);
const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators a run of unmarked painting may not span: it is closed before them. */
const STRUCTURE = new Set(['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC']);

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
  /** The group's first rectangle (x y width height), in the top-level space. */
  rect: number[] | undefined;
}

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
  let matrix = [1, 0, 0, 1, 0, 0];
  let depth = 0;
  let marks = 0;
  let group: Group | undefined;
  let pathStart: number | undefined;
  let run: [number, number] | undefined;
  let readable = true;
  /** The operands as numbers: the last `count` of them. */
  const numbers = (operands: number[], count: number) => {
    const values: number[] = [];
    for (let i = Math.max(0, operands.length - 2 * count); i < operands.length; i += 2) values.push(Number(content.slice(operands[i], operands[i + 1])));
    return values;
  };
  scan(content, (operator, operatorStart, end, operands) => {
    const start = operands[0] ?? operatorStart;
    if (operator === 'BI') return (readable = false);
    if (STRUCTURE.has(operator) && run) {
      runs.push(run);
      run = undefined;
    }
    if (operator === 'q') {
      if (depth === 0) group = { start, end, marked: false, text: false, rect: undefined };
      depth++;
    } else if (operator === 'Q') {
      if (--depth < 0) return (readable = false);
      if (depth === 0 && group) {
        group.end = end;
        groups.push(group);
        group = undefined;
      }
    } else if (operator === 'BDC' || operator === 'BMC') {
      marks++;
      if (group) group.marked = true;
    } else if (operator === 'EMC') {
      if (--marks < 0) return (readable = false);
    } else if (PATH_CONSTRUCTION.has(operator)) {
      pathStart ??= start;
      if (operator === 're' && group && group.rect === undefined) group.rect = numbers(operands, 4);
    } else if (PAINTING.has(operator)) {
      if (TEXT_SHOWING.has(operator) && group) group.text = true;
      if (marks === 0) run = [run?.[0] ?? pathStart ?? start, end];
    } else if (operator === 'cm' && depth === 0) matrix = multiply(numbers(operands, 6), matrix);
    // A path object runs from its first construction operator, through a clip, to its painting.
    if (!PATH_CONSTRUCTION.has(operator) && operator !== 'W' && operator !== 'W*') pathStart = undefined;
    return true;
  });
  if (!readable) return undefined;
  if (depth !== 0 || marks !== 0) return undefined;
  if (run) runs.push(run);
  const wrapped = groups.filter((g) => !g.marked);
  const insertions: Array<[number, string]> = [];
  for (const g of wrapped) insertions.push([g.start, `${artifactTag(g, matrix, pageHeight, margins)}\n`], [g.end, '\nEMC']);
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

/** A whole unmarked group: the running header or footer when it shows text in a margin. */
function artifactTag(group: Group, matrix: number[], pageHeight: number, margins: Margins): string {
  const rect = group.rect;
  if (!group.text || rect === undefined || rect.length !== 4 || rect.some(Number.isNaN)) return '/Artifact BMC';
  const [, b, , d, , f] = matrix as [number, number, number, number, number, number];
  const pageY = b * (rect[0]! + rect[2]! / 2) + d * (rect[1]! + rect[3]! / 2) + f;
  if (pageY >= pageHeight - margins.top) return '/Artifact <</Type /Pagination /Subtype /Header>> BDC';
  if (pageY <= margins.bottom) return '/Artifact <</Type /Pagination /Subtype /Footer>> BDC';
  return '/Artifact BMC';
}

/** `m × n` for PDF matrices [a b c d e f]. */
function multiply(m: number[], n: number[]): number[] {
  if (m.length !== 6 || m.some(Number.isNaN)) return n;
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}
