/**
 * The time budget of one document (`--timeout SECONDS`): an abort signal that fires when the
 * budget runs out (or when the build's own signal fires), handed to every render of the
 * document. The renders stop at once: a worker is terminated, a browser page closed.
 */
import { relative } from 'node:path';
import { levelInName, outputPath } from '../output/paths.js';
import { CliError, DocumentFailure, RendererEnded } from './errors.js';

/** Seconds a document may take when `--timeout` is not given: ten times the largest real ones. */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/** A document stopped because its budget ran out. The build goes on with the other documents. */
export class BudgetExceeded extends DocumentFailure {
  constructor(
    readonly document: string,
    readonly seconds: number,
  ) {
    super(`${document}: stopped after ${seconds} s (--timeout ${seconds}); nothing of it was written and its previous output is kept. Raise --timeout to allow more time`);
    this.name = 'BudgetExceeded';
  }
}

/** Reads `--timeout`: seconds, a positive number; 0 means no limit. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new CliError(`--timeout ${value}: give the seconds a document may take, e.g. --timeout ${DEFAULT_TIMEOUT_SECONDS} (0: no limit)`, 2);
  }
  return seconds;
}

/**
 * Runs `work` with a signal that aborts after `seconds` (never when 0) or when `parent` aborts.
 * Rejects with `BudgetExceeded` as soon as the budget runs out, even if `work` has not noticed.
 */
export async function withTimeBudget<T>(document: string, seconds: number, parent: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = seconds > 0 ? setTimeout(() => controller.abort(new BudgetExceeded(document, seconds)), seconds * 1000) : undefined;
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined); // only observed through the race below
  try {
    return await Promise.race([work(controller.signal), aborted]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}

/** What a budget needs of a document: what names it as its files are named. */
interface NamedDocument {
  view: { deploymentName: string; meta: { id: string; version: string }; level?: { chosen: string | null; ownLevel?: string | null } };
  variant: 'full' | 'annex' | 'offer';
  formats: readonly string[];
}

/** A document named as its files are: `dist/customer/id-1.0.{html,pdf,docx}`. */
export function documentLabel(outDir: string, { view, variant, formats }: NamedDocument): string {
  const stem = relative(process.cwd(), outputPath(outDir, view.deploymentName, view.meta.id, view.meta.version, variant, 'x', '', view.level ? levelInName(view.level) : '')).slice(0, -2);
  return `${stem}.${formats.length === 1 ? formats[0] : `{${formats.join(',')}}`}`;
}

/**
 * The documents of one build that failed on their own (a `DocumentFailure`: out of time, a
 * folder that cannot be written): each told at once on a line of its own, and counted, while
 * the others go on. Any other error stops the build.
 */
export class FailedDocuments {
  #stopped = 0;
  #failed = 0;
  #documents = 0;

  /** `clearLine`: removes the live `3/5 documents` counter, where one is drawn, before a message. */
  constructor(
    readonly seconds: number,
    readonly outDir: string,
    readonly clearLine: () => void = () => undefined,
  ) {}

  /** Runs one document's work within the budget; false when it failed on its own (reported, not thrown). */
  async budget(document: NamedDocument, work: (signal: AbortSignal) => Promise<void>): Promise<boolean> {
    this.#documents++;
    try {
      await withTimeBudget(documentLabel(this.outDir, document), this.seconds, undefined, work);
      return true;
    } catch (error) {
      if (!(error instanceof DocumentFailure)) throw error;
      if (error instanceof BudgetExceeded) this.#stopped++;
      else this.#failed++;
      this.clearLine();
      const named = error instanceof RendererEnded ? `${documentLabel(this.outDir, document)}: ${error.message}` : error.message;
      process.stderr.write(`checklist: ${named}\n`);
      return false;
    }
  }

  /** Prints how many failed when any did; true then (the build exits 1). */
  report(): boolean {
    const count = this.#stopped + this.#failed;
    if (count === 0) return false;
    const what = this.#failed === 0 ? 'ran out of time' : this.#stopped === 0 ? 'failed' : `failed (${this.#stopped} ran out of time)`;
    this.clearLine();
    process.stderr.write(`checklist: ${count} of ${this.#documents} documents ${what} (see above)\n`);
    return true;
  }
}
