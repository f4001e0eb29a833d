/**
 * `docx/layout`'s `layoutDocument` with layout-patches.ts applied: the same pages in about half
 * the time (the layout is most of a DOCX's render time). The bundle Node resolves for
 * `docx/layout` is read, patched and imported from a `data:` URL; when a patch does not fit the
 * installed docx (another version) or the bundle cannot be read, the stock module is used: the
 * same pages, only slower. test/docx/fast-layout.test.ts fails when a patch stops fitting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

export interface LoadedLayout {
  layoutDocument: LayoutFunction;
  /** False when the stock module was loaded instead. */
  patched: boolean;
}

/** The patched layout, or the stock one when a patch does not fit. */
export async function loadLayout(): Promise<LoadedLayout> {
  try {
    const { source, missing } = patchLayoutSource(readFileSync(layoutBundlePath(), 'utf8'));
    if (missing.length === 0) {
      const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
      return { layoutDocument: ((await import(url)) as { layoutDocument: LayoutFunction }).layoutDocument, patched: true };
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
