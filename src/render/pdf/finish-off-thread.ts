/**
 * Finishing a PDF (finish-pdf.ts: each page's content inflated, its header and footer marked,
 * deflated again, the objects packed) on a thread of its own: about 0.05 s a PDF that the CLI's
 * thread, which drives Chromium through every step of every page, no longer spends. Fifty
 * deployments (HTML + PDF) 13.2 → 12.7 s on two cores; on more cores the CLI's thread is what
 * bounds a build (bench/README.md). The same code, so the same bytes.
 *
 * One thread serves a process's PDFs; it starts with the browser (`startFinishing`) and keeps no
 * process running while it has nothing to do. Where it cannot run (its compiled module is not
 * there, as when the sources run under the tests, or the thread failed), the CLI's thread
 * finishes the PDF itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishPdf, type PdfDocumentInfo } from './finish-pdf.js';

/** What the thread posts back: the finished bytes, or what finishing threw. */
export interface FinishReply {
  id: number;
  bytes?: Uint8Array;
  error?: { name: string; message: string; stack?: string };
}

const threadModule = new URL('./finish-thread.js', import.meta.url);

/** The thread; null where there is none to use (then this thread finishes). */
let thread: Worker | null | undefined;
const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let lastId = 0;

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function finishingThread(): Worker | null {
  if (thread !== undefined) return thread;
  thread = null;
  if (!existsSync(fileURLToPath(threadModule))) return thread;
  try {
    const worker = new Worker(threadModule);
    worker.on('message', ({ id, bytes, error }: FinishReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (bytes !== undefined) waiting?.resolve(bytes);
      else waiting?.reject(Object.assign(new Error(error?.message ?? 'finishing the PDF failed'), { name: error?.name ?? 'Error', stack: error?.stack }));
    });
    // A thread that fails is not used again: what it had is failed, what comes is finished here.
    worker.on('error', (error) => {
      thread = null;
      failAll(error);
    });
    worker.on('exit', () => {
      thread = null;
      failAll(new Error('the thread finishing PDFs stopped'));
    });
    // After its listeners: adding a 'message' listener holds the process again.
    worker.unref();
    thread = worker;
  } catch {
    thread = null;
  }
  return thread;
}

/** Whether PDFs are finished on the thread (the tests check the CLI's are). */
export const finishesOffThread = (): boolean => finishingThread() !== null;

/** Starts the thread now (with the browser), so that it is ready for the first PDF. */
export function startFinishing(): void {
  finishingThread();
}

/** `finishPdf` on the finishing thread where there is one. */
export function finishPdfOffThread(bytes: Uint8Array, info: PdfDocumentInfo): Promise<Uint8Array> {
  const worker = finishingThread();
  if (worker === null) return finishPdf(bytes, info);
  const id = ++lastId;
  // A buffer of its own, handed to the thread (Chromium's bytes may share theirs).
  const given = new Uint8Array(bytes);
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, bytes: given, info }, [given.buffer]);
  });
}
