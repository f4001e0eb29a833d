/**
 * Inputs checked clean before. A deployment that a build checked without a message of its own
 * is recorded in the build manifest with what it was checked as: the hashes of its files and
 * its master's, the tool, the limits and `--level`. When a later build finds exactly that again,
 * the check would say the same, so the deployment is not parsed again: its view hash and output
 * names come from the record, and its view is merged only if one of its outputs is rebuilt.
 * Where its master had messages (a warning a vendor's master keeps), the record says so and the
 * build reads the master back (from the cache of parsed masters) to print them. A deployment
 * with a message of its own is checked on every build, so its messages are printed every time.
 */
import { activeLimits } from '../limits/limits.js';
import type { OutputNaming } from '../render/formats.js';
import { fileHash, hashesByRecordedPath, recordedPath, toolFingerprint, valueHash, type HashOf } from './fingerprint.js';

export interface CheckedEntry {
  /** Hash of what it was checked as (files, tool, limits, level). */
  key: string;
  /** The ID of the master it names. */
  checklist: string;
  viewHash: string;
  naming: OutputNaming;
  /** Its master gave messages (warnings): read it again to print them. */
  masterSaid?: boolean;
}

/** The part of the build manifest that holds the records, by deployment path (`recordedPath`). */
export interface CheckedRecords {
  get(name: string): CheckedEntry | undefined;
  set(name: string, entry: CheckedEntry): void;
}

export class CheckMemo {
  constructor(
    readonly records: CheckedRecords,
    readonly level: string | null,
    /** The content folder, which the records' paths start from (`recordedPath`). */
    readonly contentDir: string,
  ) {}

  async #key(sources: readonly string[], hashOf: HashOf): Promise<string> {
    const inputs = await hashesByRecordedPath(sources, this.contentDir, hashOf);
    return valueHash({ tool: await toolFingerprint(), limits: activeLimits(), level: this.level, inputs });
  }

  /** The record of `path` when its files (`sourcesOf` its master) are still those it was checked as. */
  async recall(path: string, sourcesOf: (checklist: string) => Promise<string[]>, hashOf: HashOf = fileHash): Promise<CheckedEntry | undefined> {
    const entry = this.records.get(recordedPath(path, this.contentDir));
    if (!entry) return undefined;
    return entry.key === (await this.#key([path, ...(await sourcesOf(entry.checklist))], hashOf)) ? entry : undefined;
  }

  /** Records a deployment checked without a message, as made of `sources` (itself first), hashed by `hashOf`. */
  async remember(sources: readonly string[], entry: Omit<CheckedEntry, 'key'>, hashOf: HashOf = fileHash): Promise<void> {
    this.records.set(recordedPath(sources[0]!, this.contentDir), { key: await this.#key(sources, hashOf), ...entry });
  }
}
