import { rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'puppeteer-core';
import { CliError, RendererEnded } from '../cli/errors.js';
import { createBrowserHome, removeBrowserHomeSync, type BrowserHome } from './browser-home.js';
import { findBrowser } from './find-browser.js';
import { browserVersion } from './browser-version.js';
import { hardenPage, type PageRequestEvent } from './harden-page.js';
import { launchFlags } from './offline-args.js';
import { PageOpenWatch } from './page-open-watch.js';
import { Semaphore } from './semaphore.js';

export type { PageRequestEvent } from './harden-page.js';

/** Options of a `BrowserManager`; all optional. */
export interface BrowserManagerOptions {
  /** The browser to launch. Default: `findBrowser()` at first use. */
  executablePath?: string;
  /** Pages open at once; further `withPage` calls wait. Default 2 (one per core here). */
  maxPages?: number;
  /** Milliseconds to wait for the browser to start. Default 30 000. */
  launchTimeout?: number;
  /**
   * Default timeout of every page operation (loading, printing), in ms; 0: none. Default 0: a
   * build bounds each document with its own `--timeout` budget, which closes the page.
   */
  pageTimeout?: number;
  /** Milliseconds `close()` waits for the killed browser to exit. Default 5 000. */
  closeTimeout?: number;
  /** Called for every request any page makes (for diagnostics and tests). */
  onRequest?: (event: PageRequestEvent) => void;
  /** Documents a page takes between two collections of its renderer's garbage; 0: never. Default 8 (see `COLLECT_EVERY`). */
  collectGarbageEvery?: number;
}

/**
 * A reused page leaves each document it loaded before to Blink's garbage collector, which in a
 * renderer with JavaScript off seldom runs: each renderer grew by about 4 MB a document (150 MB
 * after one, 300 MB after 25 of the 33-page sample), so a build's peak memory grew with its number
 * of deployments. Once every 8 documents, a collection (`gc()`, about 40 ms) keeps a renderer
 * near 230 MB, what a build of 10 deployments peaks at anyway.
 */
const COLLECT_EVERY = 8;

/**
 * How long the browser may take to open a page: about 50 ms, seconds on a loaded machine. A
 * renderer that ends while Chromium sets the page up leaves it unanswered, and puppeteer's
 * `newPage` waiting for ever, holding the document's slot: `PageOpenWatch` fails it as soon as
 * Chromium reports the end; this bounds what it cannot see (a browser that never answers).
 */
const PAGE_OPEN_MS = 30_000;

const PAGE_NOT_OPENED = `the browser did not open a page to print it in ${PAGE_OPEN_MS / 1000} s (the machine is overloaded, or its renderer did not start): nothing of it was written and its previous output is kept`;

const PAGE_ENDED_AS_IT_OPENED = (reason: string) =>
  `the browser's page to print it ${reason} as it opened (its renderer ended, as when the machine runs out of memory; a lower --jobs uses less): nothing of it was written and its previous output is kept`;

const PAGE_CRASHED =
  "the browser's page printing it crashed (its renderer ended, as when the machine runs out of memory; a lower --jobs uses less): nothing of it was written and its previous output is kept";

/**
 * Owns one headless Chromium shared by many documents. The browser starts lazily on the first
 * `withPage`, with the offline flags, over a pipe (no debugging port is opened; Chromium also
 * exits on its own when this process dies and the pipe closes) and with a fresh temporary
 * profile that `close()` removes. Every page is locked down by `hardenPage`: JavaScript off,
 * every request that would leave the browser blocked (the HTML we print is self-contained).
 * Pages are reused from one document to the next (each `setContent` replaces the whole
 * document, and with JavaScript off nothing else carries over): a new page costs a renderer
 * process, about a third of the time of printing a 30-page checklist.
 *
 * Use it with `await using` or call `close()` in a `finally`; `close()` is idempotent.
 */
export class BrowserManager implements AsyncDisposable {
  readonly #options: BrowserManagerOptions;
  readonly #slots: Semaphore;
  #browser: Promise<Browser> | undefined;
  /** Chromium's word on the pages being opened in the launched browser (undefined: none, as if it could not start). */
  #openWatch: Promise<PageOpenWatch | undefined> | undefined;
  #home: BrowserHome | undefined;
  /** Pid of the launched browser (leader of its own process group), for the hard kill. */
  #launchedProcess: number | undefined;
  /** Stops a launch under way (it kills the starting browser). */
  #abortLaunch: AbortController | undefined;
  #closing: Promise<void> | undefined;
  /** Hardened pages that finished their work cleanly, ready for the next `withPage`. */
  readonly #idlePages: Page[] = [];
  /** Documents each page has taken since its renderer's garbage was last collected. */
  readonly #usesSinceCollection = new WeakMap<Page, number>();
  /** Pages whose renderer ended (the page's `error` event): never handed out again. */
  readonly #crashedPages = new WeakSet<Page>();

  constructor(options: BrowserManagerOptions = {}) {
    this.#options = options;
    this.#slots = new Semaphore(options.maxPages ?? 2);
  }

  /** The browser's one temporary folder (profile, crash reports, cache, its HOME and TMPDIR; see browser-home.ts), while it exists. */
  get userDataDir(): string | undefined {
    return this.#home?.root;
  }

  /** Whether `close()` (or `kill()`) has been called. */
  get closed(): boolean {
    return this.#closing !== undefined;
  }

  /**
   * Runs `fn` with a hardened page (JavaScript off, network blocked): an idle one from an
   * earlier call, or a new one. Afterwards the page goes back to the idle ones if `fn`
   * succeeded, and is closed if it threw. At most `maxPages` run at once.
   */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    this.#assertOpen();
    return this.#slots.run(async () => {
      try {
        return await this.#onPage(fn);
      } catch (error) {
        throw (await this.#browserEnded(error)) ?? error;
      }
    });
  }

  /**
   * The error to stop the build with when the browser itself ended under it (killed, as for want
   * of memory, or crashed), not when this build closed it: no page can print any more.
   */
  async #browserEnded(error: unknown): Promise<CliError | undefined> {
    const browser = await this.#browser?.catch(() => undefined);
    if (this.#closing || !browser || browser.connected) return undefined;
    const child = browser.process();
    // Its pipe may close a moment before its process is reaped.
    if (child && child.exitCode === null && child.signalCode === null) await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(1_000)]);
    // A wrapper script (Debian's /usr/bin/chromium-headless-shell) exits 128 + the signal that killed the browser.
    const signal = child?.signalCode ?? (child?.exitCode != null && child.exitCode > 128 ? signalName(child.exitCode - 128) : undefined);
    const how = signal ? `killed by ${signal}, as when the machine runs out of memory` : child?.exitCode != null ? `exit code ${child.exitCode}` : 'its connection closed';
    return new CliError(
      `The browser ${child?.spawnfile ?? 'Chromium'} ended during the build (${how}): the files written so far are kept, and the next build makes the rest (a lower --jobs uses less memory)`,
      1,
      { cause: error },
    );
  }

  async #onPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = (await this.#idlePage()) ?? (await this.#newHardenedPage());
    const { crashed, stopWatching } = watchCrash(page);
    let clean = false;
    try {
      const result = await Promise.race([fn(page), crashed]);
      clean = true;
      return result;
    } finally {
      stopWatching();
      // A page whose work failed may be mid-navigation or broken: never hand it out again.
      if (clean && !this.#closing && !page.isClosed() && (await this.#collectGarbageInTime(page))) this.#idlePages.push(page);
      else await page.close().catch(() => undefined); // the browser may already be gone
    }
  }

  /** Collects the garbage of the page's renderer every `collectGarbageEvery` documents; false if the page failed to. */
  async #collectGarbageInTime(page: Page): Promise<boolean> {
    const every = this.#options.collectGarbageEvery ?? COLLECT_EVERY;
    const uses = (this.#usesSinceCollection.get(page) ?? 0) + 1;
    this.#usesSinceCollection.set(page, uses < every ? uses : 0);
    if (every <= 0 || uses < every) return true;
    try {
      // DevTools evaluates with the page's JavaScript off; `gc` is there by EXPOSE_GC_ARGS.
      await page.evaluate('gc()');
      return true;
    } catch {
      return false; // a page that cannot be reached is not handed out again
    }
  }

  /** An idle page whose renderer is still there; those that crashed while idle are closed. */
  async #idlePage(): Promise<Page | undefined> {
    for (let page = this.#idlePages.pop(); page; page = this.#idlePages.pop()) {
      if (!this.#crashedPages.has(page)) return page;
      await page.close().catch(() => undefined);
    }
    return undefined;
  }

  async #newHardenedPage(): Promise<Page> {
    const browser = await this.#getBrowser();
    const watch = await this.#openWatch;
    if (!watch) return this.#openHardenedPage(browser);
    return watch.open((stopped) => this.#openHardenedPage(browser, stopped), (reason) => new RendererEnded(PAGE_ENDED_AS_IT_OPENED(reason)));
  }

  async #openHardenedPage(browser: Browser, stopped?: AbortSignal): Promise<Page> {
    const page = await withinTime(browser.newPage(), PAGE_OPEN_MS, () => new RendererEnded(PAGE_NOT_OPENED), stopped);
    page.once('error', () => this.#crashedPages.add(page));
    // A renderer that ends while the page is set up (killed as it starts) leaves it unanswered too.
    const { crashed, stopWatching } = watchCrash(page);
    try {
      await Promise.race([hardenPage(page, { timeout: this.#options.pageTimeout ?? 0, onRequest: this.#options.onRequest }), crashed]);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    } finally {
      stopWatching();
    }
    return page;
  }

  /**
   * Starts the browser now, without waiting for it, so its start-up overlaps other work (a
   * build reads and checks its inputs meanwhile). A failure is not reported here: the next
   * `withPage` tries again and throws the error where a document needs the browser.
   */
  warmUp(): void {
    if (this.#closing) return;
    this.#getBrowser().catch(() => undefined);
  }

  /** Closes the browser (killing it if it does not exit in time) and removes its profile. */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  /** Same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * Synchronous last resort (a second Ctrl-C, process exit): SIGKILLs the browser's process
   * group and removes its profile. Prefer `close()`.
   */
  kill(): void {
    this.#closing ??= Promise.resolve();
    this.#abortLaunch?.abort(new Error('the build was stopped'));
    this.#killBrowserProcess();
    this.#removeProfileSync();
  }

  #assertOpen(): void {
    if (this.#closing) throw new Error('BrowserManager is closed');
  }

  #getBrowser(): Promise<Browser> {
    this.#assertOpen();
    this.#browser ??= this.#launch().catch((error: unknown) => {
      this.#browser = undefined; // let a later call try again
      throw error;
    });
    return this.#browser;
  }

  async #launch(): Promise<Browser> {
    const executablePath = this.#options.executablePath ?? (await findBrowser());
    const { headless, args } = launchFlags(executablePath);
    const home = await createBrowserHome();
    this.#home = home;
    process.on('exit', this.#onProcessExit);
    const launchTimeout = this.#options.launchTimeout ?? 30_000;
    // A browser that starts but never answers is killed (puppeteer kills its process group on
    // abort) after launchTimeout, and at once when the build is closed meanwhile (Ctrl-C).
    const abort = new AbortController();
    this.#abortLaunch = abort;
    const timer = setTimeout(() => abort.abort(new Error(`it did not answer within ${launchTimeout / 1000} s and was stopped`)), launchTimeout);
    try {
      const { default: puppeteer } = await import('puppeteer-core');
      const launching = puppeteer.launch({
        executablePath,
        headless,
        pipe: true,
        userDataDir: home.profile,
        args: [...args, ...home.args],
        env: home.env,
        timeout: launchTimeout,
        signal: abort.signal,
        // No limit of puppeteer's own on a CDP call (its default is 180 s): a long print of a
        // large master is bounded by the document's --timeout budget, never cut short here.
        protocolTimeout: 0,
        // Signals are ours to handle (installSignalCleanup), so the profile is removed too;
        // puppeteer still kills the browser on process exit.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      const browser = await Promise.race([launching, rejectOnAbort(abort.signal)]);
      this.#launchedProcess = browser.process()?.pid;
      // Chromium is killed at the end (#shutdown), and a read on its pipes may then fail with
      // ECONNRESET: after puppeteer has closed its transport and removed its own listeners, or
      // before its log reader (a readline interface on stdout and stderr, which passes a
      // stream's error on to itself, where nothing listens) has seen the stream close. Either
      // would end a finished build as an internal error: the streams' errors are ours alone.
      for (const stream of browser.process()?.stdio ?? []) stream?.removeAllListeners('error').on('error', () => undefined);
      // Without it, an opening whose renderer ends still fails, after PAGE_OPEN_MS.
      this.#openWatch = PageOpenWatch.start(browser).catch(() => undefined);
      return browser;
    } catch (error) {
      // Stopped by us (the launch timeout, Ctrl-C): its reason is the message.
      const stopped = abort.signal.aborted && abort.signal.reason instanceof Error ? abort.signal.reason.message : undefined;
      abort.abort(error); // a launch that failed any other way leaves no process either
      this.#removeProfileSync();
      // Puppeteer only says its pipe closed ("Target closed") when the browser could not start
      // at all: then the browser's own first line of errors says why (a library missing).
      const ran = stopped === undefined ? await browserVersion(executablePath, 5_000) : undefined;
      const reason = stopped ?? (ran && 'why' in ran ? ran.why : error instanceof Error ? error.message.split('\n')[0] : String(error));
      throw new CliError(
        `Could not start the browser ${executablePath} for PDF output: ${reason}\n` +
          `Check that \`${executablePath} --version\` runs, or point PUPPETEER_EXECUTABLE_PATH ` +
          'at another Chromium or Chrome.',
        1,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
      this.#abortLaunch = undefined;
    }
  }

  async #shutdown(): Promise<void> {
    this.#abortLaunch?.abort(new Error('the build was stopped'));
    const pending = this.#browser;
    const browser = pending ? await pending.catch(() => undefined) : undefined;
    if (browser) {
      // The profile is thrown away and every PDF is already in memory, so nothing is lost by
      // ending Chromium at once; a graceful Browser.close costs a quarter of a second.
      const child = browser.process();
      const exited =
        child && child.exitCode === null && child.signalCode === null
          ? new Promise<void>((resolve) => child.once('exit', () => resolve()))
          : Promise.resolve();
      this.#killBrowserProcess();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.#options.closeTimeout ?? 5_000);
      });
      await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      await browser.close().catch(() => undefined); // drops puppeteer's side of the pipe
      this.#launchedProcess = undefined; // gone: never signal a pid that may be reused
    }
    const home = this.#home;
    if (home) {
      // best effort: a leftover temp dir must not turn a finished build into a failure
      for (const dir of home.folders) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
      this.#home = undefined;
    }
    process.off('exit', this.#onProcessExit);
  }

  #killBrowserProcess(): void {
    const pid = this.#launchedProcess;
    if (pid === undefined) return;
    this.#launchedProcess = undefined;
    try {
      process.kill(-pid, 'SIGKILL'); // puppeteer starts Chromium as a process-group leader
    } catch {
      // already gone
    }
  }

  #removeProfileSync(): void {
    if (!this.#home) return;
    removeBrowserHomeSync(this.#home);
    this.#home = undefined;
    process.off('exit', this.#onProcessExit);
  }

  /** On process exit puppeteer SIGKILLs the browser; we remove the profile it leaves. */
  readonly #onProcessExit = (): void => {
    this.#killBrowserProcess();
    this.#removeProfileSync();
  };
}

/** A promise that rejects with the signal's reason once it is aborted. */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** `SIGKILL` for 9; the number where no signal has it. */
function signalName(number: number): string {
  return Object.entries(constants.signals).find(([, value]) => value === number)?.[0] ?? `signal ${number}`;
}

/**
 * A promise that rejects (RendererEnded) when the page's renderer ends (killed for its memory, a
 * crash): the page never answers again, so what is awaited of it would wait forever, until the
 * document's --timeout. Race it with the page's work; `stopWatching` once that is over.
 */
function watchCrash(page: Page): { crashed: Promise<never>; stopWatching: () => void } {
  let onCrash = () => undefined as void;
  const crashed = new Promise<never>((_resolve, reject) => (onCrash = () => reject(new RendererEnded(PAGE_CRASHED))));
  crashed.catch(() => undefined); // only observed through a race
  page.once('error', onCrash);
  return { crashed, stopWatching: () => void page.off('error', onCrash) };
}

/**
 * `promise`, or `failure()` once `ms` have passed, or the reason of `signal` once it is aborted
 * (its timer would keep a finished build's process alive that long); what it resolves to later
 * is closed (a page opened after all is not left open).
 */
async function withinTime(promise: Promise<Page>, ms: number, failure: () => Error, signal?: AbortSignal): Promise<Page> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(failure()), ms)));
  try {
    return await Promise.race(signal ? [promise, late, rejectOnAbort(signal)] : [promise, late]);
  } catch (error) {
    promise.then((page) => page.close(), () => undefined).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
