/**
 * IDs that break only where they may: `CL-SF:SNMPv3` may wrap after `-`, `.`, `:` and `/`,
 * never inside a word, so a narrow column shows `CL-SF:` / `SNMPv3`, not `CL-SF:SNM` / `Pv3`.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** The text with a `<wbr>` (a break opportunity, no character) after each separator. */
export function breakableId(text: string): ElementContent[] {
  return text
    .split(/(?<=[-.:/])(?=.)/)
    .flatMap((piece, index): ElementContent[] => (index === 0 ? [{ type: 'text', value: piece }] : [h('wbr'), { type: 'text', value: piece }]));
}
