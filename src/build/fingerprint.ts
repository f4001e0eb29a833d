/**
 * Content hashes for the build manifest: of files, of folders of files, of values, and of the
 * tool itself (its version and its compiled code, so a changed tool never reuses an output).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A stable hash of a JSON-like value (Maps as their entries, keys in insertion order). */
export function valueHash(value: unknown): string {
  return sha256(JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item instanceof Set ? [...item] : item)));
}

/** The hash of one file's bytes, or null when it cannot be read. */
export async function fileHash(path: string): Promise<string | null> {
  return readFile(path).then(sha256, () => null);
}

/** Every file under a folder (any depth), by path relative to it with `/`, with its hash. */
export async function folderHashes(dir: string): Promise<Record<string, string | null>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const hashes = await Promise.all(files.map(async (file) => [relative(dir, file).split(sep).join('/'), await fileHash(file)] as const));
  return Object.fromEntries(hashes);
}

let tool: Promise<string> | undefined;

/** The tool: its package version and a hash of its compiled modules (lib/); computed once a run. */
export function toolFingerprint(): Promise<string> {
  return (tool ??= hashTool());
}

async function hashTool(): Promise<string> {
  const root = new URL('../../', import.meta.url);
  const version = await readFile(new URL('package.json', root), 'utf8').then((text) => (JSON.parse(text) as { version: string }).version);
  return `${version}+${valueHash(compiledModuleHashes(fileURLToPath(new URL('lib', root)))).slice(0, 16)}`;
}

/**
 * The hash of each compiled module (`.js`; the source maps do not run) under `lib`. Read one
 * after another: a few hundred small files take a quarter of the time they take as promises.
 */
function compiledModuleHashes(lib: string): Record<string, string> {
  const files = readdirSync(lib, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.js'));
  const paths = files.map((entry) => join(entry.parentPath, entry.name)).sort();
  return Object.fromEntries(paths.map((path) => [relative(lib, path).split(sep).join('/'), sha256(readFileSync(path))]));
}

/** What stands for the browser a PDF is printed with: its path, size and time of change. */
export async function browserFingerprint(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${path}:${info.size}:${info.mtimeMs}` : path;
}
