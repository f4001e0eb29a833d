/**
 * The views of the documents rendering now: an input's view is loaded (read and merged) when
 * its first document starts and let go when its last document ends. Documents run in the
 * order of their inputs, so a build holds the views of the `--jobs` documents under way (and
 * of the next), whatever the number of deployments.
 */
import type { BuildInput } from '../cli/build-inputs.js';
import type { CustomerChecklist } from '../model/view.js';

export class LoadedViews {
  readonly #documentsLeft = new Map<BuildInput, number>();
  readonly #loaded = new Map<BuildInput, Promise<CustomerChecklist>>();

  /** @param documents Every document of the build, each naming its input. */
  constructor(documents: readonly { input: BuildInput }[]) {
    for (const { input } of documents) this.#documentsLeft.set(input, (this.#documentsLeft.get(input) ?? 0) + 1);
  }

  /** Runs one document's `work` on its input's view, loading it first if no other document has. */
  async use<T>(input: BuildInput, work: (view: CustomerChecklist) => Promise<T>): Promise<T> {
    let view = this.#loaded.get(input);
    if (!view) this.#loaded.set(input, (view = input.load()));
    try {
      return await work(await view);
    } finally {
      const left = (this.#documentsLeft.get(input) ?? 1) - 1;
      this.#documentsLeft.set(input, left);
      if (left <= 0) this.#loaded.delete(input);
    }
  }

  /** How many views are held now (for the tests). */
  get held(): number {
    return this.#loaded.size;
  }
}
