/** Turns mdast phrasing content into the model's inline nodes. */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Inline } from '../model/checklist.js';
import type { BuildContext } from './context.js';
import { reportRawHtml } from './raw-html.js';
import { isWebLink, linkAsTextReason } from '../model/link-policy.js';

/** `<br>`, `<br/>`, `<br />`: the only raw HTML honoured. */
export const lineBreakHtml = /^<br\s*\/?>$/i;

export function isLineBreakHtml(node: PhrasingContent): boolean {
  return node.type === 'html' && lineBreakHtml.test(node.value.trim());
}

/** What a comment closed further on than meant may hide: a heading, or an item table's first line. */
const hiddenBlock = /^\s{0,3}(#{1,6}\s+\S.*|\|\s*CL-[^\s|]+)/gm;

/** A line of a table cell, the text after a `<br>` (`<!-- <br>- Enable secure boot -->`). */
const hiddenCellLine = /<br\s*\/?>([^<\n]*\w[^<\n]*)/gi;

const newlinesIn = (text: string) => text.split('\n').length - 1;

/** Reports raw HTML (other than `<br>` and comments) as not rendered. */
export function warnRawHtml(node: { value: string; position?: PhrasingContent['position'] }, context: BuildContext): void {
  const value = node.value.trim();
  if (value.startsWith('<!--')) {
    // A comment is the author's note; one never closed hides all that follows it in its file.
    if (!value.includes('-->')) {
      context.error(context.place(node as PhrasingContent), 'An HTML comment (<!--) that is never closed with -->: everything after it in this file is hidden from every document', 'unclosed-comment');
      return;
    }
    // Closed lines further on (by another comment's -->?), it may hide what was meant to print.
    const inside = value.slice(0, value.lastIndexOf('-->'));
    const hidden = [...inside.matchAll(hiddenBlock), ...inside.matchAll(hiddenCellLine)].map((match) => (match[1] ?? '').replace(/^\|\s*/, '').trim().slice(0, 40));
    // Comments do not nest: a second <!-- inside means the first was meant to end before it
    // (a mistyped -->), and all up to the second one's --> is hidden, paragraphs too.
    const nested = inside.indexOf('<!--', 4);
    const runsOn = nested < 0 ? '' : ` (it runs on past the <!-- on line ${(node.position?.start.line ?? 1) + newlinesIn(inside.slice(0, nested))}: comments do not nest)`;
    if (hidden.length > 0) {
      context.warning(context.place(node as PhrasingContent), `This HTML comment hides ${hidden.map((text) => `"${text}"`).join(', ')} from every document${runsOn}: close it where it should end, or delete what it hides`, 'hidden-by-comment');
    } else if (nested >= 0) {
      context.warning(context.place(node as PhrasingContent), `This HTML comment hides all up to the --> that ends it from every document${runsOn}: close it where it should end`, 'hidden-by-comment');
    }
    return;
  }
  reportRawHtml(value, context.place(node as PhrasingContent), context);
}

export function toInlines(nodes: readonly PhrasingContent[], context: BuildContext): Inline[] {
  return nodes.flatMap((node) => toInline(node, context));
}

function toInline(node: PhrasingContent, context: BuildContext): Inline[] {
  switch (node.type) {
    case 'text':
      return [{ kind: 'text', value: node.value }];
    case 'strong':
      return [{ kind: 'strong', children: toInlines(node.children, context) }];
    case 'emphasis':
      return [{ kind: 'emphasis', children: toInlines(node.children, context) }];
    case 'delete':
      return [{ kind: 'delete', children: toInlines(node.children, context) }];
    case 'inlineCode':
      return [{ kind: 'code', value: node.value }];
    case 'break':
      return [{ kind: 'break' }];
    case 'html':
      if (isLineBreakHtml(node)) return [{ kind: 'break' }];
      warnRawHtml(node, context);
      return [];
    case 'image':
      return [{ kind: 'image', alt: node.alt ?? '' }];
    case 'imageReference':
      return [{ kind: 'image', alt: node.alt ?? '' }];
    case 'link':
      return [link(node.url, node.children, node, context)];
    case 'linkReference': {
      const url = context.definition(node, node.identifier)?.url;
      const children = toInlines(node.children, context);
      if (url === undefined) return [{ kind: 'text', value: `[${toString(node)}]` }];
      return [link(url, node.children, node, context, children)];
    }
    case 'footnoteReference':
      return [{ kind: 'footnote-ref', number: context.footnoteNumber(node, node.identifier) }];
    default:
      return [{ kind: 'text', value: toString(node) }];
  }
}

function link(
  url: string,
  children: readonly PhrasingContent[],
  node: PhrasingContent,
  context: BuildContext,
  converted?: Inline[],
): Inline {
  const content = converted ?? toInlines(children, context);
  if (!url.startsWith('#')) {
    if (!isWebLink(url)) context.warning(context.place(node), linkAsTextReason(url), 'link-scheme');
    return { kind: 'link', href: url, children: content };
  }
  const anchor = safeDecode(url.slice(1));
  const xref: Extract<Inline, { kind: 'xref' }> = { kind: 'xref', anchor, children: content };
  context.pendingXrefs.push({ node: xref, emptyText: toString(children).trim() === '', place: context.place(node) });
  return xref;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

export { inlineText, type InlineTextOptions } from '../model/inline-text.js';
