/**
 * Edits a JSON file the user owns as text: every change touches one spot, so the rest of the
 * file (indentation, key order, line ends, `$schema`, compact one-line answers) stays byte for
 * byte as the user wrote it. Never parse and re-serialise a user's file.
 *
 * jsonc-parser finds the nodes; the edits are written here rather than with its `modify`,
 * because `modify` re-formats every line an edit touches (a compact answer next to a new key
 * would be spread over several lines). Each function takes the text and returns the new text.
 */
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { detectFormatting, inFileCharacters, type JsonFormatting } from './json-style.js';

export type { JSONPath } from 'jsonc-parser';

export { detectFormatting, type JsonFormatting } from './json-style.js';

function tree(text: string): Node {
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  if (!root) throw new Error('json-edit: the text is not JSON');
  return root;
}

/** The value node at a path, or undefined. */
export function nodeAt(text: string, path: JSONPath): Node | undefined {
  return findNodeAtLocation(tree(text), path);
}

/** The value's source text exactly as written. */
export function rawJsonText(text: string, path: JSONPath): string | undefined {
  const node = nodeAt(text, path);
  return node ? text.slice(node.offset, node.offset + node.length) : undefined;
}

export interface SetOptions {
  /** For a new key: put it right after this sibling key (default: last). */
  after?: string;
  /** For a new key: put it right before this sibling key. */
  before?: string;
}

/**
 * Sets the value at `path`: an existing value is replaced where it stands; a new key goes
 * last, or after/before a named sibling; missing parent objects are created.
 */
export function setJsonValue(text: string, path: JSONPath, value: unknown, options: SetOptions = {}): string {
  const format = detectFormatting(text);
  const existing = nodeAt(text, path);
  if (existing) return splice(text, existing.offset, existing.length, serialise(value, lineIndent(text, existing.offset), format, isMultiLine(text, existing)));
  // The nearest existing ancestor gets one new key holding the rest of the path.
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = nodeAt(text, path.slice(0, depth));
    if (!parent) continue;
    if (parent.type !== 'object') throw new Error(`json-edit: ${JSON.stringify(path.slice(0, depth))} is not an object`);
    const nested = path.slice(depth + 1).reduceRight<unknown>((inner, key) => ({ [String(key)]: inner }), value);
    return insertProperty(text, parent, String(path[depth]), nested, options, format);
  }
  throw new Error('json-edit: the file is not a JSON object');
}

/** Adds a value at the end of the array at `path`, laid out as its last element is. */
export function appendJsonValue(text: string, path: JSONPath, value: unknown): string {
  const array = nodeAt(text, path);
  if (!array || array.type !== 'array') throw new Error(`json-edit: ${JSON.stringify(path)} is not an array`);
  const last = array.children?.at(-1);
  if (!last) return setJsonValue(text, path, [value]);
  const format = detectFormatting(text);
  const multiLine = startsLine(text, last.offset);
  const indent = multiLine ? lineIndent(text, last.offset) : lineIndent(text, array.offset);
  return splice(text, end(last), 0, `,${multiLine ? `${format.eol}${indent}` : format.comma.slice(1)}${serialise(value, indent, format, multiLine)}`);
}

/** Removes the key at `path` with its comma and line; no-op when it is absent. */
export function removeJsonValue(text: string, path: JSONPath): string {
  const property = nodeAt(text, path)?.parent;
  const object = property?.parent;
  if (!property || property.type !== 'property' || !object?.children) return text;
  const siblings = object.children;
  const index = siblings.indexOf(property);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  if (previous) return splice(text, end(previous), end(property) - end(previous), '');
  if (next) return splice(text, property.offset, next.offset - property.offset, '');
  // The only key: keep the braces, drop what was between them.
  return splice(text, object.offset + 1, object.length - 2, '');
}

/** Renames the key at `path` in place: only the key's own characters change. */
export function renameJsonKey(text: string, path: JSONPath, newKey: string): string {
  const property = nodeAt(text, path)?.parent;
  const key = property?.type === 'property' ? property.children?.[0] : undefined;
  if (!key) throw new Error(`json-edit: no key at ${JSON.stringify(path)}`);
  return splice(text, key.offset, key.length, inFileCharacters(JSON.stringify(newKey), detectFormatting(text)));
}

/**
 * Moves a value to another path (another object, another key), keeping its own text: only
 * its indentation is shifted to the new depth. The old key and its comma are removed.
 */
export function moveJsonValue(text: string, from: JSONPath, to: JSONPath, options: SetOptions = {}): string {
  const node = nodeAt(text, from);
  if (!node) throw new Error(`json-edit: nothing at ${JSON.stringify(from)}`);
  const raw = text.slice(node.offset, node.offset + node.length);
  const fromIndent = lineIndent(text, node.parent?.offset ?? node.offset);
  // A placeholder marks the spot, so the insertion decides commas and line breaks.
  const marker = '\u0000json-edit-move';
  const placed = setJsonValue(removeJsonValue(text, from), to, marker, options);
  const spot = placed.indexOf(JSON.stringify(marker));
  const toIndent = lineIndent(placed, spot);
  const { eol } = detectFormatting(text);
  const shifted = raw
    .split(/\r?\n/)
    .map((line, index) => (index > 0 && line.startsWith(fromIndent) ? `${toIndent}${line.slice(fromIndent.length)}` : line))
    .join(eol);
  return splice(placed, spot, JSON.stringify(marker).length, shifted);
}

function insertProperty(text: string, object: Node, key: string, value: unknown, options: SetOptions, format: JsonFormatting): string {
  const properties = object.children ?? [];
  const keyOf = (property: Node) => property.children?.[0]?.value as string;
  if (properties.length === 0) {
    // `"answers": {}` on a line of its own is filled over lines; inside a line (a minified file), on it.
    if (!startsLine(text, object.parent?.offset ?? object.offset)) {
      return splice(text, object.offset, object.length, oneLine({ [key]: value }, format));
    }
    const indent = `${lineIndent(text, object.offset)}${format.unit}`;
    const entry = `${keyText(key, format)}${serialise(value, indent, format, true)}`;
    return splice(text, object.offset, object.length, `{${format.eol}${indent}${entry}${format.eol}${lineIndent(text, object.offset)}}`);
  }
  const beforeIndex = options.before === undefined ? -1 : properties.findIndex((property) => keyOf(property) === options.before);
  const afterIndex = options.after === undefined ? -1 : properties.findIndex((property) => keyOf(property) === options.after);
  const anchor = properties[beforeIndex >= 0 ? beforeIndex : afterIndex >= 0 ? afterIndex : properties.length - 1] as Node;
  const multiLine = startsLine(text, anchor.offset);
  const indent = multiLine ? lineIndent(text, anchor.offset) : lineIndent(text, object.offset);
  const entry = `${keyText(key, format)}${serialise(value, indent, format, multiLine && !oneLineNeighbour(text, anchor, value))}`;
  const gap = multiLine ? `${format.eol}${indent}` : format.comma.slice(1);
  if (beforeIndex >= 0) return splice(text, anchor.offset, 0, `${entry},${gap}`);
  return splice(text, end(anchor), 0, `,${gap}${entry}`);
}

/**
 * The value at `path` written on one line (`{ "components": { "Old row": "No" } }`), its keys
 * and values as they are written (only the line breaks and indentation between them go): for a
 * value an edit built over lines beside answers written one a line.
 */
export function compactJsonValue(text: string, path: JSONPath): string {
  const node = nodeAt(text, path);
  if (!node) return text;
  const format = detectFormatting(text);
  const inner = format.comma === ',' ? '' : ' ';
  const compact = (value: Node): string => {
    const children = value.children ?? [];
    if (value.type === 'object') {
      const entries = children.map((property) => `${text.slice(property.children![0]!.offset, end(property.children![0]!))}${format.colon}${compact(property.children![1]!)}`);
      return entries.length === 0 ? '{}' : `{${inner}${entries.join(format.comma)}${inner}}`;
    }
    if (value.type === 'array') return `[${children.map(compact).join(format.comma)}]`;
    return text.slice(value.offset, end(value));
  };
  return splice(text, node.offset, node.length, compact(node));
}

/**
 * Whether a new object or array goes on one line as its neighbour's is: answers written
 * `"CL-X": { "status": "Yes" }`, one a line, get a new one alike.
 */
function oneLineNeighbour(text: string, neighbour: Node, value: unknown): boolean {
  const written = neighbour.children?.[1];
  // An empty neighbour (`"settings": {}`) shows no style.
  if (typeof value !== 'object' || value === null || (written?.type !== 'object' && written?.type !== 'array') || !written.children?.length) return false;
  return !/[\r\n]/.test(text.slice(written.offset, written.offset + written.length));
}

/** JSON for a value placed at a line indented by `indent`: spread over lines, or on one line. */
function serialise(value: unknown, indent: string, format: JsonFormatting, multiLine: boolean): string {
  if (!multiLine) return oneLine(value, format);
  return overLines(value, indent, format);
}

/** As JSON.stringify(value, null, unit) lays it out, with the file's line end and colon. */
function overLines(value: unknown, indent: string, format: JsonFormatting): string {
  const inner = `${indent}${format.unit}`;
  const entries = Array.isArray(value)
    ? value.map((entry) => overLines(entry, inner, format))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([key, entry]) => `${keyText(key, format)}${overLines(entry, inner, format)}`)
      : undefined;
  if (entries === undefined) return inFileCharacters(JSON.stringify(value) ?? 'null', format);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  return `${open}${format.eol}${inner}${entries.join(`,${format.eol}${inner}`)}${format.eol}${indent}${close}`;
}

/** `"key": ` as the file writes a key and its colon. */
function keyText(key: string, format: JsonFormatting): string {
  return `${inFileCharacters(JSON.stringify(key), format)}${format.colon}`;
}

/** `{ "a": 1, "b": [1, 2] }`, the spacing people write by hand, or `{"a":1,"b":[1,2]}` in a minified file. */
function oneLine(value: unknown, format: JsonFormatting): string {
  const inner = format.comma === ',' ? '' : ' ';
  if (Array.isArray(value)) return `[${value.map((entry) => oneLine(entry, format)).join(format.comma)}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, entry]) => `${keyText(key, format)}${oneLine(entry, format)}`);
    return entries.length === 0 ? '{}' : `{${inner}${entries.join(format.comma)}${inner}}`;
  }
  return inFileCharacters(JSON.stringify(value) ?? 'null', format);
}

function isMultiLine(text: string, node: Node): boolean {
  if (node.type !== 'object' && node.type !== 'array') return true;
  // An empty one (`"signatures": []`) shows no layout of its own: over lines where its key starts a line, not inside a minified line.
  if (node.children?.length === 0) return startsLine(text, node.parent?.offset ?? node.offset);
  return text.slice(node.offset, node.offset + node.length).includes('\n');
}

function end(node: Node): number {
  return node.offset + node.length;
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return `${text.slice(0, offset)}${insert}${text.slice(offset + length)}`;
}

function startsLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(start, offset).trim() === '';
}

/** The leading whitespace of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}
