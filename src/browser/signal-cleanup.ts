import { constants } from 'node:os';

/** What `installSignalCleanup` needs of a browser owner (a `BrowserManager`). */
export interface Closable {
  /** Graceful shutdown: closes the browser and removes its profile. */
  close(): Promise<void>;
  /** Immediate, synchronous shutdown, for when graceful is too slow or a second signal comes. */
  kill(): void;
}

/** Options of `installSignalCleanup`. */
export interface SignalCleanupOptions {
  /** Signals to handle. Default: SIGINT, SIGTERM, SIGHUP. */
  signals?: readonly NodeJS.Signals[];
  /** Milliseconds to wait for `close()` before `kill()`. Default 5 000. */
  graceMs?: number;
  /** How to end the process. Default: `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * Process-level safety net for the CLI: on SIGINT/SIGTERM/SIGHUP, closes the browser (so no
 * Chromium is left running and its temporary profile is removed) and then exits with
 * 128 + the signal number (130 for SIGINT, 143 for SIGTERM). A second signal while closing
 * kills the browser at once and exits. Returns a function that removes the handlers.
 */
export function installSignalCleanup(
  manager: Closable,
  options: SignalCleanupOptions = {},
): () => void {
  const signals = options.signals ?? ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const graceMs = options.graceMs ?? 5_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let exiting = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    const code = 128 + (constants.signals[signal] ?? 0);
    if (exiting) {
      manager.kill();
      exit(code);
      return;
    }
    exiting = true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    void Promise.race([manager.close().catch(() => undefined), timedOut]).then(() => {
      clearTimeout(timer);
      manager.kill(); // a no-op after a completed close()
      exit(code);
    });
  };

  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
