/**
 * Inline content → Word runs: one builder per inline kind, gathered in a typed map, so a new kind
 * in the model is a compile error here rather than text silently dropped.
 */
import { ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../model/checklist.js';
import { inlineText } from '../../model/inline-text.js';
import { printedAddress, webLinkTarget } from '../../model/link-policy.js';
import { imageStandIn } from '../../present/words.js';
import type { DocxContext } from './context.js';
import { CHAR } from './style-ids.js';
import { cleanText } from './text.js';

/**
 * What a run is, carried down through nested inlines: a character style (style-ids.ts), and the
 * emphasis a Word user sets by hand (Ctrl+B, Ctrl+I). Size, colour and font come from styles.
 */
export interface RunFormat {
  style?: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

interface InlineState {
  ctx: DocxContext;
  format: RunFormat;
  /** Word cannot nest hyperlinks: inside one, links become plain runs. */
  inLink: boolean;
  /** Whether a link's address is printed after it: not in a heading, which Word's contents list. */
  addresses: boolean;
}

type InlineOf<K extends Inline['kind']> = Extract<Inline, { kind: K }>;
type InlineBuilder<K extends Inline['kind']> = (node: InlineOf<K>, state: InlineState) => ParagraphChild[];

/** A run of customer or author text with the formatting in force. */
export function textRun(value: string, format: RunFormat = {}, extra: { break?: number } = {}): TextRun {
  return new TextRun({ text: cleanText(value), ...format, ...extra });
}

/** Links in Word's own Hyperlink style, as Word makes them. */
const linkFormat = (format: RunFormat): RunFormat => ({ ...format, style: CHAR.hyperlink });

const builders: { [K in Inline['kind']]: InlineBuilder<K> } = {
  // Soft line breaks of the Markdown source are spaces in the output.
  text: (node, { format }) => [textRun(node.value.replace(/\r?\n/g, ' '), format)],
  strong: (node, state) => runs(node.children, { ...state, format: { ...state.format, bold: true } }),
  emphasis: (node, state) => runs(node.children, { ...state, format: { ...state.format, italics: true } }),
  delete: (node, state) => runs(node.children, { ...state, format: { ...state.format, strike: true } }),
  code: (node, { format }) => [codeRun(node.value, format)],
  break: () => [new TextRun({ break: 1 })],
  link: (node, state) => {
    // Only web links stay links (model/link-policy.ts); any other address is its text.
    const target = webLinkTarget(node.href);
    if (state.inLink || target === undefined) return runs(node.children, state);
    const children = runs(node.children, { ...state, format: linkFormat(state.format), inLink: true });
    const link = new ExternalHyperlink({ link: target, children });
    // Printed, a link is useless without its address: it follows the text, as in the PDF.
    const address = state.addresses ? printedAddress(inlineText(node.children), node.href) : undefined;
    return address === undefined ? [link] : [link, textRun(` <${address}>`, { ...state.format, style: CHAR.linkAddress })];
  },
  xref: (node, state) => {
    const bookmark = state.ctx.bookmarks.lookup(node.anchor);
    if (bookmark === undefined || state.inLink) return runs(node.children, state);
    const children = runs(node.children, { ...state, format: linkFormat(state.format), inLink: true });
    return [new InternalHyperlink({ anchor: bookmark, children })];
  },
  // Images are not embedded; the alt text stands in their place.
  image: (node, { format }) => [textRun(imageStandIn(node.alt), { ...format, style: CHAR.subtle })],
  // Word numbers each footnote mark anew, so a note referred to twice would take two numbers
  // and shift the others: a further reference is the note's number, as in the HTML.
  'footnote-ref': (node, { ctx, format }) =>
    ctx.view.footnotes.some((f) => f.number === node.number) && ctx.firstReference(node.number)
      ? [new FootnoteReferenceRun(node.number)]
      : [new TextRun({ text: String(node.number), ...format, style: CHAR.footnoteReference })],
};

function runs(nodes: readonly Inline[], state: InlineState): ParagraphChild[] {
  return nodes.flatMap((node) => (builders[node.kind] as InlineBuilder<typeof node.kind>)(node, state));
}

/** Inline code: the Inline Code style (monospace on a light shade), in the surrounding size. */
function codeRun(value: string, format: RunFormat): TextRun {
  return new TextRun({ text: cleanText(value), ...format, style: CHAR.code });
}

/** The runs of inline content, with base formatting (a table cell's size, a heading's colour). */
export function inlineRuns(nodes: readonly Inline[], ctx: DocxContext, format: RunFormat = {}, { addresses = true } = {}): ParagraphChild[] {
  return runs(nodes, { ctx, format, inLink: false, addresses });
}
