/**
 * Inline content of the model to hast, one small handler per kind (as mdast-util-to-hast
 * does). Text only ever becomes hast text nodes, so the serializer escapes it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { inlineText } from '../../../model/inline-text.js';
import { printedAddress, webLinkTarget } from '../../../model/link-policy.js';
import type { Inline } from '../../../model/checklist.js';
import { imageStandIn } from '../../../present/words.js';
import { codeText } from './code-text.js';

type InlineKind = Inline['kind'];
/** How inline content is written: `addresses: false` in a title, which names and is listed in the contents. */
export interface InlineOptions {
  addresses?: boolean;
}

type InlineHandler<K extends InlineKind> = (node: Extract<Inline, { kind: K }>, options: InlineOptions) => ElementContent[];

const handlers: { [K in InlineKind]: InlineHandler<K> } = {
  // Runs of white space as one space, as a browser shows them: the print keeps spaces as they are
  // written (style.css), and a master's line breaks inside a paragraph are no breaks.
  text: (node) => [{ type: 'text', value: node.value.replace(/[ \t\r\n]+/g, ' ') }],
  strong: (node, options) => [h('strong', inlineToHast(node.children, options))],
  emphasis: (node, options) => [h('em', inlineToHast(node.children, options))],
  delete: (node, options) => [h('del', inlineToHast(node.children, options))],
  code: (node) => [h('code', codeText(node.value))],
  break: () => [h('br')],
  link: (node, options) => {
    const children = inlineToHast(node.children, options);
    const href = webLinkTarget(node.href);
    if (href === undefined) return [h('span', { className: ['link'] }, children)];
    const link = h('a', { href, className: ['external'] }, children);
    // Text as the DOCX has it, so every format says the same; the stylesheet shows it in print only.
    const address = options.addresses === false ? undefined : printedAddress(plainText(node.children), node.href);
    return address === undefined ? [link] : [link, h('span', { className: ['link-address'] }, ` <${address}>`)];
  },
  xref: (node, options) => [h('a', { href: `#${node.anchor}`, className: ['xref'] }, inlineToHast(node.children, options))],
  image: (node) => [h('span', { className: ['image-alt'] }, imageStandIn(node.alt))],
  'footnote-ref': (node) => [
    h('sup', { className: ['footnote-ref'] }, h('a', { href: `#fn-${node.number}` }, String(node.number))),
  ],
};

/** Inline content to hast nodes, in order. */
export function inlineToHast(nodes: readonly Inline[], options: InlineOptions = {}): ElementContent[] {
  return nodes.flatMap((node) => (handlers[node.kind] as InlineHandler<typeof node.kind>)(node, options));
}

/** Inline content as plain text, line breaks kept (for comparisons). */
export const plainText = (nodes: readonly Inline[]): string => inlineText(nodes, { lineBreak: '\n' });
