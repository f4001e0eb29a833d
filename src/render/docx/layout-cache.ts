/**
 * The patched layout bundle (fast-layout.ts) and V8's compiled code of it, kept in the tool's
 * cache folder (`layout`, environment/cache-folder.ts). Every process that lays out a DOCX would
 * otherwise patch the 1.7 MB bundle (about 60 ms), compile it (about 40 ms) and compile its
 * functions again as its first layout runs them. The code is taken from V8 after the process's
 * first layout (`save`), so the next process starts with those functions compiled: a DOCX-only
 * build of the sample 1.08 → 0.99 s (bench/README.md).
 *
 * An entry's name is the hash of what it is made from: the bundle's text, the code that patches
 * it, Node's version and the V8 flags the process set. V8 checks the code against the source and
 * its own version and flags as well, and compiles afresh where it does not fit; then `save`
 * replaces it.
 *
 * Both files are code this process runs (V8 runs its code without compiling the source again),
 * so they are read only from a folder and as files that nobody but this user can have written
 * (environment/cache-trust.ts). Another's, or one its group or others can write to, is not used
 * at all: the layout is patched and compiled in memory, as with the cache off, and the CLI says
 * why (`untrustedLayoutCache`). A file that fails the check in a folder of one's own is a miss,
 * replaced by `save`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { sha256, valueHash } from '../../build/fingerprint.js';
import { cacheFolder, touchEntry, writeEntry } from '../../environment/cache-folder.js';
import { readOwnEntry, untrustedFolder } from '../../environment/cache-trust.js';
import { v8Tuning } from '../../v8-tuning.js';

/** Entries kept: a source and a code file for each bundle, patcher and Node. */
const KEEP = 8;

export interface CompiledLayout {
  script: Script;
  /** The name of its entries (what they are made from, hashed); undefined without a cache folder. */
  key?: string;
  /** Whether the patched source and V8's code came from the cache. */
  from: { source: boolean; code: boolean };
  /** Stores the source and the code V8 has compiled so far, once, where they are not stored yet. */
  save(): Promise<void>;
}

const readOr = <T>(path: string, read: (path: string) => T): T | undefined => {
  try {
    return existsSync(path) ? read(path) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The patched bundle compiled as a script named `filename`: from the cache where it holds it,
 * else `patch()` (undefined when the patches do not fit: nothing is compiled). `patcher`: the
 * URLs of the modules whose code decides the patched text.
 */
export function compileLayout(bundle: string, filename: string, patcher: readonly string[], patch: () => string | undefined): CompiledLayout | undefined {
  const dir = cacheFolder('layout');
  if (dir === null || untrustedFolder(dir) !== undefined) {
    const source = patch();
    return source === undefined ? undefined : { script: new Script(source, { filename }), from: { source: false, code: false }, save: async () => undefined };
  }
  const patcherHashes = patcher.map((url) => readOr(fileURLToPath(url), (path) => sha256(readFileSync(path))));
  const key = valueHash({ entry: 1, node: process.version, flags: v8Tuning(), bundle: sha256(bundle), patcher: patcherHashes });
  const sourcePath = join(dir, `${key}.js`);
  const codePath = join(dir, `${key}.code`);
  const stored = readOwnEntry(sourcePath)?.toString('utf8');
  const source = stored ?? patch();
  if (source === undefined) return undefined;
  const cachedData = stored === undefined ? undefined : readOwnEntry(codePath);
  const script = new Script(source, { filename, cachedData });
  const codeUsed = cachedData !== undefined && !script.cachedDataRejected;
  // Recently used: deleted last.
  if (stored !== undefined) void touchEntry(sourcePath);
  if (codeUsed) void touchEntry(codePath);
  let saved = stored !== undefined && codeUsed;
  return {
    script,
    key,
    from: { source: stored !== undefined, code: codeUsed },
    save: async () => {
      if (saved) return;
      saved = true;
      if (stored === undefined && !(await writeEntry(sourcePath, source, KEEP))) return;
      await writeEntry(codePath, script.createCachedData(), KEEP);
    },
  };
}

/**
 * The warning for a layout cache folder that must not hold code (environment/cache-trust.ts):
 * why and what to do; undefined where the folder is fine or the cache is off.
 */
export function untrustedLayoutCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = cacheFolder('layout', env);
  const untrusted = dir === null ? undefined : untrustedFolder(dir);
  return untrusted && `${untrusted.why}, so the DOCX page layout kept there, code that a build runs, is not used: each DOCX build compiles it afresh (about 0.1 s). ${untrusted.fix}`;
}
