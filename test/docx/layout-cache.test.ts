/**
 * The layout cache (src/render/docx/layout-cache.ts): the patched source and V8's code of it are
 * read back only for the same bundle and patcher, and a code V8 refuses is compiled afresh and
 * stored anew. On a small script, so it runs at the speed of a save; the real bundle through it:
 * test/build/master-cache.test.ts (the same DOCX bytes from a cold and a warm cache).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileLayout } from '../../src/render/docx/layout-cache.js';
import { loadLayout } from '../../src/render/docx/fast-layout.js';

const bundle = 'export function answer() { return 41; }';
const patched = '(function () { "use strict"; function answer() { return 42; } return { answer }; })';
const patcher = [import.meta.url];

let cache: string;
let patches = 0;
let compiles = 0;
// Each under a name of its own: V8 would take a source it compiled before in this process from
// its own memory, without reading the stored code.
const compile = (source = bundle) =>
  compileLayout(source, `bundle-${++compiles}.mjs?patched`, patcher, () => {
    patches++;
    return patched;
  })!;
const answer = (compiled: ReturnType<typeof compile>) => (compiled.script.runInThisContext() as () => { answer: () => number })().answer();
const entries = async () => (await readdir(join(cache, 'layout')).catch(() => [])).sort();

beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), 'checklist-layout-cache-'));
  vi.stubEnv('CHECKLIST_CACHE', cache);
  patches = 0;
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(cache, { recursive: true, force: true });
});

describe('the layout cache', () => {
  it('patches and compiles once; then reads the source and V8’s code back', async () => {
    const first = compile();
    expect(first.from).toEqual({ source: false, code: false });
    expect(answer(first)).toBe(42);
    await first.save();
    expect((await entries()).map((name) => name.replace(/^[0-9a-f]{64}/, 'KEY'))).toEqual(['KEY.code', 'KEY.js']);
    const second = compile();
    expect(second.from).toEqual({ source: true, code: true });
    expect(answer(second)).toBe(42);
    expect(patches).toBe(1);
  });

  it('patches another bundle again, under another key', async () => {
    await compile().save();
    const other = compile(`${bundle}\n`);
    expect(other.from).toEqual({ source: false, code: false });
    expect(patches).toBe(2);
    await other.save();
    expect(await entries()).toHaveLength(4);
  });

  it('compiles afresh where V8 refuses the stored code, and stores it anew', async () => {
    await compile().save();
    const code = (await entries()).find((name) => name.endsWith('.code'))!;
    await writeFile(join(cache, 'layout', code), 'not code V8 made');
    const refused = compile();
    expect(refused.from).toEqual({ source: true, code: false });
    expect(answer(refused)).toBe(42);
    await refused.save();
    expect(compile().from).toEqual({ source: true, code: true });
  });

  it('keeps nothing when off, and nothing when the patches do not fit', async () => {
    vi.stubEnv('CHECKLIST_CACHE', 'off');
    const off = compile();
    expect(answer(off)).toBe(42);
    await off.save();
    vi.stubEnv('CHECKLIST_CACHE', cache);
    expect(compileLayout(bundle, 'bundle.mjs?patched', patcher, () => undefined)).toBeUndefined();
    expect(await entries()).toEqual([]);
  });

  it('the DOCX layout itself: patched, and read back from the cache once kept', async () => {
    const first = await loadLayout();
    expect(first.patched).toBe(true);
    expect(first.compiled?.from).toEqual({ source: false, code: false });
    await first.compiled!.save();
    const second = await loadLayout();
    expect(second.patched).toBe(true);
    expect(second.compiled?.from).toEqual({ source: true, code: true });
  });
});
