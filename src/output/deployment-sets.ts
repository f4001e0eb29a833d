/**
 * Holds a deployment's rendered files until every document of it (the checklist, the annex) is
 * rendered, then writes them as one set. A deployment whose rendering fails is never written,
 * so its folder keeps the previous set whole.
 */
import type { CustomerChecklist } from '../model/view.js';
import { writeDocumentSet, type RenderedFile } from './write-document-set.js';

export class DeploymentSets {
  readonly #expected = new Map<CustomerChecklist, number>();
  readonly #rendered = new Map<CustomerChecklist, RenderedFile[]>();


  /** @param documents Every document of the build, each naming the view it comes from. */
  constructor(documents: readonly { view: CustomerChecklist }[]) {
    for (const { view } of documents) this.#expected.set(view, (this.#expected.get(view) ?? 0) + 1);
  }

  /**
   * Adds one document's files; the last document of a deployment writes the whole set and
   * resolves to every file written, the others resolve to [] at once.
   */
  async add<F extends RenderedFile>(view: CustomerChecklist, files: readonly F[]): Promise<F[]> {
    const held = [...((this.#rendered.get(view) ?? []) as F[]), ...files];
    const left = (this.#expected.get(view) ?? 1) - 1;
    this.#expected.set(view, left);
    if (left > 0) {
      this.#rendered.set(view, held);
      return [];
    }
    this.#rendered.delete(view);
    await writeDocumentSet(held);
    return held;
  }
}
