/**
 * Finishing a PDF (finish-pdf.ts: each page's content inflated, its header and footer marked,
 * deflated again, the objects packed) on threads of its own: about 0.05 s a PDF that the CLI's
 * thread, which drives Chromium through every step of every page, no longer spends. Fifty
 * deployments (HTML + PDF) 13.2 → 12.7 s on two cores (bench/README.md). The same code, so the
 * same bytes.
 *
 * The threads start with the browser (`startFinishing`) and keep no process running while they
 * have nothing to do. One thread finishes as fast as Chromium prints for about four `--jobs`
 * (a print costs Chromium about 0.25 s of CPU, finishing it 0.05 to 0.06 s), so a build of more
 * jobs gets a thread for every four, each started only once all the others are busy. Where no
 * thread can run (its compiled module is not there, as when the sources run under the tests, or
 * a thread failed), the CLI's thread finishes the PDF itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishPdf, type PdfDocumentInfo } from './finish-pdf.js';

/** What a thread posts back: the finished bytes, or what finishing threw. */
export interface FinishReply {
  id: number;
  bytes?: Uint8Array;
  error?: { name: string; message: string; stack?: string };
}

/** `--jobs` that one finishing thread keeps up with (see above). */
export const JOBS_PER_THREAD = 4;

const threadModule = new URL('./finish-thread.js', import.meta.url);

interface Waiting {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** A finishing thread and the PDFs it was given and has not returned yet. */
interface FinishingThread {
  worker: Worker;
  pending: Map<number, Waiting>;
}

const threads: FinishingThread[] = [];
/** How many threads may run: `startFinishing` sets it from the build's jobs. */
let limit = 1;
/** Set once a thread could not start (or its module is not there): this thread finishes. */
let unavailable = false;
let lastId = 0;

function startThread(): FinishingThread | null {
  if (!existsSync(fileURLToPath(threadModule))) {
    unavailable = true;
    return null;
  }
  try {
    const thread: FinishingThread = { worker: new Worker(threadModule), pending: new Map() };
    const { worker, pending } = thread;
    worker.on('message', ({ id, bytes, error }: FinishReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (bytes !== undefined) waiting?.resolve(bytes);
      else waiting?.reject(Object.assign(new Error(error?.message ?? 'finishing the PDF failed'), { name: error?.name ?? 'Error', stack: error?.stack }));
    });
    // A thread that fails is not used again: what it had is failed, what comes goes elsewhere.
    const drop = (error: Error) => {
      const index = threads.indexOf(thread);
      if (index >= 0) threads.splice(index, 1);
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('error', drop);
    worker.on('exit', () => drop(new Error('the thread finishing PDFs stopped')));
    // After its listeners: adding a 'message' listener holds the process again.
    worker.unref();
    threads.push(thread);
    return thread;
  } catch {
    unavailable = true;
    return null;
  }
}

/** An idle thread, else a new one while fewer than `limit` run, else the least busy; null: none can run. */
function finishingThread(): FinishingThread | null {
  if (unavailable) return null;
  const idle = threads.find((thread) => thread.pending.size === 0);
  if (idle !== undefined) return idle;
  if (threads.length < limit) {
    const started = startThread();
    if (started !== null) return started;
  }
  return threads.reduce<FinishingThread | null>((least, thread) => (least === null || thread.pending.size < least.pending.size ? thread : least), null);
}

/** Whether PDFs are finished off this thread (the tests check the CLI's are). */
export const finishesOffThread = (): boolean => finishingThread() !== null;

/** Finishing threads running now. */
export const finishingThreads = (): number => threads.length;

/**
 * Starts the first thread now (with the browser), so that it is ready for the first PDF, and
 * allows a thread for every `JOBS_PER_THREAD` of the build's `jobs`.
 */
export function startFinishing(jobs = 1): void {
  limit = Math.max(1, Math.ceil(jobs / JOBS_PER_THREAD));
  if (threads.length === 0) finishingThread();
}

/** `finishPdf` on a finishing thread where one can run. */
export function finishPdfOffThread(bytes: Uint8Array, info: PdfDocumentInfo): Promise<Uint8Array> {
  const thread = finishingThread();
  if (thread === null) return finishPdf(bytes, info);
  const id = ++lastId;
  // A buffer of its own, handed to the thread (Chromium's bytes may share theirs).
  const given = new Uint8Array(bytes);
  return new Promise<Uint8Array>((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, bytes: given, info }, [given.buffer]);
  });
}
