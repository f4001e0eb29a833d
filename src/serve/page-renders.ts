/**
 * The pages of `checklist serve`, rendered one at a time and from the sources as they are when
 * the render starts. Saves that come while pages render queue one more render of each, however
 * many saves they are: ten quick saves cost two renders in a row, not ten at once on a busy
 * machine, each slower for the others (the last page showed after seconds).
 */
export class PageRenders<Key> {
  readonly #entries = new Map<Key, { started: boolean; page: Promise<string> }>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly render: (key: Key) => Promise<string>) {}

  /** The page as last rendered, or as it is being rendered; rendered now when it never was. */
  page(key: Key): Promise<string> {
    return this.#entries.get(key)?.page ?? this.#schedule(key);
  }

  /** Whether the page is rendered, or being rendered, from the sources as they are (false: it was forgotten, or never asked for). */
  has(key: Key): boolean {
    return this.#entries.has(key);
  }

  /** Whether a render of the page waits to start: it will be made from newer sources than any so far. */
  waiting(key: Key): boolean {
    return this.#entries.get(key)?.started === false;
  }

  /** The pages asked for so far (those open in a browser). */
  keys(): Key[] {
    return [...this.#entries.keys()];
  }

  /** Renders these pages again, from the sources as they are from now on; resolves once all are. */
  refresh(keys: readonly Key[]): Promise<string[]> {
    return Promise.all(keys.map((key) => this.#schedule(key)));
  }

  /** Drops a page whose source is gone: it is rendered anew if asked for again. */
  forget(key: Key): void {
    this.#entries.delete(key);
  }

  #schedule(key: Key): Promise<string> {
    const waiting = this.#entries.get(key);
    if (waiting && !waiting.started) return waiting.page; // not started yet: it will read the latest sources
    const entry = { started: false, page: Promise.resolve('') };
    entry.page = this.#queue.then(() => {
      entry.started = true;
      return this.render(key);
    });
    this.#queue = entry.page.catch(() => undefined);
    this.#entries.set(key, entry);
    return entry.page;
  }
}
