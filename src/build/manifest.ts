/**
 * The build manifest, `OUT/.checklist-build.json`: for each output, what it was made from (a
 * key over the inputs' content hashes, the templates, the options, the tool) and the hash of
 * the bytes written. An output is up to date when its key is the same and the file on disk is
 * still the one written; a build then skips it. Outputs of other builds into the same folder
 * (other shards, other formats) keep their entries.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../output/write-atomic.js';
import { fileHash, sha256, valueHash } from './fingerprint.js';

export const MANIFEST_NAME = '.checklist-build.json';

/** What one output was made from; its hash is the output's key. */
export interface MadeFrom {
  tool: string;
  format: string;
  variant: string;
  options: Record<string, unknown>;
  /** Content hash of each input file (deployment, master files), by path. */
  inputs: Record<string, string | null>;
  /** Hash of the templates folder's files. */
  templates: string;
  /** Hash of the merged view: anything the inputs bring in besides their files. */
  view: string;
}

interface Entry {
  key: string;
  sha256: string;
  madeFrom: MadeFrom;
}

interface ManifestFile {
  manifest: 1;
  outputs: Record<string, Entry>;
}

export class BuildManifest {
  readonly #outDir: string;
  readonly #outputs: Record<string, Entry>;
  #changed = false;

  private constructor(outDir: string, outputs: Record<string, Entry>) {
    this.#outDir = outDir;
    this.#outputs = outputs;
  }

  /** The manifest of an output folder; empty when there is none or it cannot be read. */
  static async read(outDir: string): Promise<BuildManifest> {
    const text = await readFile(join(outDir, MANIFEST_NAME), 'utf8').catch(() => '');
    let outputs: Record<string, Entry> = {};
    try {
      const parsed = JSON.parse(text) as Partial<ManifestFile>;
      if (parsed.manifest === 1 && parsed.outputs && typeof parsed.outputs === 'object') outputs = parsed.outputs;
    } catch {
      // no manifest, or a damaged one: every output is rebuilt
    }
    return new BuildManifest(outDir, outputs);
  }

  static key(madeFrom: MadeFrom): string {
    return valueHash(madeFrom);
  }

  /** Whether `path` was made from exactly `madeFrom` and still holds the bytes written then. */
  async upToDate(path: string, madeFrom: MadeFrom): Promise<boolean> {
    const entry = this.#outputs[this.#name(path)];
    if (!entry || entry.key !== BuildManifest.key(madeFrom)) return false;
    return (await fileHash(path)) === entry.sha256;
  }

  record(path: string, madeFrom: MadeFrom, bytes: string | Uint8Array): void {
    this.#outputs[this.#name(path)] = { key: BuildManifest.key(madeFrom), sha256: sha256(bytes), madeFrom };
    this.#changed = true;
  }

  /** Writes the manifest (atomically) when an output was recorded. */
  async save(): Promise<void> {
    if (!this.#changed) return;
    const sorted = Object.fromEntries(Object.entries(this.#outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const file: ManifestFile = { manifest: 1, outputs: sorted };
    await writeFileAtomic(join(this.#outDir, MANIFEST_NAME), `${JSON.stringify(file, null, 1)}\n`);
    this.#changed = false;
  }

  #name(path: string): string {
    return relative(this.#outDir, path).split(sep).join('/');
  }
}
