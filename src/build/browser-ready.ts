/**
 * The first page a build opens, before the first PDF's clock starts (a PDF's render time is its
 * print, not Chromium's start-up). Every PDF waits for it, and the browser is asked once. A page
 * whose renderer ended as it opened (RendererEnded: killed for memory, a crash) fails the
 * document that waited for it alone: the next asks again, as `withPage` opens a new page for it.
 * Kept, that failure would fail every document of the build. Any other failure (the browser
 * cannot start) is the same for all of them and is asked once.
 */
import { RendererEnded } from '../cli/errors.js';

export function browserReadyOnce(open: () => Promise<unknown>): () => Promise<unknown> {
  let ready: Promise<unknown> | undefined;
  return () =>
    (ready ??= open().catch((error: unknown) => {
      if (error instanceof RendererEnded) ready = undefined;
      throw error;
    }));
}
