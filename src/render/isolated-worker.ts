/**
 * The worker process of run-isolated.ts: for each message, imports the named module, calls the
 * named export with the arguments and sends back its result or what it threw (no name: it only
 * loads the module, see IsolatedRunner.preload).
 */
import { tuneV8 } from '../v8-tuning.js';
import { TAKEN, type WorkerReply } from './run-isolated.js';

tuneV8(); // before a renderer loads, as the CLI does

interface Request {
  module: string;
  name: string;
  args: unknown[];
}

const send = process.send?.bind(process);
if (!send) throw new Error('isolated-worker.js runs only as a worker process (child_process.fork)');

process.on('message', (request: Request) => {
  // Taken: a worker that ends from here on ended under the task, not before it (run-isolated.ts).
  send(TAKEN);
  // With the CLI gone there is no one to answer: end quietly rather than fail on a closed pipe.
  void answer(request).then((reply) => (process.connected ? send(reply, undefined, undefined, (error) => error && process.exit(0)) : process.exit(0)));
});
// The CLI stops its workers itself (a Ctrl-C reaches the whole process group): a worker ends
// when the CLI kills it, or when the CLI is gone and its channel with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);
process.on('disconnect', () => process.exit(0));

async function answer({ module, name, args }: Request): Promise<WorkerReply> {
  try {
    const exports = (await import(module)) as Record<string, unknown>;
    if (name === '') return { ok: true, value: undefined }; // preload: the module only
    const fn = exports[name];
    if (typeof fn !== 'function') throw new Error(`${module} has no function ${name}`);
    return { ok: true, value: await (fn as (...values: unknown[]) => unknown)(...args) };
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    const exitCode = (thrown as { exitCode?: unknown }).exitCode;
    return {
      ok: false,
      error: { name: thrown.name, message: thrown.message, stack: thrown.stack, ...(typeof exitCode === 'number' ? { exitCode } : {}) },
    };
  }
}
