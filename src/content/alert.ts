/**
 * GitHub's alerts: a quotation whose first line is `[!NOTE]` (`TIP`, `IMPORTANT`, `WARNING`,
 * `CAUTION`), as vendors write a guide's NOTE and IMPORTANT boxes. GitHub shows the word as the
 * box's title; CommonMark has no such syntax, so every format printed `[!IMPORTANT]` before the
 * text. The marker becomes a title line of its own, the word as written, in bold.
 */
import type { Block, Inline } from '../model/checklist.js';

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/** `IMPORTANT` as `Important`. */
const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** The quotation's blocks with an alert's marker made its title; any other quotation as it was. */
export function alertBlocks(blocks: Block[]): Block[] {
  const [first, ...others] = blocks;
  if (first?.kind !== 'paragraph') return blocks;
  const [head, ...inlines] = first.content;
  const match = head?.kind === 'text' ? MARKER.exec(head.value) : null;
  if (head?.kind !== 'text' || !match) return blocks;
  const title: Block = { kind: 'paragraph', content: [{ kind: 'strong', children: [{ kind: 'text', value: titleCase(match[1]!) }] }] };
  const after = head.value.slice(match[0].length);
  // A hard break (two spaces or `\` at the line's end) after the marker is the line's end too.
  const rest: Inline[] = [...(after === '' ? [] : [{ kind: 'text' as const, value: after }]), ...inlines];
  while (rest[0]?.kind === 'break') rest.shift();
  return [title, ...(rest.length > 0 ? [{ kind: 'paragraph' as const, content: rest }] : []), ...others];
}
