/**
 * Fails the opening of a page at once when its renderer ends meanwhile. Puppeteer's `newPage`
 * has no page yet to report the crash on, and waits for the dead renderer's answers for ever:
 * the document waited out the 30 s bound of opening a page. Chromium says so straight away, on
 * a browser-level session that discovers targets (`Target.targetCrashed`, `targetDestroyed`,
 * `detachedFromTarget`), with the target's id only. Pages are opened one at a time here (an
 * opening takes about 50 ms), so the page targets created during an opening are that opening's.
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import { Semaphore } from './semaphore.js';

/** The reason an opening failed: how Chromium reported the end of its page's renderer. */
export type PageEndReason = 'crashed' | 'destroyed';

interface Opening {
  /** Page targets created since this opening began. */
  readonly targets: Set<string>;
  /** Rejects the opening's race. */
  fail: (reason: PageEndReason) => void;
}

export class PageOpenWatch {
  readonly #session: CDPSession;
  readonly #oneAtATime = new Semaphore(1);
  #opening: Opening | undefined;

  private constructor(session: CDPSession) {
    this.#session = session;
    session.on('Target.targetCreated', ({ targetInfo }) => {
      if (targetInfo.type === 'page') this.#opening?.targets.add(targetInfo.targetId);
    });
    session.on('Target.targetCrashed', ({ targetId }) => this.#ended(targetId, 'crashed'));
    session.on('Target.targetDestroyed', ({ targetId }) => this.#ended(targetId, 'destroyed'));
  }

  /** A watch on `browser`'s page targets, through a session of its own. */
  static async start(browser: Browser): Promise<PageOpenWatch> {
    const session = await browser.target().createCDPSession();
    await session.send('Target.setDiscoverTargets', { discover: true });
    return new PageOpenWatch(session);
  }

  /**
   * Runs `open` (after any opening under way), and rejects with `failure(reason)` as soon as
   * the renderer of a page it creates ends; that page's tab is closed, and `open`'s signal
   * aborted with the same error: it is to stop waiting (its timers), and close a page it opens
   * after all.
   */
  async open<T>(open: (stopped: AbortSignal) => Promise<T>, failure: (reason: PageEndReason) => Error): Promise<T> {
    return this.#oneAtATime.run(async () => {
      const targets = new Set<string>();
      const stop = new AbortController();
      const ended = new Promise<never>((_resolve, reject) => {
        this.#opening = {
          targets,
          fail: (reason) => {
            const error = failure(reason);
            stop.abort(error);
            reject(error);
          },
        };
      });
      ended.catch(() => undefined); // observed through the race only
      try {
        return await Promise.race([open(stop.signal), ended]);
      } catch (error) {
        // A crashed tab stays open in the browser; nothing will use it.
        for (const targetId of targets) await this.#session.send('Target.closeTarget', { targetId }).catch(() => undefined);
        throw error;
      } finally {
        this.#opening = undefined;
      }
    });
  }

  #ended(targetId: string, reason: PageEndReason): void {
    if (this.#opening?.targets.has(targetId)) this.#opening.fail(reason);
  }
}
