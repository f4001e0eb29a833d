/**
 * Content hashes for the build manifest: of files, of folders of files, of values, of the
 * tool itself (its version, its compiled code, the dependencies installed and Node, so a changed
 * tool never reuses an output) and of what a PDF is printed with (the browser, the fonts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { readInputFile } from '../limits/input-file.js';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEditorFile } from '../content/editor-files.js';
import { isExecutableFile } from '../browser/find-browser.js';
import { fontConfigFiles, installedFonts } from '../environment/fontconfig.js';
import { isSourcePlace } from '../model/checklist.js';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A stable hash of a JSON-like value (Maps as their entries, keys in insertion order). */
export function valueHash(value: unknown): string {
  return sha256(JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item instanceof Set ? [...item] : item)));
}

/** The hash of one file's bytes, or null when it cannot be read. */
export async function fileHash(path: string): Promise<string | null> {
  // A FIFO or a device (a deployment named as one) is not read: its read would not end.
  return readInputFile(path).then(sha256, () => null);
}

/** A file's content hash, taken once a build: see `cachedFileHash`. */
export type HashOf = (path: string) => Promise<string | null>;

/** `fileHash`, each file hashed once, at its first call (so a caller may hash files before reading them). */
export function cachedFileHash(): HashOf {
  const hashes = new Map<string, Promise<string | null>>();
  return (path) => hashes.get(path) ?? hashes.set(path, fileHash(path)).get(path)!;
}

/**
 * A path as the build manifest keeps it: from the content folder, with `/`. Not from the working
 * folder, which a build run elsewhere with the same folders would change; a deployment named
 * from outside the content folder is `../` from it.
 */
export function recordedPath(path: string, contentDir: string): string {
  return relative(resolve(contentDir), resolve(path)).split(sep).join('/');
}

/** The hashes of `paths`, by `recordedPath`. */
export async function hashesByRecordedPath(paths: readonly string[], contentDir: string, hashOf: HashOf): Promise<Record<string, string | null>> {
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [recordedPath(path, contentDir), await hashOf(path)] as const)));
}

/**
 * The hash of a merged view. The source places its blocks keep name their file as messages show
 * it, from the working folder; no output prints them, and the files' contents count as inputs,
 * so the file is left out: the same view from another working folder is the same view.
 */
export function viewHash(view: unknown): string {
  return sha256(
    JSON.stringify(view, function (this: unknown, key, item: unknown) {
      if (key === 'file' && isSourcePlace(this)) return undefined;
      return item instanceof Map ? [...item] : item instanceof Set ? [...item] : item;
    }),
  );
}

/**
 * Every file under a folder (any depth), sorted. A link counts as what it leads to, as the
 * readers take it: a file (hashed through the link) or a folder (its files, each folder once).
 * An editor's own files (an Emacs lock: a link to nowhere) are no input, as the readers skip them.
 */
export async function filesUnder(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    const path = join(entry.parentPath, entry.name);
    if (isEditorFile(entry.name)) continue;
    if (entry.isFile()) files.push(path);
    else if (!entry.isSymbolicLink()) continue;
    else if (await stat(path).then((info) => info.isDirectory(), () => false)) files.push(...(await filesUnder(path, seen)));
    else files.push(path);
  }
  return files.sort();
}

let tool: Promise<string> | undefined;

/**
 * The tool: its package version and a hash of its compiled modules (lib/), of the installed
 * dependencies (`dependencyStamp`: docx, Handlebars, remark write the outputs too) and of Node's
 * version (node:zlib packs the DOCX); computed once a run.
 */
export function toolFingerprint(): Promise<string> {
  return (tool ??= hashTool());
}

async function hashTool(): Promise<string> {
  const root = new URL('../../', import.meta.url);
  const version = await readFile(new URL('package.json', root), 'utf8').then((text) => (JSON.parse(text) as { version: string }).version);
  const code = compiledModuleHashes(fileURLToPath(new URL('lib', root)));
  return `${version}+${valueHash({ code, installed: await dependencyStamp(), node: process.version }).slice(0, 16)}`;
}

/** Files that change whenever a package manager changes what is installed, by manager. */
const INSTALL_RECORDS = ['.package-lock.json', '.modules.yaml', '.yarn-state.yml', '.pnpm/lock.yaml'];

let dependencies: Promise<string | null> | undefined;

/**
 * A hash of the record the package manager keeps of the installed packages (in the
 * `node_modules` folder the tool's own dependencies come from): the outputs and a master's parse
 * depend on docx's, Handlebars' and remark's versions, which the tool's code does not hold.
 * Without such a record (npm keeps none for a global install), the hash of the packages the
 * `node_modules` folder the tool is installed in holds (`installedVersions`). Null when there
 * is neither.
 */
export function dependencyStamp(): Promise<string | null> {
  return (dependencies ??= (async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    for (let dir = root; ; dir = dirname(dir)) {
      for (const record of INSTALL_RECORDS) {
        const path = join(dir, 'node_modules', record);
        if (existsSync(path)) return fileHash(path);
      }
      if (dirname(dir) === dir) break;
    }
    const versions = installedVersions(dependencyFolder(root));
    return versions.length === 0 ? null : valueHash(versions);
  })());
}

/**
 * The `node_modules` folder the tool's dependencies are found in: the one the tool is installed
 * in (they are hoisted beside it; those it holds itself are nested in it), else its own (a clone).
 */
export function dependencyFolder(root: string): string {
  const parent = dirname(root);
  const scoped = basename(parent).startsWith('@') ? dirname(parent) : parent;
  return basename(scoped) === 'node_modules' ? scoped : join(root, 'node_modules');
}

/**
 * Every package under a `node_modules` folder, nested ones too, as `path@version` from its
 * package.json, sorted: what a record of the install would say. About 200 files for the tool's.
 */
export function installedVersions(nodeModules: string): string[] {
  const found: string[] = [];
  // Each folder once: links between packages may lead back to one read already.
  const seen = new Set<string>();
  const visit = (folder: string, prefix: string) => {
    const real = safely(() => realpathSync(folder));
    if (real === undefined || seen.has(real)) return;
    seen.add(real);
    for (const name of safeNames(folder)) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (name.startsWith('@')) {
        for (const scoped of safeNames(path)) addPackage(join(path, scoped), `${prefix}${name}/${scoped}`);
      } else addPackage(path, `${prefix}${name}`);
    }
  };
  const addPackage = (path: string, shown: string) => {
    const manifest = safely(() => JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { version?: string });
    if (manifest === undefined) return; // not a package (a stray folder or file)
    found.push(`${shown}@${manifest.version ?? ''}`);
    visit(join(path, 'node_modules'), `${shown}>`);
  };
  visit(nodeModules, '');
  return found.sort();
}

function safeNames(folder: string): string[] {
  return safely(() => readdirSync(folder)) ?? [];
}

/** The value, or undefined where reading the disk fails (a folder that is not there). */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
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

/**
 * What stands for the fonts a PDF can be printed in: each font fontconfig lists (file, face,
 * version), each font file's size and time of change, and the content of each file of its
 * configuration. A font installed or removed changes what Chromium prints (a character with no
 * font is an empty box until one is installed), and so does a font replaced at its path under
 * the same version (which fontconfig's list, from its cache, may not even show), and a rule that
 * puts another font in a family's place; null without fontconfig.
 */
export async function fontsFingerprint(): Promise<string | null> {
  const [fonts, config] = await Promise.all([installedFonts(), fontConfigFiles()]);
  if (fonts === null) return null;
  const listed = fonts.map((font) => `${font.file}|${font.index}|${font.version}`).sort();
  // Stamped as make does, not hashed: a system has hundreds of font files, many megabytes each.
  // One after another: some 300 stats take 2 to 4 ms, no more than as many promises.
  const files = [...new Set(fonts.map((font) => font.file))].sort();
  const stamps = files.map((file) => {
    const info = safely(() => statSync(file));
    return info ? fileStamp(file, info) : file;
  });
  return valueHash({ listed, stamps, config: config && (await Promise.all(config.map(async (file) => [file, await fileHash(file)]))) });
}

/**
 * What stands for the browser a PDF is printed with: its path, size and time of change. Where
 * that is a script that starts the browser (Debian's /usr/bin/chromium-headless-shell runs
 * /usr/lib/chromium/chromium-headless-shell), an upgrade replaces the browser and leaves the
 * script as it was: each program the script names by its full path counts too.
 */
export async function browserFingerprint(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return path;
  // A browser itself is a program of many megabytes: only a file as small as a script is read.
  const started = info.size <= WRAPPER_SCRIPT_BYTES ? await programsNamedBy(path) : [];
  const stamps = await Promise.all(started.map(async (program) => stat(program).then((about) => fileStamp(program, about), () => program)));
  return [fileStamp(path, info), ...stamps].join(' ');
}

const fileStamp = (path: string, info: Stats) => `${path}:${info.size}:${info.mtimeMs}`;

/** A file larger than this is no wrapper script (Debian's are 61 bytes and 5 KB). */
const WRAPPER_SCRIPT_BYTES = 64 * 1024;

/**
 * The programs a script names by their full path, after its `#!` line (whose interpreter is no
 * part of the browser); none for a file that is not a script.
 */
async function programsNamedBy(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  if (!text.startsWith('#!')) return [];
  // A `/` after no name, `$VAR`, `)` or `.`: a path from the root, not `$DIR/name` or `./name`.
  const named = text.slice(text.indexOf('\n') + 1).match(/(?<![\w$})/.-])\/(?:[\w.+-]+\/)*[\w.+-]+/g) ?? [];
  return [...new Set(named)].filter(isExecutableFile);
}
