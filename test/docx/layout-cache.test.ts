/**
 * The layout cache (src/render/docx/layout-cache.ts): the patched source and V8's code of it are
 * read back only for the same bundle and patcher, and a code V8 refuses is compiled afresh and
 * stored anew. On a small script, so it runs at the speed of a save; the real bundle through it:
 * test/build/master-cache.test.ts (the same DOCX bytes from a cold and a warm cache). An entry is
 * code this process runs: one another user can have written is never run (test/cli/shared-cache-folder.test.ts
 * through the CLI).
 */
import { chmod, chown, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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

  describe('runs no code another user can have written', () => {
    /** The stored source replaced by code that says it ran, as another user would plant it. */
    const plant = async () => {
      await compile().save();
      const source = (await entries()).find((name) => name.endsWith('.js'))!;
      await writeFile(join(cache, 'layout', source), '(function () { globalThis.plantedRan = true; return { answer: () => 666 }; })');
      await rm(join(cache, 'layout', source.replace(/\.js$/, '.code')));
      return join(cache, 'layout', source);
    };
    afterEach(() => {
      delete (globalThis as { plantedRan?: boolean }).plantedRan;
    });
    const ran = () => (globalThis as { plantedRan?: boolean }).plantedRan === true;

    it.each(['775', '777', '1777'])('from a folder of mode %s: compiled afresh, and nothing stored there', async (mode) => {
      const planted = await plant();
      await chmod(join(cache, 'layout'), parseInt(mode, 8));
      const compiled = compile();
      expect(compiled.from).toEqual({ source: false, code: false });
      expect(compiled.key).toBeUndefined();
      expect(answer(compiled)).toBe(42);
      expect(ran()).toBe(false);
      await compiled.save();
      expect((await entries()).filter((name) => !name.endsWith('.js'))).toEqual([]);
      expect(await readFile(planted, 'utf8')).toContain('plantedRan');
    });

    it('from a file its group or others can write: a miss, stored anew for this user alone', async () => {
      const planted = await plant();
      await chmod(planted, 0o666);
      const compiled = compile();
      expect(compiled.from).toEqual({ source: false, code: false });
      expect(answer(compiled)).toBe(42);
      expect(ran()).toBe(false);
      await compiled.save();
      expect(await readFile(planted, 'utf8')).toBe(patched);
      expect((await stat(planted)).mode & 0o777).toBe(0o600);
      expect(compile().from).toEqual({ source: true, code: true });
    });

    it.runIf(process.getuid?.() === 0)('from a file, or a folder, of another user', async () => {
      const planted = await plant();
      await chown(planted, 65534, 65534);
      expect(compile().from.source).toBe(false);
      expect(ran()).toBe(false);
      await chown(join(cache, 'layout'), 65534, 65534);
      const compiled = compile();
      expect(compiled.from).toEqual({ source: false, code: false });
      expect(answer(compiled)).toBe(42);
      expect(ran()).toBe(false);
    });
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
