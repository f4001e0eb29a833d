/** Word-level differences between two texts (jsdiff), shared by the Markdown and HTML diffs. */
import { diffWords } from 'diff';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A cell's lines on one line: bullets as "•", a nested one as "◦" (so a change of depth shows), other line breaks as " / ". */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^- /, '• ').replace(/^ +- /, '◦ '))
    .join(' / ');
}

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(oneLine(before), oneLine(after)).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));
}

/** Prose runs paired up: a removed run followed by an added run compares line by line. */
export type ProseLine = { kind: 'changed'; parts: WordPart[]; before: string; after: string } | { kind: 'added' | 'removed'; text: string };

export function proseLines(parts: readonly { added?: boolean; removed?: boolean; lines: string[] }[]): ProseLine[] {
  const result: ProseLine[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part || (!part.added && !part.removed)) continue;
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const count = Math.max(part.lines.length, next.lines.length);
      for (let line = 0; line < count; line++) {
        const before = part.lines[line];
        const after = next.lines[line];
        if (before !== undefined && after !== undefined) result.push({ kind: 'changed', parts: wordDiff(before, after), before, after });
        else if (before !== undefined) result.push({ kind: 'removed', text: before });
        else if (after !== undefined) result.push({ kind: 'added', text: after });
      }
      index++;
      continue;
    }
    for (const text of part.lines) result.push({ kind: part.added ? 'added' : 'removed', text });
  }
  return result;
}
