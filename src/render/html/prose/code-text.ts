/**
 * Code as a technician types it from paper. A browser wraps a long command after any `-`, so
 * `--cipher-suites` printed as `--cipher-` / `suites` reads as two words; each `-` is held to
 * the character after it (a span the stylesheet keeps unbroken: the text itself is unchanged,
 * so copying gives back the command). In a code block each source line is its own block,
 * so a line too long for the page wraps under a hanging indent with a continuation mark
 * drawn by the stylesheet (a background, never copied) and a real line end stays visible.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** `a-b` as `a`, `<span class="code-join">-b</span>`: no line break right after a hyphen. */
export function codeText(value: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(/-+[^\s-]/g)) {
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push(h('span', { className: ['code-join'] }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/** A code block's text, one `span.code-line` per source line (CR LF and CR count as line ends). */
export function codeLines(value: string): ElementContent[] {
  return value.split(/\r\n?|\n/).map((line) => h('span', { className: ['code-line'] }, codeText(line)));
}
