/**
 * User errors and warnings as vfile messages, the unified ecosystem's own way: one VFile per
 * source file, `file.message(reason, {place, ruleId, source})`, `fatal` true for an error.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** A point in a file: 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** Collects messages for any number of files and prints them as `file:line:column: …`. */
export class Diagnostics {
  readonly #files = new Map<string, VFile>();

  /** The VFile for a path (created on first use), so messages of one file stay together. */
  file(path: string): VFile {
    let file = this.#files.get(path);
    if (!file) {
      file = new VFile({ path });
      this.#files.set(path, file);
    }
    return file;
  }

  error(path: string, place: Point | undefined, reason: string, ruleId: string): VFileMessage {
    return this.#add(path, place, reason, ruleId, true);
  }

  warning(path: string, place: Point | undefined, reason: string, ruleId: string): VFileMessage {
    return this.#add(path, place, reason, ruleId, false);
  }

  /** Every message, files by path (code-point order), messages by position. */
  get messages(): VFileMessage[] {
    const files = [...this.#files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, file]) => file);
    return files.flatMap((file) =>
      [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    );
  }

  get errorCount(): number {
    return this.messages.filter((message) => message.fatal === true).length;
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** Take over another collection's messages (e.g. a content check inside a deployment check), or those `keep` accepts. */
  merge(other: Diagnostics, keep: (message: VFileMessage) => boolean = () => true): void {
    for (const message of other.messages) {
      if (!keep(message)) continue;
      const target = this.file(message.file ?? '');
      target.messages.push(message);
    }
  }

  #add(path: string, place: Point | undefined, reason: string, ruleId: string, fatal: boolean): VFileMessage {
    const file = this.file(path);
    const message = file.message(reason, { place: place ?? { line: 1, column: 1 }, ruleId, source: 'checklist' });
    message.fatal = fatal;
    return message;
  }
}

/** One line per message: `file:line:column: error|warning text [rule-id]`, the form editors and CI read. */
export function formatMessage(message: VFileMessage): string {
  const severity: Severity = message.fatal === true ? 'error' : 'warning';
  const rule = message.ruleId ? ` [${message.ruleId}]` : '';
  return `${visible(message.file ?? '')}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${oneLine(message.reason)}${rule}`;
}

/**
 * A message is one line, whatever text (a YAML excerpt, a customer's string) went into it. The
 * tool's own words never break a line, so a line break in a message is one of a value quoted in
 * it (`"Maybe 100%\nreally"`): it is shown as the escape (`\n`, as the deployment's JSON
 * writes it), not flattened to a space, so the text searched for is the one in the file.
 */
export function oneLine(text: string): string {
  return visible(text.trim());
}

/**
 * Characters that end a line somewhere (LF, CR; vertical tab, form feed, NEL U+0085, U+2028 and
 * U+2029, which many editors and terminals break at) and the other control characters but tab,
 * written as escapes (`\n`, `\r`, `\u2028`), so a file name or a quoted value keeps its
 * message on one line and shows what is there. Everything else (umlauts, spaces, commas, a
 * backslash in a Windows path) is left as it is.
 */
const unseen = /[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029]/g;

export function visible(text: string): string {
  return text.replace(unseen, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export function formatMessages(messages: readonly VFileMessage[]): string {
  return messages.map((message) => `${formatMessage(message)}\n`).join('');
}
