/**
 * `| Measures | Run `ps aux | grep x` |`: GFM splits a table row at every `|` that is not
 * escaped before it reads code spans, so a pipe in a command ends the cell. The command is cut
 * in two, its `|` lost and its backticks printed, in every format; `\|` keeps it (in code too).
 */
import type { TableRow } from 'mdast';
import type { BuildContext } from './context.js';

export function reportPipesInCode(row: TableRow, context: BuildContext): void {
  const source = context.source(row);
  if (!source.includes('`') || !source.includes('|')) return;
  const start = context.place(row);
  for (const span of codeSpans(source)) {
    const pipe = unescapedPipe(source, span.from, span.to);
    if (pipe < 0) continue;
    context.warning(
      { ...start, column: start.column + pipe },
      `The | in ${source.slice(span.from - span.ticks, span.to + span.ticks).slice(0, 60)} ends the table cell, as every | in a table row does (in code too), so the cell is cut there, the | is lost and the backticks print: write \\| for it`,
      'pipe-in-code',
    );
  }
}

/** Whether a `|` in code cuts one of the row's cells (reported above; its extra cell is that, not a mistake of its own). */
export function cutByPipeInCode(row: TableRow, context: BuildContext): boolean {
  const source = context.source(row);
  return codeSpans(source).some((span) => unescapedPipe(source, span.from, span.to) >= 0);
}

/** Code spans of one line as CommonMark pairs them: a run of backticks closed by the next run as long. */
function codeSpans(line: string): { from: number; to: number; ticks: number }[] {
  const runs = [...line.matchAll(/`+/g)].filter((run) => line.charAt(run.index - 1) !== '\\');
  const spans: { from: number; to: number; ticks: number }[] = [];
  for (let open = 0; open < runs.length; open++) {
    const ticks = runs[open]![0].length;
    const close = runs.findIndex((run, index) => index > open && run[0].length === ticks);
    if (close < 0) continue;
    spans.push({ from: runs[open]!.index + ticks, to: runs[close]!.index, ticks });
    open = close;
  }
  return spans;
}

function unescapedPipe(line: string, from: number, to: number): number {
  for (let index = line.indexOf('|', from); index >= 0 && index < to; index = line.indexOf('|', index + 1)) {
    if (line.charAt(index - 1) !== '\\') return index;
  }
  return -1;
}
