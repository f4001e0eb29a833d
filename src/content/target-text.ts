/**
 * The text of a Target row, with each `;` written `\;` (or `&#59;`) told apart from the `;`
 * that separate levels. remark unescapes both to `;`, so only the source shows which is which.
 * A footnote reference (`8[^admins]`: the value holds for some accounts only) is kept as a mark
 * with its number, which toString would drop with the condition.
 */
import type { Nodes, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Inline, TargetValue } from '../model/checklist.js';
import type { BuildContext } from './context.js';

/** Stands for an escaped `;` while the row is split at its `;` (a private-use character). */
export const ESCAPED_SEMICOLON = '\uE000';

/** A footnote reference while the row is split: its number between two private-use characters. */
const NOTE = /\uE001(\d+)\uE002/g;

export function targetText(cells: readonly TableCell[], context: BuildContext): string {
  return cells.map((cell) => toString(markEscapes(cell, context))).join(' ').trim();
}

/** `\;` back as written, for messages and for finding a part in the source (without its footnote marks). */
export function asWritten(text: string): string {
  return text.replaceAll(ESCAPED_SEMICOLON, '\\;').replace(NOTE, '');
}

/** `;` back as the reader sees it, for the value kept. */
export function asRead(text: string): string {
  return text.replaceAll(ESCAPED_SEMICOLON, ';');
}

/** A level's name as read: a footnote mark on it is not kept (a note belongs to a value). */
export function levelName(read: string): string {
  return read.replace(NOTE, '').trim();
}

/** A level's value as read: `value` its text alone, `content` with its footnote marks (when it has any). */
export function targetValue(level: string, read: string): TargetValue {
  const value = read.replace(NOTE, '').trim();
  if (!read.includes('\uE001')) return { level, value };
  const content: Inline[] = read.split(NOTE).flatMap((part, i): Inline[] => {
    if (i % 2 === 1) return [{ kind: 'footnote-ref', number: Number(part) }];
    return part === '' ? [] : [{ kind: 'text', value: part }];
  });
  return { level, value, content };
}

function markEscapes(node: Nodes, context: BuildContext): Nodes {
  if (node.type === 'footnoteReference') return { type: 'text', value: `\uE001${context.footnoteNumber(node, node.identifier)}\uE002` };
  if (node.type === 'text') return { ...node, value: markText(node.value, context.source(node)) };
  if ('children' in node) return { ...node, children: node.children.map((child) => markEscapes(child, context)) } as Nodes;
  return node;
}

/** Each `;` of the source in order: an escape or an entity for it (true), or a bare one (false). */
function markText(value: string, source: string): string {
  if (!value.includes(';')) return value;
  const escaped = [...source.matchAll(/\\\\|\\;|&#0*59;|&#x0*3b;|&semi;|&#?\w+;|;/gi)]
    .map((match) => match[0])
    .filter((token) => token === ';' || isEscapedSemicolon(token))
    .map(isEscapedSemicolon);
  // A source that does not line up with the text (none known): every `;` separates, as before.
  if (escaped.length !== value.split(';').length - 1) return value;
  let index = 0;
  return value.replace(/;/g, () => (escaped[index++] ? ESCAPED_SEMICOLON : ';'));
}

function isEscapedSemicolon(token: string): boolean {
  return /^(\\;|&#0*59;|&#x0*3b;|&semi;)$/i.test(token);
}
