/**
 * A deployment's limits that need its text: nesting depth, found by a scan of the brackets
 * before the JSON is parsed (a parser recurses per level), and the size of each string, after.
 */
import { activeLimits, overLimit } from './limits.js';

/**
 * Where nesting first passes the limit (line and column of that bracket) and the deepest
 * nesting of the text; null when within the limit.
 */
export function tooDeep(text: string): { line: number; column: number; depth: number } | null {
  const limit = activeLimits().depth;
  let depth = 0;
  let deepest = 0;
  let firstOver = -1;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (inString) {
      if (char === 0x5c) offset++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit && firstOver < 0) firstOver = offset;
      deepest = Math.max(deepest, depth);
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  if (firstOver < 0) return null;
  const before = text.slice(0, firstOver);
  return { line: before.split('\n').length, column: firstOver - before.lastIndexOf('\n'), depth: deepest };
}

/** Every string (value or key) longer than the text limit, as a JSON Pointer and a message. */
export function longStrings(value: unknown, toPointer: (tokens: (string | number)[]) => string): { pointer: string; reason: string }[] {
  const limit = activeLimits().text;
  const found: { pointer: string; reason: string }[] = [];
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof current === 'string') {
      // Cheap first: a string of n UTF-16 units has at least n bytes and at most 3n.
      if (current.length * 3 > limit && bytes(current) > limit) found.push({ pointer: toPointer(path), reason: overLimit('text', bytes(current)) });
    } else if (Array.isArray(current)) current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (key.length * 3 > limit && bytes(key) > limit) found.push({ pointer: toPointer([...path, key]), reason: overLimit('text', bytes(key)) });
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found;
}
