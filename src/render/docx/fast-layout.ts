/**
 * `docx/layout`'s `layoutDocument` with layout-patches.ts applied: the same pages in about a third
 * of the time (the layout is most of a DOCX's render time). The bundle that an import of
 * `docx/layout` loads is read, patched and evaluated as a function (`asScript`); when a patch does
 * not fit the installed docx (another version) or the bundle cannot be read or evaluated so, the
 * stock module is used: the same pages, only slower. test/docx/layout-patches.test.ts fails when
 * a patch stops fitting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { layoutDocument as StockLayout } from 'docx/layout';
import { valueHash } from '../../build/fingerprint.js';
import { cacheFolder } from '../../environment/cache-folder.js';
import { compileLayout, type CompiledLayout } from './layout-cache.js';
import { PATCHES_MODULE, patchLayoutSource } from './layout-patches.js';
import { LINES_MEMO_MODULE, LinesMemo } from './lines-memo.js';

export type LayoutFunction = typeof StockLayout;

/**
 * The installed docx's layout bundle (docx/dist/layout.mjs): the file its package's exports map
 * gives an `import` of `docx/layout`. (Read from the map, as import.meta.resolve is Node's alone.)
 */
export function layoutBundlePath(): string {
  let folder = dirname(createRequire(import.meta.url).resolve('docx'));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(folder, manifest.exports['./layout']!.import.default);
}

const EXPORTS = /\nexport \{([^}]*)\};?\s*$/;

/**
 * The bundle (an ES module without imports, ending in one `export { … }`) as a strict function
 * that returns its exports: evaluated through node:vm, it is named in stack traces as the file
 * it came from (a `data:` URL import would name it by its 2 MB of base64). Its top-level names
 * stay its own, as in a module. Undefined when the bundle does not end so.
 */
export function asScript(source: string, internals: readonly string[] = []): string | undefined {
  const exported = EXPORTS.exec(source);
  if (!exported) return undefined;
  const names = exported[1]!.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const entries = names.map((name) => name.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$2: $1'));
  // Top-level names the bundle does not export, returned beside its exports where it has them.
  for (const name of internals) if (new RegExp(`\\nvar ${name} = `).test(source)) entries.push(name);
  // On the bundle's first line, so the stack traces' line numbers are those of the patched text.
  return `(function () { "use strict"; ${source.slice(0, exported.index)}\nreturn { ${entries.join(', ')} };\n})`;
}

/** The pages of a laid-out document, as far as a page plan reads them (pinned-pages.ts). */
export interface LaidOut {
  pages: readonly { body: readonly { index: number }[]; guesses?: readonly unknown[] }[];
  stoppedAt?: unknown;
}

/**
 * Lays out a body as docx writes it (the `w:body` that a `PageNumberEstimator` is given, and its
 * context), guessing past what it cannot lay out as Word does: `layoutDocument` without the
 * formatting of the body it does first, so a document is formatted once.
 */
export type BodyLayout = (body: object, context: object) => LaidOut;

export interface LoadedLayout {
  layoutDocument: LayoutFunction;
  /** From the patched bundle's internals; undefined with the stock module. */
  layoutBody?: BodyLayout;
  /** False when the stock module was loaded instead. */
  patched: boolean;
  /** The patched bundle as compiled, and how much of it came from the cache. */
  compiled?: CompiledLayout;
  /** The lines of paragraphs by content (lines-memo.ts); undefined with the stock module. */
  lines?: LinesMemo;
}

/** What `layoutDocument` does after formatting the body (read it, lay it out until its numbers settle). */
const BODY_LAYOUT_INTERNALS = ['readDocument', 'layOutPasses', 'paragraphLines'] as const;

interface LayoutInternals {
  readDocument?: (body: object, context: object, options: { guess: boolean }) => unknown;
  layOutPasses?: (content: unknown, measurer: undefined, guess: boolean) => LaidOut;
  /** Where the patched bundle asks for lines by content (layout-patches.ts). */
  paragraphLines?: { memo?: LinesMemo };
}

function bodyLayoutOf({ readDocument, layOutPasses }: LayoutInternals): BodyLayout | undefined {
  if (typeof readDocument !== 'function' || typeof layOutPasses !== 'function') return undefined;
  return (body, context) => layOutPasses(readDocument(body, context, { guess: true }), undefined, true);
}

/**
 * The modules whose code decides the patched text and the lines stored for it (lines-memo.ts):
 * an entry of the layout cache, and the lines files named by it, are theirs.
 */
const PATCHER = [import.meta.url, PATCHES_MODULE, LINES_MEMO_MODULE];

/**
 * The patched layout (from the cache folder where it was patched and compiled before:
 * layout-cache.ts), or the stock one when a patch does not fit.
 */
export async function loadLayout(): Promise<LoadedLayout> {
  try {
    const path = layoutBundlePath();
    const bundle = readFileSync(path, 'utf8');
    const compiled = compileLayout(bundle, `${pathToFileURL(path).href}?patched`, PATCHER, () => {
      const { source, missing } = patchLayoutSource(bundle);
      return missing.length === 0 ? asScript(source, BODY_LAYOUT_INTERNALS) : undefined;
    });
    if (compiled !== undefined) {
      const exports = (compiled.script.runInThisContext() as () => unknown)();
      const { layoutDocument, ...internals } = exports as { layoutDocument?: unknown } & LayoutInternals;
      if (typeof layoutDocument === 'function') {
        const lines = typeof internals.paragraphLines === 'object' ? (internals.paragraphLines.memo = new LinesMemo()) : undefined;
        return { layoutDocument: layoutDocument as LayoutFunction, layoutBody: bodyLayoutOf(internals), patched: true, compiled, lines };
      }
    }
  } catch {
    // The stock module below lays the pages out the same.
  }
  return { layoutDocument: (await import('docx/layout')).layoutDocument, patched: false };
}

const loaded = await loadLayout();
export const { layoutDocument, layoutBody } = loaded;
/**
 * Keeps the patched layout and the code V8 compiled of it in the cache folder, once this
 * process has laid a document out (its functions compiled); then does nothing.
 */
export const keepCompiledLayout = (): Promise<void> => loaded.compiled?.save() ?? Promise.resolve();

/** Files of remembered lines kept: one a master (and layout build), the least recently used go. */
const LINES_KEPT = 32;

/**
 * The file of a master's remembered lines: theirs for this patched layout (its cache entry, which
 * names the bundle, the code that patches it and keeps its lines, Node and the V8 flags).
 */
function linesFile(masterId: string): string | undefined {
  const dir = cacheFolder('lines');
  const layout = loaded.compiled?.key;
  return dir === null || layout === undefined ? undefined : join(dir, `${valueHash({ layout, masterId })}.v8`);
}

/**
 * The lines of the master's paragraphs laid out by an earlier process, before its DOCX is laid
 * out (read once a process); from now on, the lines used are counted for `keepLines`.
 */
export async function recallLines(masterId: string): Promise<void> {
  const file = linesFile(masterId);
  if (file !== undefined) await loaded.lines?.read(file);
  loaded.lines?.track();
}

/** Stores the lines the master's DOCX used, where some were laid out anew (lines-memo.ts). */
export async function keepLines(masterId: string): Promise<void> {
  const file = linesFile(masterId);
  if (file !== undefined) await loaded.lines?.write(file, LINES_KEPT);
}

/** The memo of lines by content (the tests count its hits); undefined with the stock module. */
export const linesMemo = loaded.lines;
/** Whether `layoutDocument` is the patched one (the tests check it is). */
export const layoutIsPatched = loaded.patched;
