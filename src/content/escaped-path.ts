/**
 * `C:\ProgramData\App\*.db`, `\\fileserver\setup`, `C:\Backup\` at the end of a line: in a path
 * written as text, a backslash before punctuation is Markdown's escape, and one at the end of a
 * line (but the last) a line break, so neither is printed (`C:\ProgramData\App*.db`,
 * `\fileserver`). What the author meant is read from the path: a backslash is a separator, but
 * for the escapes written on purpose, a doubled one (as this message advises) and a `\<` before
 * a placeholder at the start of a path or a part (`\<tenant-name>\manager`, as html-placeholder
 * advises). Every suggestion is read back through Markdown before it is offered. Code spans print
 * as written and are left alone.
 */
import type { Paragraph, Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BuildContext } from './context.js';

/** A path: a drive (`C:\`), a share (`\\server`), or a backslash kept before a letter or digit. */
const pathLike = /^[A-Za-z]:\\|^\\\\|\\[\p{L}\p{N}]/u;

/**
 * A word with a backslash: characters up to a space or a cell's `|`, a placeholder in angle
 * brackets whole, spaces and all (`\\<OS Concierge Servername>\netsetup`).
 */
const pathWord = /(?:<[^\s<>|\\][^<>|\n\\]{0,79}\\?>|[^\s|])+/g;

/** A placeholder right at `at`: `<tenant-name>`, `<OS Concierge Servername>`, or `<name\>`. */
const placeholderAt = /<[^\s<>|\\][^<>|\n\\]{0,79}\\?>/y;

const asciiPunctuation = /[!-/:-@[-`{-~]/;

/** A character of a path's part: a backslash after one is a separator, not an escape. */
const partCharacter = /[\p{L}\p{N}_.$~:%-]/u;

interface PathReading {
  /** What the author meant the path to print. */
  meant: string;
  /** What Markdown prints for the backslashes, HTML aside. */
  escapesRead: string;
}

interface PathWord {
  token: string;
  /** Where the token starts in its line. */
  index: number;
  atLineEnd: boolean;
}

export function reportEscapedPaths(node: Paragraph | TableCell, context: BuildContext): void {
  const source = context.source(node);
  if (!source.includes('\\')) return;
  const start = context.place(node);
  const lines = source.split('\n');
  lines.forEach((line, offset) => {
    for (const word of misreadPaths(line, offset < lines.length - 1)) {
      const { meant } = readPath(word.token, word.atLineEnd);
      const wholePrint = printedText(word.token);
      // Alone, the token has no line after it: the break drops its last backslash.
      const printed = word.atLineEnd ? wholePrint.replace(/\\$/, '') : wholePrint;
      const lostTags = [...meant.matchAll(/<[^<>]+>/g)].map((tag) => tag[0]).filter((tag) => !printed.includes(tag));
      const read = `an escape${word.atLineEnd ? ' or a line break' : ''}${lostTags.length > 0 ? `, and ${lostTags.join(', ')} as an HTML tag` : ''}`;
      context.warning(
        { ...start, line: start.line + offset, column: (offset === 0 ? start.column : 1) + word.index },
        `In "${word.token}", Markdown reads a backslash before punctuation${word.atLineEnd ? ' or at the end of a line' : ''} as ${read}, so the path prints as "${printed}": ${suggestions(meant, word.atLineEnd)}`,
        'escaped-path',
      );
    }
  });
}

/** Whether the character at `column` (from 1) of a source line is in a path that escaped-path reports. */
export function inMisreadPath(line: string, column: number): boolean {
  return misreadPaths(line, false).some((word) => word.index < column && column <= word.index + word.token.length);
}

/** The paths of a line, code spans aside, that do not print as their author meant. */
function misreadPaths(line: string, breaks: boolean): PathWord[] {
  const text = line.replace(/`+[^`]*`+/g, (code) => ' '.repeat(code.length));
  const end = text.trimEnd().length;
  const words: PathWord[] = [];
  for (const match of text.matchAll(pathWord)) {
    if (!match[0].includes('\\')) continue;
    const lead = /^[(["'“‘]*/.exec(match[0])?.[0].length ?? 0;
    const token = match[0].slice(lead).replace(/(?<!\\)[)\]"',;.:!?”’]+$/, '');
    if (!pathLike.test(token)) continue;
    const atLineEnd = breaks && match.index + match[0].length === end && token.endsWith('\\');
    const { meant, escapesRead } = readPath(token, atLineEnd);
    if (meant !== escapesRead) words.push({ token, index: match.index + lead, atLineEnd });
  }
  return words;
}

/** The path as meant, and as Markdown reads its backslashes (placeholders kept). */
function readPath(token: string, atLineEnd: boolean): PathReading {
  let meant = '';
  let read = '';
  let at = 0;
  // `\\server\share`: a share's two backslashes, of which Markdown prints one; four print two.
  if (token.startsWith('\\\\\\\\')) [meant, read, at] = ['\\\\', '\\\\', 4];
  else if (/^\\\\[^\\]/.test(token)) [meant, read, at] = ['\\\\', '\\', 2];
  let escapedPlaceholderEnd = -1;
  while (at < token.length) {
    const char = token.charAt(at);
    const next = token.charAt(at + 1);
    if (char !== '\\') {
      [meant, read, at] = [meant + char, read + char, at + 1];
    } else if (next === '') {
      [meant, read, at] = [meant + '\\', read + (atLineEnd ? '' : '\\'), at + 1];
    } else if (next === '\\') {
      // Doubled: an escaped backslash, written so on purpose.
      [meant, read, at] = [meant + '\\', read + '\\', at + 2];
    } else if (next === '<' && escapesPlaceholder(token, at)) {
      placeholderAt.lastIndex = at + 1;
      escapedPlaceholderEnd = at + 1 + (placeholderAt.exec(token)?.[0].length ?? 0);
      [meant, read, at] = [meant + '<', read + '<', at + 2];
    } else if (next === '>' && at + 2 === escapedPlaceholderEnd) {
      [meant, read, at] = [meant + '>', read + '>', at + 2];
    } else if (asciiPunctuation.test(next)) {
      [meant, read, at] = [meant + '\\' + next, read + next, at + 2];
    } else {
      [meant, read, at] = [meant + '\\' + next, read + '\\' + next, at + 2];
    }
  }
  return { meant, escapesRead: read };
}

/**
 * `\<name>` written to print a placeholder: at the start of the path, or after a separator
 * (`\\\<name>`); after a part's character (`C:\Users\<user>`) the backslash is a separator.
 */
function escapesPlaceholder(token: string, at: number): boolean {
  placeholderAt.lastIndex = at + 1;
  if (!placeholderAt.test(token)) return false;
  const before = token.charAt(at - 1);
  return before === '' || before === '\\' || !partCharacter.test(before);
}

/** The ways to write `meant` so that it prints, each read back through Markdown first. */
function suggestions(meant: string, atLineEnd: boolean): string {
  const fence = '`'.repeat(Math.max(0, ...[...meant.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const pad = meant.startsWith('`') || meant.endsWith('`') ? ' ' : '';
  const code = `${fence}${pad}${meant}${pad}${fence}`;
  const text = asText(meant, atLineEnd);
  const placeholder = /\\</.test(text) ? ' and a backslash before its placeholder' : '';
  const ways = [
    printedText(code) === meant ? `write it as code (${code})` : '',
    printedText(text) === meant ? `write it as text with those backslashes doubled${placeholder}, ${text}` : '',
  ].filter((way) => way !== '');
  return ways.length > 0 ? ways.join(', or ') : 'write it as code';
}

/** `meant` as Markdown text: a backslash doubled before punctuation, a backslash or a line's end; `\<` for a placeholder. */
function asText(meant: string, atLineEnd: boolean): string {
  // A share's two backslashes, doubled as a pair: `\\\\server`.
  let text = meant.startsWith('\\\\') ? '\\\\\\\\' : '';
  for (let at = text === '' ? 0 : 2; at < meant.length; at++) {
    const char = meant.charAt(at);
    const next = meant.charAt(at + 1);
    if (char === '\\' && (asciiPunctuation.test(next) || (next === '' && atLineEnd))) text += '\\\\';
    else if (char === '<' && ((placeholderAt.lastIndex = at), placeholderAt.test(meant))) text += '\\<';
    else text += char;
  }
  return text;
}

const inlineParser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

/** What Markdown prints for `markdown` written inside a line of text: raw HTML is not printed. */
function printedText(markdown: string): string {
  // After a word, so that nothing at its start reads as a block (`#`, `-`, `1.`).
  const tree = inlineParser.parse(`x ${markdown}`) as Root;
  return toString(tree, { includeHtml: false }).slice(2);
}
