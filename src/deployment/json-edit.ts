/**
 * Edits a JSON file the user owns as text: every change is a jsonc-parser edit at one spot, so
 * the rest of the file (indentation, key order, line ends, `$schema`, compact one-line answers)
 * stays byte for byte as the user wrote it. Never parse and re-serialise a user's file.
 *
 * Each function takes the text and returns the new text; chain them for several changes.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';

export type { JSONPath } from 'jsonc-parser';

/** The file's own indentation (tabs or N spaces) and line end, so inserted text looks the same. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^[ \t]+(?=\S)/m.exec(text)?.[0] ?? '  ';
  const insertSpaces = !indented.startsWith('\t');
  return { eol, insertSpaces, tabSize: insertSpaces ? indented.length : 1 };
}

function tree(text: string): Node {
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  if (!root) throw new Error('json-edit: the text is not JSON');
  return root;
}

/** The value node at a path, or undefined. */
export function nodeAt(text: string, path: JSONPath): Node | undefined {
  return findNodeAtLocation(tree(text), path);
}

export interface SetOptions {
  /** For a new key: put it right after this sibling key (default: last; first with `before`). */
  after?: string;
  /** For a new key: put it right before this sibling key. */
  before?: string;
}

/**
 * Sets the value at `path` (creating missing parent objects). An existing value is replaced
 * where it stands; a new key goes last, or after/before a named sibling.
 */
export function setJsonValue(text: string, path: JSONPath, value: unknown, options: SetOptions = {}): string {
  const edits = modify(text, path, value, {
    formattingOptions: detectFormatting(text),
    getInsertionIndex: (keys: string[]) => {
      if (options.after !== undefined && keys.includes(options.after)) return keys.indexOf(options.after) + 1;
      if (options.before !== undefined && keys.includes(options.before)) return keys.indexOf(options.before);
      return keys.length;
    },
  });
  return applyEdits(text, edits);
}

/** Removes the key (or array element) at `path`, with its comma; no-op when it is absent. */
export function removeJsonValue(text: string, path: JSONPath): string {
  if (!nodeAt(text, path)) return text;
  return applyEdits(text, modify(text, path, undefined, { formattingOptions: detectFormatting(text) }));
}

/** Renames the key at `path` in place: only the key's own characters change. */
export function renameJsonKey(text: string, path: JSONPath, newKey: string): string {
  const property = nodeAt(text, path)?.parent;
  const key = property?.type === 'property' ? property.children?.[0] : undefined;
  if (!key) throw new Error(`json-edit: no key at ${JSON.stringify(path)}`);
  return `${text.slice(0, key.offset)}${JSON.stringify(newKey)}${text.slice(key.offset + key.length)}`;
}

/** The value's source text exactly as written. */
export function rawJsonText(text: string, path: JSONPath): string | undefined {
  const node = nodeAt(text, path);
  return node ? text.slice(node.offset, node.offset + node.length) : undefined;
}

/**
 * Moves a value to another path (another object, another key), keeping its own text: only its
 * indentation is shifted to the new depth. The old key and its comma are removed.
 */
export function moveJsonValue(text: string, from: JSONPath, to: JSONPath, options: SetOptions = {}): string {
  const raw = rawJsonText(text, from);
  if (raw === undefined) throw new Error(`json-edit: nothing at ${JSON.stringify(from)}`);
  const fromIndent = lineIndent(text, nodeAt(text, from)?.parent?.offset ?? 0);
  const removed = removeJsonValue(text, from);
  // A placeholder string marks the spot, so jsonc-parser decides commas and line breaks.
  const marker = '\u0000json-edit-move';
  const placed = setJsonValue(removed, to, marker, options);
  const spot = placed.indexOf(JSON.stringify(marker));
  const toIndent = lineIndent(placed, spot);
  const eol = detectFormatting(text).eol ?? '\n';
  const lines = raw.split(/\r?\n/);
  const shifted = lines.map((line, index) => (index === 0 ? line : reindent(line, fromIndent, toIndent))).join(eol);
  return `${placed.slice(0, spot)}${shifted}${placed.slice(spot + JSON.stringify(marker).length)}`;
}

/** The leading whitespace of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

function reindent(line: string, from: string, to: string): string {
  return line.startsWith(from) ? `${to}${line.slice(from.length)}` : line;
}
