/**
 * A counting semaphore: at most `size` holders at once, the rest wait in arrival order.
 * Keeps a shared browser from opening more pages than the machine has cores for.
 */
export class Semaphore {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  /** @param size How many holders may run at once (at least 1). */
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`Semaphore size must be a positive integer, got ${size}`);
    }
    this.#free = size;
  }

  /** Waits for a free slot; resolves to the function that gives it back (call it exactly once). */
  async acquire(): Promise<() => void> {
    if (this.#free > 0) {
      this.#free--;
    } else {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next(); // hand the slot straight to the next waiter
      else this.#free++;
    };
  }

  /** Runs `fn` while holding a slot. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
