/**
 * Holds a deployment's rendered files until every document of it (the checklist, the annex) is
 * rendered, then writes them as one set. A deployment whose rendering fails is never written,
 * so its folder keeps the previous set whole.
 */
import { writeDocumentSet, type RenderedFile } from './write-document-set.js';

export class DeploymentSets {
  readonly #expected = new Map<string, number>();
  readonly #rendered = new Map<string, RenderedFile[]>();

  /** @param documents Every document of the build, each naming its deployment (its output folder). */
  constructor(documents: readonly { view: { deploymentName: string } }[]) {
    for (const { view } of documents) this.#expected.set(view.deploymentName, (this.#expected.get(view.deploymentName) ?? 0) + 1);
  }

  /**
   * Adds one document's files; the last document of a deployment writes the whole set and
   * resolves to every file written, the others resolve to [] at once.
   */
  async add<F extends RenderedFile>(deployment: string, files: readonly F[]): Promise<F[]> {
    const held = [...((this.#rendered.get(deployment) ?? []) as F[]), ...files];
    const left = (this.#expected.get(deployment) ?? 1) - 1;
    this.#expected.set(deployment, left);
    if (left > 0) {
      this.#rendered.set(deployment, held);
      return [];
    }
    this.#rendered.delete(deployment);
    await writeDocumentSet(held);
    return held;
  }
}
