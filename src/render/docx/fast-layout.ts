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
import { Script } from 'node:vm';
import type { layoutDocument as StockLayout } from 'docx/layout';
import { patchLayoutSource } from './layout-patches.js';

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
export function asScript(source: string): string | undefined {
  const exported = EXPORTS.exec(source);
  if (!exported) return undefined;
  const names = exported[1]!.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const entries = names.map((name) => name.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$2: $1'));
  // On the bundle's first line, so the stack traces' line numbers are those of the patched text.
  return `(function () { "use strict"; ${source.slice(0, exported.index)}\nreturn { ${entries.join(', ')} };\n})`;
}

export interface LoadedLayout {
  layoutDocument: LayoutFunction;
  /** False when the stock module was loaded instead. */
  patched: boolean;
}

/** The patched layout, or the stock one when a patch does not fit. */
export async function loadLayout(): Promise<LoadedLayout> {
  try {
    const path = layoutBundlePath();
    const { source, missing } = patchLayoutSource(readFileSync(path, 'utf8'));
    const script = missing.length === 0 ? asScript(source) : undefined;
    if (script !== undefined) {
      const exports = (new Script(script, { filename: `${pathToFileURL(path).href}?patched` }).runInThisContext() as () => unknown)();
      const { layoutDocument } = exports as { layoutDocument?: unknown };
      if (typeof layoutDocument === 'function') return { layoutDocument: layoutDocument as LayoutFunction, patched: true };
    }
  } catch {
    // The stock module below lays the pages out the same.
  }
  return { layoutDocument: (await import('docx/layout')).layoutDocument, patched: false };
}

const loaded = await loadLayout();
export const { layoutDocument } = loaded;
/** Whether `layoutDocument` is the patched one (the tests check it is). */
export const layoutIsPatched = loaded.patched;
