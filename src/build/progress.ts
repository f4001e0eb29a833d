/**
 * What a build tells while it runs: one line per file written, with the time its own render
 * took (not the time it waited for others); on a terminal a live `12/50 documents` counter
 * on stderr; and a closing line with the totals.
 */
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { visible } from '../diagnostics/diagnostics.js';

export interface ProgressStreams {
  /** Where the lines go: a file's, the closing one. */
  out: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where the live counter goes; it is drawn only on a terminal (see `drawsLiveCounter`). */
  status: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * Whether a live counter, redrawn with a carriage return and an erase-line escape, may go to
 * `status`: a terminal, and so is `out`, where the lines go (through a pipe, `| tee build.log`,
 * they reach the terminal later, after the counter, and run into it), but not a dumb one
 * (Emacs' shell, which shows the escape as text), nor a CI job's (a runner that gives the job a
 * pseudo-terminal keeps every redraw in its log).
 */
export function drawsLiveCounter(streams: { out: { isTTY?: boolean }; status: { isTTY?: boolean } }, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  return streams.status.isTTY === true && streams.out.isTTY === true && env.TERM !== 'dumb' && !ci;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export class Progress {
  readonly #streams: ProgressStreams;
  readonly #started = performance.now();
  readonly #renderMs = new Map<string, number>();
  #documents = 0;
  #finished = 0;
  #failed = 0;
  #files = 0;
  #upToDate = 0;
  /** The counter is on the terminal's last line. */
  #drawn = false;
  #live: boolean;

  constructor(streams: ProgressStreams = { out: process.stdout, status: process.stderr }, env: NodeJS.ProcessEnv = process.env) {
    this.#streams = streams;
    this.#live = drawsLiveCounter(streams, env);
  }

  /** The number of documents this build renders (those up to date are not counted). */
  begin(documents: number, upToDateFiles: number): void {
    this.#documents = documents;
    this.#upToDate = upToDateFiles;
    this.#drawCounter();
  }

  /** A file was written; `ms` is its own render time. */
  written(path: string, extension: string, ms: number): void {
    this.#files++;
    this.#renderMs.set(extension, (this.#renderMs.get(extension) ?? 0) + ms);
    this.clear();
    // An --out folder's name may hold control characters (ESC [2J would clear the terminal).
    this.#streams.out.write(`${visible(relative(process.cwd(), path))}  ${Math.round(ms)} ms\n`);
    this.#drawCounter();
  }

  documentDone(): void {
    this.#finished++;
    this.#drawCounter();
  }

  /** A document failed on its own (reported by the caller); the counter counts it as handled. */
  documentFailed(): void {
    this.#failed++;
    this.#drawCounter();
  }

  /** Removes the counter and prints the totals. */
  end(): void {
    this.clear();
    const wall = seconds(performance.now() - this.#started);
    const renders = [...this.#renderMs].map(([extension, ms]) => `${extension} ${seconds(ms)}`).join(', ');
    const upToDate = this.#upToDate > 0 ? `; ${plural(this.#upToDate, 'file')} up to date` : '';
    const failed = this.#failed > 0 ? `; ${plural(this.#failed, 'document')} failed (see above)` : '';
    const line =
      this.#files === 0 && this.#failed === 0
        ? `nothing to build: ${plural(this.#upToDate, 'file')} up to date (${wall}; --force rebuilds them)`
        : `built ${plural(this.#files, 'file')} of ${plural(this.#finished, 'document')} in ${wall}${renders === '' ? '' : ` (render time ${renders})`}${upToDate}${failed}`;
    this.#streams.out.write(`${line}\n`);
  }

  #drawCounter(): void {
    if (!this.#live || this.#documents === 0) return;
    // Never wider than the terminal: a wrapped counter leaves its first row behind at each redraw.
    // (A terminal of no size, as a pty nobody sized reports, is one whose width is unknown.)
    const columns = this.#streams.status.columns || Infinity;
    const width = Math.max(1, columns - 1);
    this.#streams.status.write(`\r\x1b[K${`${this.#finished + this.#failed}/${plural(this.#documents, 'document')}`.slice(0, width)}`);
    this.#drawn = true;
  }

  /**
   * Removes the counter for good: the process is ending (Ctrl-C), and documents that still
   * finish before it exits would draw it again, in front of the shell's prompt.
   */
  stop(): void {
    this.clear();
    this.#live = false;
  }

  /** Removes the counter, if drawn, so what is printed next starts its own line. */
  clear(): void {
    if (this.#drawn) this.#streams.status.write('\r\x1b[K');
    this.#drawn = false;
  }
}
