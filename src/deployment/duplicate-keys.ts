/**
 * Duplicate keys in a JSON object: JSON.parse and every JSON tool keep only the last, so the
 * first (an answer's comment, a status) would be lost in silence. jsonc-parser's visitor sees
 * every property as written, so each repeat is found at its own line and column.
 */
import { visit } from 'jsonc-parser';
import { location } from 'vfile-location';
import type { Point } from '../diagnostics/diagnostics.js';
import { pointer } from './json-source.js';

export interface DuplicateKey {
  /** JSON Pointer of the repeated key (`/answers/CL-X/comment`). */
  pointer: string;
  /** Where the repeat is. */
  point: Point;
  /** Where the key was first written. */
  first: Point;
}

export function findDuplicateKeys(text: string): DuplicateKey[] {
  const place = location(text);
  const at = (offset: number): Point => {
    const point = place.toPoint(offset);
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
  const open: Map<string, number>[] = [];
  const found: DuplicateKey[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Map());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, offset, _length, _line, _column, path) => {
      const keys = open.at(-1);
      if (!keys) return;
      const first = keys.get(key);
      if (first === undefined) keys.set(key, offset);
      else found.push({ pointer: pointer(...path(), key), point: at(offset), first: at(first) });
    },
  });
  return found;
}
