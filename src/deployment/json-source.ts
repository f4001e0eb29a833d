/**
 * A JSON file with positions: parsed with jsonc-parser (so syntax errors and every JSON Pointer
 * can be placed at a line and column), strictly JSON (no comments, no trailing commas) unless
 * a file's format allows comments (the theme file).
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Point } from '../diagnostics/diagnostics.js';

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

export function parseJsonSource(path: string, text: string, options: { comments?: boolean } = {}): JsonSource | JsonSyntaxError {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: !options.comments, allowEmptyContent: false });
  const starts = lineStarts(text);
  const first = errors[0];
  if (first || !tree) {
    const named = first ? namedMistake(text, first) : undefined;
    return {
      point: pointOfOffset(starts, named?.offset ?? first?.offset ?? 0),
      reason: `Not valid JSON: ${named?.reason ?? (first ? describe(first) : 'the file is empty')}`,
    };
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

/**
 * The two mistakes of people used to JSONC (editor settings, this tool's theme file), named as
 * such: jsonc-parser's own words ("property name expected" at the closing brace, "invalid
 * comment token") do not say what to remove, and the first is a line below the comma.
 */
function namedMistake(text: string, error: ParseError): { offset: number; reason: string } | undefined {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidCommentToken') {
    return { offset: error.offset, reason: 'a comment (// or /* */), which JSON does not allow: remove it' };
  }
  const closing = text[error.offset];
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (closing === '}' || closing === ']')) {
    const comma = text.slice(0, error.offset).trimEnd();
    if (comma.endsWith(',')) return { offset: comma.length - 1, reason: `a comma after the last ${closing === '}' ? 'key' : 'value'} before "${closing}", which JSON does not allow: remove it` };
  }
  return undefined;
}

function describe(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
