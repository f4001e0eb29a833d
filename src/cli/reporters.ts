/**
 * How `check` prints its messages, one entry per reporter (vitest's ReportersMap pattern):
 * `text` (file:line:column: severity text [rule-id], on stderr), `github` (GitHub Actions
 * annotations, on stdout, shown on the lines of a pull request) and `json` (an array, on stdout).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { formatMessage, oneLine } from '../diagnostics/diagnostics.js';

export interface Reporter {
  stream: 'stdout' | 'stderr';
  format(messages: readonly VFileMessage[]): string;
}

const severity = (message: VFileMessage) => (message.fatal === true ? 'error' : 'warning');

/** Annotation data: `%`, CR and LF escaped; in a property `:` and `,` too. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub places an annotation by the file's path from the repository's root
 * (`GITHUB_WORKSPACE`), not from the folder the step runs in (`working-directory`): a file
 * inside the workspace is named from there, with `/`; any other keeps its shown path.
 */
export function annotationPath(file: string, workspace = process.env['GITHUB_WORKSPACE']): string {
  if (!workspace || file === '') return file;
  const inside = relative(resolve(workspace), resolve(file));
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return file;
  return inside.split(sep).join('/');
}

export const reporters = {
  text: { stream: 'stderr', format: (messages) => messages.map((message) => `${formatMessage(message)}\n`).join('') },
  github: {
    stream: 'stdout',
    format: (messages) =>
      messages
        .map((message) => {
          const text = `${oneLine(message.reason)}${message.ruleId ? ` [${message.ruleId}]` : ''}`;
          return `::${severity(message)} file=${escapeProperty(annotationPath(message.file ?? ''))},line=${message.line ?? 1},col=${message.column ?? 1}::${escapeData(text)}\n`;
        })
        .join(''),
  },
  json: {
    stream: 'stdout',
    format: (messages) =>
      `${jsonText(
        messages.map((message) => ({
          file: message.file ?? '',
          line: message.line ?? 1,
          column: message.column ?? 1,
          severity: severity(message),
          message: oneLine(message.reason),
          ruleId: message.ruleId ?? null,
          ...(pointerOf(message) !== undefined ? { pointer: pointerOf(message) } : {}),
        })),
        null,
        2,
      )}\n`,
  },
} as const satisfies Record<string, Reporter>;

/**
 * JSON as `JSON.stringify` writes it, but with DEL, the C1 controls (NEL U+0085 among them),
 * U+2028 and U+2029 escaped (`\u2028`): JSON allows them raw inside a string, and many editors
 * and pagers break the line there. A reader of the JSON gets the same values (a file's exact
 * name); LF, CR and the other C0 controls JSON escapes itself.
 */
function jsonText(value: unknown, replacer: null, indent: number): string {
  return JSON.stringify(value, replacer, indent).replace(/[\x7f-\x9f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type ReporterName = keyof typeof reporters;

export function reporterNamed(name: string): Reporter | undefined {
  return Object.hasOwn(reporters, name) ? reporters[name as ReporterName] : undefined;
}

/** The JSON Pointer a deployment message is about (its text starts with it). */
function pointerOf(message: VFileMessage): string | undefined {
  return (message as VFileMessage & { pointer?: string }).pointer;
}
