/**
 * `[^1]: Text.` and, on the next line, a paragraph of the body: with no blank line between,
 * Markdown takes the line as the footnote's (a lazy line), so it moves to the end of the
 * document with the footnote. A line that reads as the sentence going on is a hard wrap.
 */
import type { FootnoteDefinition } from 'mdast';
import type { BuildContext } from './context.js';

export function reportFootnoteContinued(node: FootnoteDefinition, context: BuildContext): void {
  const lines = context.source(node).split('\n');
  const at = lines.findIndex((line, index) => index > 0 && /^\S/.test(line) && /[.!?:]\s*$/.test(lines[index - 1] ?? '') && /^\p{Lu}/u.test(line));
  if (at < 0) return;
  const place = context.place(node);
  context.warning(
    { ...place, line: place.line + at, column: 1 },
    `"${(lines[at] ?? '').slice(0, 40)}" follows the footnote [^${node.label ?? node.identifier}] with no blank line between, so Markdown makes it part of the footnote, printed with it at the end of the document: leave a blank line before it (or indent it, to continue the footnote)`,
    'footnote-continued',
  );
}
