/**
 * Text that breaks only where it may. IDs: `CL-SF:SNMPv3` may wrap after `-`, `.`, `:` and `/`,
 * never inside a word, so a narrow column shows `CL-SF:` / `SNMPv3`, not `CL-SF:SNM` / `Pv3`.
 * Dates: `2025-03-14` never wraps at its hyphens (a browser breaks after a hyphen).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** The text with a `<wbr>` (a break opportunity, no character) after each separator. */
export function breakableId(text: string): ElementContent[] {
  return text
    .split(/(?<=[-.:/])(?=.)/)
    .flatMap((piece, index): ElementContent[] => (index === 0 ? [{ type: 'text', value: piece }] : [h('wbr'), { type: 'text', value: piece }]));
}

/**
 * Longer IDs than this may wrap in the responsibility matrix and the open items, which keep IDs
 * on one line: their ID column widens to the whole ID, as the DOCX's does, which the rest of the
 * table affords up to about this length.
 */
export const WHOLE_ID = 30;

/**
 * An ID for a cell that keeps it on one line (style.css `td.id`, `white-space: nowrap`): the
 * plain text, as Chromium still breaks a nowrap text at a `<wbr>`; one longer than WHOLE_ID in a
 * `span.long-id` that may wrap after its separators.
 */
export function wholeId(text: string): ElementContent[] {
  return [...text].length > WHOLE_ID ? [h('span.long-id', breakableId(text))] : [{ type: 'text', value: text }];
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The text with each ISO date in a span that does not wrap (style.css `.date`). */
export function wholeDates(text: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(ISO_DATE)) {
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push(h('span.date', match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
