/**
 * The thread that finishes PDFs (finish-off-thread.ts): for each message, finish-pdf.ts's
 * `finishPdf` of its bytes, and the bytes back, or what it threw.
 */
import { parentPort } from 'node:worker_threads';
import { finishPdf, type PdfDocumentInfo } from './finish-pdf.js';
import type { FinishReply } from './finish-off-thread.js';

if (!parentPort) throw new Error('finish-thread.js runs only as a worker thread');
const port = parentPort;

port.on('message', ({ id, bytes, info }: { id: number; bytes: Uint8Array; info: PdfDocumentInfo }) => {
  finishPdf(bytes, info).then(
    (finished) => {
      // Its own buffer, handed over rather than copied.
      const owned = finished.byteOffset === 0 && finished.byteLength === finished.buffer.byteLength ? finished : new Uint8Array(finished);
      port.postMessage({ id, bytes: owned } satisfies FinishReply, [owned.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const thrown = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id, error: { name: thrown.name, message: thrown.message, stack: thrown.stack } } satisfies FinishReply);
    },
  );
});
