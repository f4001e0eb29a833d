/**
 * The build manifest, `OUT/.checklist-build.json`: for each output, what it was made from (a
 * key over the inputs' content hashes, the templates, the options, the tool) and the hash of
 * the bytes written. An output is up to date when its key is the same and the file on disk is
 * still the one written; a build then skips it. Outputs of other builds into the same folder
 * (other shards, other formats, a build running at the same time) keep their entries. A record of a deployment checked clean is
 * kept while its file is there (built this time or not); one whose file is gone, or named as an
 * earlier version named it (from the working folder), is dropped when the manifest is written.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../output/write-atomic.js';
import type { CheckedEntry, CheckedRecords } from './checked.js';
import { fileHash, sha256, valueHash } from './fingerprint.js';
import { withFileLock } from './manifest-lock.js';
import { MANIFEST_NAME } from './manifest-name.js';

export { MANIFEST_NAME };

/** What one output was made from; its hash is the output's key. */
export interface MadeFrom {
  tool: string;
  format: string;
  variant: string;
  options: Record<string, unknown>;
  /** Content hash of each input file (deployment, master files), by path from the content folder. */
  inputs: Record<string, string | null>;
  /** Hash of the templates' files (the built-in ones a `--templates` folder leaves to them too); empty for a DOCX. */
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
  /** Deployments checked without a message, by path from the content folder (src/build/checked.ts). */
  checked?: Record<string, CheckedEntry>;
}

export class BuildManifest {
  readonly #outDir: string;
  readonly #contentDir: string;
  readonly #outputs: Record<string, Entry>;
  readonly #checked: Record<string, CheckedEntry>;
  /** What this build recorded: written over the records of the manifest as it is on disk then. */
  readonly #recordedNow = new Set<string>();
  readonly #checkedNow = new Set<string>();
  #changed = false;

  private constructor(outDir: string, contentDir: string, outputs: Record<string, Entry>, checked: Record<string, CheckedEntry>) {
    this.#outDir = outDir;
    this.#contentDir = contentDir;
    this.#outputs = outputs;
    this.#checked = checked;
  }

  /** The records of deployments checked clean, kept with the outputs. */
  readonly checked: CheckedRecords = {
    get: (name) => (Object.hasOwn(this.#checked, name) ? this.#checked[name] : undefined),
    set: (name, entry) => {
      this.#checked[name] = entry;
      this.#checkedNow.add(name);
      this.#changed = true;
    },
  };

  /**
   * The manifest of an output folder; empty when there is none or it cannot be read. `contentDir`:
   * the content folder the records of checked deployments name their files from (`recordedPath`).
   */
  static async read(outDir: string, contentDir: string): Promise<BuildManifest> {
    const { outputs, checked } = await readRecords(join(outDir, MANIFEST_NAME));
    return new BuildManifest(outDir, contentDir, outputs, checked);
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
    const name = this.#name(path);
    this.#outputs[name] = { key: BuildManifest.key(madeFrom), sha256: sha256(bytes), madeFrom };
    this.#recordedNow.add(name);
    this.#changed = true;
  }

  /** The outputs recorded, by name (`folder/file`). */
  recorded(): string[] {
    return Object.keys(this.#outputs);
  }

  /**
   * Writes the manifest (atomically) when an output or a check was recorded, or a record of a
   * check is dropped. Another build into this folder (another shard, the same build started
   * twice) may have written it since this one read it: the file is read again, under a lock,
   * and this build's records are laid over its own, so neither build's are lost.
   */
  async save(): Promise<void> {
    const path = join(this.#outDir, MANIFEST_NAME);
    await withFileLock(path, async () => {
      const written = await readRecords(path);
      const outputs = { ...written.outputs, ...picked(this.#outputs, this.#recordedNow) };
      const merged = { ...written.checked, ...picked(this.#checked, this.#checkedNow) };
      const checked = await this.#checkedOfFilesThere(merged);
      if (!this.#changed && Object.keys(checked).length === Object.keys(merged).length) return;
      const file: ManifestFile = { manifest: 1, outputs: sortedByKey(outputs), checked: sortedByKey(checked) };
      await writeFileAtomic(path, `${JSON.stringify(file, null, 1)}\n`);
      this.#changed = false;
    });
  }

  /**
   * The records of checked deployments whose files are there: a deployment not built this time
   * keeps its record; a file deleted, or a record an earlier version named from the working
   * folder (`content/deployments/a.json`, now `deployments/a.json`), would never be read again.
   */
  async #checkedOfFilesThere(records: Record<string, CheckedEntry>): Promise<Record<string, CheckedEntry>> {
    const there = await Promise.all(
      Object.keys(records).map((name) =>
        stat(resolve(this.#contentDir, name)).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
    );
    return Object.fromEntries(Object.entries(records).filter((_, index) => there[index]));
  }

  #name(path: string): string {
    return relative(this.#outDir, path).split(sep).join('/');
  }
}

/**
 * The records of a manifest file; none when there is none or it cannot be read. A damaged entry
 * (edited by hand, half merged) is dropped: its output is made, its input checked, again.
 */
async function readRecords(path: string): Promise<{ outputs: Record<string, Entry>; checked: Record<string, CheckedEntry> }> {
  const text = await readFile(path, 'utf8').catch(() => '');
  try {
    const parsed = JSON.parse(text) as Partial<ManifestFile>;
    if (parsed.manifest === 1 && isRecord(parsed.outputs)) {
      return {
        outputs: entriesWhere(parsed.outputs, (entry) => isRecord(entry) && typeof entry['key'] === 'string' && typeof entry['sha256'] === 'string'),
        checked: entriesWhere(parsed.checked, isCheckedEntry),
      };
    }
  } catch {
    // no manifest, or a damaged one: every output is rebuilt, every input checked
  }
  return { outputs: {}, checked: {} };
}

/** The entries of `record` named in `names`. */
const picked = <T>(record: Record<string, T>, names: ReadonlySet<string>): Record<string, T> => Object.fromEntries([...names].map((name) => [name, record[name] as T]));

const sortedByKey = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of `record` (when it is one) that pass `valid`. */
function entriesWhere<T>(record: unknown, valid: (entry: unknown) => boolean): Record<string, T> {
  return isRecord(record) ? (Object.fromEntries(Object.entries(record).filter(([, entry]) => valid(entry))) as Record<string, T>) : {};
}

/** A record of a deployment checked clean, with every field a recalled check reads. */
function isCheckedEntry(entry: unknown): boolean {
  if (!isRecord(entry) || !['key', 'checklist', 'viewHash'].every((field) => typeof entry[field] === 'string')) return false;
  const naming = entry['naming'];
  return isRecord(naming) && typeof naming['deploymentName'] === 'string' && isRecord(naming['meta']) && isRecord(naming['level']);
}
