/**
 * A JSON file with positions: parsed with jsonc-parser (so syntax errors and every JSON Pointer
 * can be placed at a line and column), strictly JSON (no comments, no trailing commas) unless
 * a file's format allows comments (the theme file). A text that is not JSON gives every mistake
 * in it, each at its place.
 */
import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostics, Point } from '../diagnostics/diagnostics.js';
import { syntaxMistakes } from './json-syntax-errors.js';

export interface JsonSource {
  path: string;
  value: unknown;
  /** Line and column of the value at a JSON Pointer (or of its nearest existing parent). */
  pointAt(pointer: string): Point;
}

export interface JsonSyntaxError {
  point: Point;
  reason: string;
}

/** A text that is not JSON: each of its mistakes, in order (see json-syntax-errors.ts). */
export interface JsonSyntaxErrors {
  syntax: JsonSyntaxError[];
}

/** One message per syntax mistake, each at its place. */
export function reportSyntax(diagnostics: Diagnostics, file: string, failure: JsonSyntaxErrors): void {
  for (const error of failure.syntax) diagnostics.error(file, error.point, error.reason, 'json');
}

/** `~` → `~0`, `/` → `~1`, as RFC 6901 asks. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');
}

function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function pointOfOffset(starts: readonly number[], offset: number): Point {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

export function parseJsonSource(path: string, text: string, options: { comments?: boolean } = {}): JsonSource | JsonSyntaxErrors {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: !options.comments, allowEmptyContent: false });
  const starts = lineStarts(text);
  if (errors.length > 0 || !tree) {
    const mistakes = syntaxMistakes(text, options);
    const found = mistakes.length > 0 ? mistakes : [{ offset: 0, reason: 'the file is empty' }];
    return { syntax: found.map((mistake) => ({ point: pointOfOffset(starts, mistake.offset), reason: `Not valid JSON: ${mistake.reason}` })) };
  }
  return {
    path,
    value: getNodeValue(tree),
    pointAt(jsonPointer: string): Point {
      const tokens = jsonPointer === '' ? [] : jsonPointer.slice(1).split('/').map(unescapePointerToken);
      for (let length = tokens.length; length >= 0; length--) {
        const segments = tokens.slice(0, length).map((token, index) => (isArrayIndex(tree, tokens, index) ? Number(token) : token));
        const node: Node | undefined = findNodeAtLocation(tree, segments);
        if (node) {
          // Point at the key of a property, where an editor shows it.
          const target = node.parent?.type === 'property' ? node.parent : node;
          return pointOfOffset(starts, target.offset);
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

function isArrayIndex(tree: Node, tokens: readonly string[], index: number): boolean {
  const parent = findNodeAtLocation(tree, tokens.slice(0, index));
  return parent?.type === 'array' && /^\d+$/.test(tokens[index] ?? '');
}
