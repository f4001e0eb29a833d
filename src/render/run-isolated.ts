/**
 * Runs a render in a worker process that can be stopped at any moment. Long synchronous work
 * (laying out a DOCX) never yields to the event loop, so neither a timer
 * (`--timeout`) nor a signal (Ctrl-C) could interrupt it on the main thread; a worker is
 * killed from outside, wherever its code is. Workers that finished cleanly are kept for the
 * next render (starting one and loading the renderer's modules costs about 0.2 s).
 *
 * A process rather than a thread, for a V8 of its own whose background threads fit the machine
 * (`--v8-pool-size=0`: as many as its cores allow). A worker thread shares the CLI's V8, which
 * Node gives four threads for compiling and collecting garbage in the background whatever the
 * cores: on two cores, they cost more CPU than the DOCX's own render, and a DOCX-only build of
 * the sample took 1.57 s where a worker process takes 1.31 s (bench/README.md).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, RendererEnded } from '../cli/errors.js';

const workerScript = new URL('./isolated-worker.js', import.meta.url);

/** Node's options for a worker process: V8's background threads sized to the machine. */
const WORKER_NODE_OPTIONS = ['--v8-pool-size=0'];

/** Every worker process still running, whichever runner started it. */
const running = new Set<ChildProcess>();

/**
 * However the CLI ends (Ctrl-C exits from a signal handler, an error from anywhere), its workers
 * end with it. A worker laying out a DOCX runs synchronously and cannot see its channel close:
 * left alone, it would go on for as long as the layout takes, holding the terminal's output.
 */
process.on('exit', () => {
  for (const worker of running) worker.kill('SIGKILL');
});

/** A worker process that answers tasks over its IPC channel (structured clone, as postMessage). */
function startWorker(): ChildProcess {
  const worker = fork(fileURLToPath(workerScript), [], {
    execArgv: WORKER_NODE_OPTIONS,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(worker);
  worker.once('exit', () => running.delete(worker));
  return worker;
}

/** Lets a worker keep the CLI running (while busy) or not (idle): its process and its channel. */
function holdOpen(worker: ChildProcess, hold: boolean): void {
  if (hold) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

/** Kills a worker and resolves once it has exited. */
function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.ref(); // an idle worker is unreferenced: the CLI waits for its exit all the same
  worker.kill('SIGKILL');
  return exited;
}

/** A function exported by a module, run with structured-clonable arguments and result. */
export interface IsolatedTask {
  /** `import.meta.url`-relative URL of the compiled module (a `.js` file under lib/). */
  module: URL;
  /** Name of the exported (possibly async) function to call. */
  name: string;
  args: unknown[];
}

/** The message a worker posts back: the function's result, or what it threw. */
/** What a worker sends as it takes a task, before it answers. */
export const TAKEN = 'taken';

export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; stack?: string; exitCode?: number } };

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
  readonly #idle: ChildProcess[] = [];
  readonly #busy = new Set<ChildProcess>();
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
    const idle = this.#idleWorker();
    if (idle) {
      try {
        return await this.#runOn<T>(idle, task, signal);
      } catch (error) {
        // Killed while idle, unseen until the task was sent: the task never started, and a new worker takes it.
        if (!(error instanceof NotDelivered)) throw error;
      }
    }
    return this.#runOn<T>(startWorker(), task, signal).catch((error: unknown) => {
      if (!(error instanceof NotDelivered)) throw error;
      // A new worker that exits by itself before its first task is the installation's or a bug, as before.
      throw error.exited ? new Error(`The render worker stopped unexpectedly (${error.message})`) : new RendererEnded(`the worker process to render it ended before it could start (${error.message}): nothing of it was written and its previous output is kept`);
    });
  }

  #runOn<T>(worker: ChildProcess, task: IsolatedTask, signal?: AbortSignal): Promise<T> {
    holdOpen(worker, true);
    this.#busy.add(worker);
    let settled = false;
    let taken = false;
    return new Promise<T>((resolve, reject) => {
      const finish = (clean: boolean) => {
        settled = true;
        this.#busy.delete(worker);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (clean && !this.#closed) {
          holdOpen(worker, false); // an idle worker never keeps the CLI running
          this.#idle.push(worker);
        } else void stopWorker(worker);
      };
      const onMessage = (reply: WorkerReply | typeof TAKEN) => {
        if (reply === TAKEN) {
          taken = true;
          return;
        }
        finish(true);
        if (reply.ok) resolve(reply.value as T);
        // The environment's errors (a template folder that cannot be read) keep their exit code.
        else reject(reply.error.exitCode === undefined ? new IsolatedError(reply.error) : new CliError(reply.error.message, reply.error.exitCode));
      };
      const onError = (error: Error) => {
        finish(false);
        reject(error);
      };
      const onExit = (code: number | null, signalName: NodeJS.Signals | null) => {
        if (settled) return;
        finish(false);
        // Ended before it took the task (killed while idle): the task never started.
        if (!taken) return reject(new NotDelivered(new Error(signalName ? `killed by ${signalName}` : `exit code ${code}`), signalName === null));
        // Killed (for want of memory) or crashed: that document fails, the next gets a new worker.
        if (signalName !== null) reject(new RendererEnded(`the worker process rendering it ended (killed by ${signalName}, as when the machine runs out of memory; a lower --jobs uses less): nothing of it was written and its previous output is kept`));
        else reject(new Error(`The render worker stopped unexpectedly (exit code ${code})`));
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
      worker.send({ module: task.module.href, name: task.name, args: task.args }, (error) => {
        if (error && !settled) onError(new NotDelivered(error));
      });
    });
  }

  /** An idle worker still there to answer (one that died while idle is let go). */
  #idleWorker(): ChildProcess | undefined {
    for (let worker = this.#idle.pop(); worker !== undefined; worker = this.#idle.pop()) if (worker.connected) return worker;
    return undefined;
  }

  /** Terminates every worker, busy ones included (their runs reject). Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#idle, ...this.#busy];
    this.#idle.length = 0;
    await Promise.all(all.map(stopWorker));
  }
}

/** The runner started before the CLI's modules loaded (`startRunnerEarly`), until a build takes it. */
let early: IsolatedRunner | undefined;

/**
 * Starts a worker and loads `module` in it before the CLI's own modules load (bin/checklist.js,
 * for a build that writes a DOCX: cli/early-start.ts), so that Node's start in the worker and the
 * renderer's modules run beside the CLI's loading and checking. The build takes it (`takeRunner`).
 */
export function startRunnerEarly(module: URL): void {
  early ??= new IsolatedRunner();
  early.preload(module);
}

/** The runner started early, for the build that takes it first; else a new one. */
export function takeRunner(): IsolatedRunner {
  const runner = early ?? new IsolatedRunner();
  early = undefined;
  return runner;
}

/** A task its worker never took: it could not be sent (EPIPE), or the worker ended first. */
class NotDelivered extends Error {
  /** `exited`: the worker ended by itself (an exit code), not killed nor its channel broken. */
  constructor(
    cause: Error,
    readonly exited = false,
  ) {
    super((cause as NodeJS.ErrnoException).code ?? cause.message, { cause });
    this.name = 'NotDelivered';
  }
}
