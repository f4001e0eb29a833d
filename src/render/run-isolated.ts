/**
 * Runs a render in a worker thread that can be stopped at any moment. Long synchronous work
 * (laying out a DOCX, filling templates) never yields to the event loop, so neither a timer
 * (`--timeout`) nor a signal (Ctrl-C) could interrupt it on the main thread; a worker is
 * terminated from outside, wherever its code is. Workers that finished cleanly are kept for
 * the next render (starting one and loading the renderer's modules costs about 0.2 s).
 */
import { Worker } from 'node:worker_threads';
import { CliError } from '../cli/errors.js';

/** A function exported by a module, run with structured-clonable arguments and result. */
export interface IsolatedTask {
  /** `import.meta.url`-relative URL of the compiled module (a `.js` file under lib/). */
  module: URL;
  /** Name of the exported (possibly async) function to call. */
  name: string;
  args: unknown[];
}

/** The message a worker posts back: the function's result, or what it threw. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; stack?: string; exitCode?: number } };

const workerScript = new URL('./isolated-worker.js', import.meta.url);

/** An error thrown inside the worker, rebuilt on this side with its name, stack and exit code. */
export class IsolatedError extends Error {
  constructor(
    readonly remote: { name: string; message: string; stack?: string; exitCode?: number },
  ) {
    super(remote.message);
    this.name = remote.name;
    if (remote.stack) this.stack = remote.stack;
  }
}

/**
 * A pool of render workers for one build. `run` uses an idle worker or starts one; an abort
 * terminates that worker at once (rejecting with the signal's reason); `close` ends them all.
 */
export class IsolatedRunner {
  readonly #idle: Worker[] = [];
  readonly #busy = new Set<Worker>();
  #closed = false;
  /** A worker loading a renderer ahead of its first run (`preload`). */
  #preloading: Promise<unknown> | undefined;

  /**
   * Starts a worker and loads `module` in it now, so that its start-up (about 0.3 s of module
   * loading for the DOCX) runs beside the work before the first render instead of after it.
   */
  preload(module: URL): void {
    if (this.#closed || this.#preloading) return;
    this.#preloading = this.run({ module, name: '', args: [] }).catch(() => undefined);
  }

  async run<T>(task: IsolatedTask, signal?: AbortSignal): Promise<T> {
    // The first run takes the preloaded worker once it is ready, rather than starting another.
    if (task.name !== '') await this.#preloading;
    signal?.throwIfAborted();
    if (this.#closed) throw new Error('IsolatedRunner is closed');
    const worker = this.#idle.pop() ?? new Worker(workerScript);
    worker.ref();
    this.#busy.add(worker);
    let settled = false;
    return new Promise<T>((resolve, reject) => {
      const finish = (clean: boolean) => {
        settled = true;
        this.#busy.delete(worker);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (clean && !this.#closed) {
          worker.unref(); // an idle worker never keeps the process alive
          this.#idle.push(worker);
        } else void worker.terminate();
      };
      const onMessage = (reply: WorkerReply) => {
        finish(true);
        if (reply.ok) resolve(reply.value as T);
        // The environment's errors (a template folder that cannot be read) keep their exit code.
        else reject(reply.error.exitCode === undefined ? new IsolatedError(reply.error) : new CliError(reply.error.message, reply.error.exitCode));
      };
      const onError = (error: Error) => {
        finish(false);
        reject(error);
      };
      const onExit = (code: number) => {
        if (settled) return;
        finish(false);
        reject(new Error(`The render worker stopped unexpectedly (exit code ${code})`));
      };
      const onAbort = () => {
        if (settled) return;
        finish(false);
        reject(signal?.reason ?? new Error('aborted'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ module: task.module.href, name: task.name, args: task.args });
    });
  }

  /** Terminates every worker, busy ones included (their runs reject). Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#idle, ...this.#busy];
    this.#idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }
}
