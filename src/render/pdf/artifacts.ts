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

const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The tokens of a content stream: operators, numbers, names, strings (each one token), `<<`, `>>`, `[`, `]`. */
function* tokens(content: string): Generator<Token> {
  let at = 0;
  while (at < content.length) {
    const char = content[at]!;
    const start = at;
    if (WHITESPACE.has(char)) {
      at++;
      continue;
    }
    if (char === '%') {
      while (at < content.length && content[at] !== '\n' && content[at] !== '\r') at++;
      continue;
    }
    if (char === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; at < content.length; at++) {
        const c = content[at];
        if (c === '\\') at++;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      at++;
    } else if (char === '<' && content[at + 1] === '<') at += 2;
    else if (char === '>' && content[at + 1] === '>') at += 2;
    else if (char === '<') at = content.indexOf('>', at) + 1 || content.length;
    else if (char === '/' || !DELIMITERS.has(char)) {
      at++;
      while (at < content.length && !WHITESPACE.has(content[at]!) && !DELIMITERS.has(content[at]!)) at++;
    } else at++;
    yield { text: content.slice(start, at), start, end: at };
  }
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
/** Operators that put marks on the page (`n`, which ends a clipping path, paints nothing). */
const PAINTING = new Set([...TEXT_SHOWING, 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);
const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators a run of unmarked painting may not span: it is closed before them. */
const STRUCTURE = new Set(['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

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

const isOperand = (text: string) => NUMBER.test(text) || text.startsWith('/') || text.startsWith('(') || text.startsWith('<') || text === '[' || text === ']' || text === '>>';

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
  let operandsStart: number | undefined;
  let pathStart: number | undefined;
  let run: [number, number] | undefined;
  const operands: string[] = [];
  for (const token of tokens(content)) {
    const { text } = token;
    if (isOperand(text) || text === '<<') {
      operands.push(text);
      operandsStart ??= token.start;
      continue;
    }
    const start = operandsStart ?? token.start;
    operandsStart = undefined;
    if (text === 'BI') return undefined;
    if (STRUCTURE.has(text) && run) {
      runs.push(run);
      run = undefined;
    }
    if (text === 'q') {
      if (depth === 0) group = { start: token.start, end: token.end, marked: false, text: false, rect: undefined };
      depth++;
    } else if (text === 'Q') {
      if (--depth < 0) return undefined;
      if (depth === 0 && group) {
        group.end = token.end;
        groups.push(group);
        group = undefined;
      }
    } else if (text === 'BDC' || text === 'BMC') {
      marks++;
      if (group) group.marked = true;
    } else if (text === 'EMC') {
      if (--marks < 0) return undefined;
    } else if (PATH_CONSTRUCTION.has(text)) {
      pathStart ??= start;
      if (text === 're' && group && group.rect === undefined) group.rect = operands.slice(-4).map(Number);
    } else if (PAINTING.has(text)) {
      if (TEXT_SHOWING.has(text) && group) group.text = true;
      if (marks === 0) run = [run?.[0] ?? pathStart ?? start, token.end];
    } else if (text === 'cm' && depth === 0) matrix = multiply(operands.slice(-6).map(Number), matrix);
    // A path object runs from its first construction operator, through a clip, to its painting.
    if (!PATH_CONSTRUCTION.has(text) && text !== 'W' && text !== 'W*') pathStart = undefined;
    operands.length = 0;
  }
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
