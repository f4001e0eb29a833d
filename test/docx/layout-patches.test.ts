/**
 * The layout patches (src/render/docx/layout-patches.ts) fit the installed docx: when an upgrade
 * moves an anchor, this fails (and the build quietly uses the slower stock layout until the patch
 * is updated). That the patched layout lays out the pages as the stock one does is
 * test/docx/fast-layout.test.ts (full suite: it lays out the samples); where the stock one stops
 * at a split row's hanging line and the patched one guesses, test/pages/docx-tall-row-toc.test.ts.
 */
import { readFileSync } from 'node:fs';
import { layoutDocument as stockLayout } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { asScript, layoutBundlePath, layoutDocument as fastLayout, layoutIsPatched } from '../../src/render/docx/fast-layout.js';
import { LAYOUT_PATCHES, patchLayoutSource, unplainSpreadCalls } from '../../src/render/docx/layout-patches.js';

const bundle = readFileSync(layoutBundlePath(), 'utf8');

describe('the layout patches', () => {
  it('all fit the installed docx (when one does not, update it in layout-patches.ts)', () => {
    const { source, missing } = patchLayoutSource(bundle);
    expect(missing).toEqual([]);
    expect(layoutIsPatched).toBe(true);
    expect(fastLayout).not.toBe(stockLayout);
    expect(source).not.toBe(bundle);
    for (const { anchor, replacement } of LAYOUT_PATCHES) {
      expect(source.includes(anchor), anchor.slice(0, 60)).toBe(replacement.includes(anchor));
      expect(source.includes(replacement)).toBe(true);
    }
  });

  it('every call of the object-spread helper is of the forms its patch is exact for', () => {
    expect(unplainSpreadCalls(bundle)).toEqual([]);
    const withGetter = bundle.replace('_objectSpread2({}, font), {}, {', '_objectSpread2({}, font), {}, { get size() { return 1; },');
    expect(unplainSpreadCalls(withGetter)).toHaveLength(1);
    const intoExisting = bundle.replace('_objectSpread2({}, font)', '_objectSpread2(font, {})');
    expect(unplainSpreadCalls(intoExisting)).toHaveLength(1);
  });

  it('leave the bundle as it is when an anchor is missing', () => {
    const changed = bundle.replace(LAYOUT_PATCHES[2]!.anchor, '\nvar renamed = (font) =>');
    expect(patchLayoutSource(changed)).toEqual({ source: changed, missing: [LAYOUT_PATCHES[2]!.name] });
  });

  it('evaluate the bundle as a function named after its file in stack traces', () => {
    expect(asScript('var a = 1;\nvar b = () => a;\nexport { a, b as c };\n')).toBe('(function () { "use strict"; var a = 1;\nvar b = () => a;\nreturn { a, c: b };\n})');
    expect(asScript('export default 1;\n')).toBeUndefined();
    let stack = '';
    try {
      fastLayout(undefined as never);
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toMatch(/at (?:\S+\.)?layoutDocument \(file:\/\/\/\S+\/docx\/dist\/layout\.mjs\?patched:\d+:\d+\)/);
  });
});
