/** The cache of parsed masters: read back only for the very files it was parsed from, with the messages of their parse. */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadChecklist } from '../../src/content/load-checklist.js';
import { MAX_ENTRIES, masterCacheDir, useMasterCache, type MasterCacheSettings } from '../../src/content/master-cache.js';
import { parseChecklistFiles } from '../../src/content/parse-checklist.js';
import { readChecklistFiles } from '../../src/content/read-sources.js';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import type { Checklist } from '../../src/model/checklist.js';
import { contentDir } from '../helpers/samples.js';
import { frontMatter } from '../helpers/parse.js';

const item = `| CL-A1 Scope | Keep the system patched |\n| --- | --- |\n| Executed | Yes / No |\n`;

let root: string;
let cacheDir: string;
let master: string;
let previous: MasterCacheSettings;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'checklist-master-cache-'));
  cacheDir = join(root, 'cache');
  master = join(root, 'demo');
  await mkdir(master);
  await writeFile(join(master, '01-intro.md'), `${frontMatter}\n# Introduction\n\nPlain words.\n`);
  await writeFile(join(master, '02-items.md'), `# Measures\n\n${item}`);
  previous = useMasterCache({ dir: cacheDir, refresh: false });
});

afterEach(async () => {
  useMasterCache(previous);
  await rm(root, { recursive: true, force: true });
});

const entries = async () => (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith('.v8'));

async function load(path = master): Promise<{ checklist: Checklist | null; messages: string[] }> {
  const diagnostics = new Diagnostics();
  const checklist = await loadChecklist(path, diagnostics);
  return { checklist, messages: diagnostics.messages.map(formatMessage) };
}

/** Replaces the one entry with a parse whose first item is titled otherwise: what a read of it returns. */
async function plantTitle(title: string): Promise<void> {
  const [name] = await entries();
  const path = join(cacheDir, name!);
  const stored = deserialize(await readFile(path)) as { checklist: Checklist };
  stored.checklist.items[0]!.titleText = title;
  await writeFile(path, serialize(stored));
}

describe('the cache of parsed masters', () => {
  it('stores a clean parse and reads it back, equal to a parse, for the same files', async () => {
    const first = await load();
    expect(first.messages).toEqual([]);
    expect(await entries()).toHaveLength(1);
    await plantTitle('Read from the cache');
    const second = await load();
    expect(second.checklist!.items[0]!.titleText).toBe('Read from the cache');
    expect(await entries()).toHaveLength(1);
  });

  it('reads no entry its group or others can write: a parse planted there would change the master past its checks', async () => {
    await load();
    await plantTitle('Planted');
    const [name] = await entries();
    await chmod(join(cacheDir, name!), 0o664);
    expect((await load()).checklist!.items[0]!.titleText).toBe('Keep the system patched');
  });

  it('parses a changed file again, under another key', async () => {
    await load();
    await plantTitle('Stale');
    await writeFile(join(master, '02-items.md'), `# Measures\n\n${item.replace('Keep the system patched', 'Patch monthly')}`);
    const { checklist } = await load();
    expect(checklist!.items[0]!.titleText).toBe('Patch monthly');
    expect(await entries()).toHaveLength(2);
  });

  it('stores a master with its messages, and gives them again on every run read from it', async () => {
    await writeFile(join(master, '02-items.md'), `# Measures\n\nSee [](#nowhere).\n\n${item}\n| CL-A2 Scope | T |\n| --- | --- |\n| Executed | Yes / No |\n| Customer comments | Key ☐ Certificate ☐ |\n`);
    const first = await load();
    expect(first.messages).toEqual([
      expect.stringMatching(/\/demo\/02-items\.md:3:5: error Link to #nowhere has no target: .* \[missing-anchor\]$/),
      expect.stringMatching(/\/demo\/02-items\.md:12:23: warning The comments row of CL-A2 shows answer boxes .* \[boxes-in-comments\]$/),
    ]);
    expect(await entries()).toHaveLength(1);
    await plantTitle('Read from the cache');
    const second = await load();
    expect(second.checklist!.items[0]!.titleText).toBe('Read from the cache');
    expect(second.messages).toEqual(first.messages);
  });

  it('reads a master named another way back (as from another working folder), its messages and places naming its files as given now', async () => {
    await writeFile(join(master, '02-items.md'), `# Measures\n\n${item}\n| CL-a1 Scope | T |\n| --- | --- |\n| Executed | Yes / No |\n`);
    const first = await load();
    expect(first.messages).toEqual([expect.stringMatching(/^\/.*\/demo\/02-items\.md:7:3: warning Item ID CL-a1 differs from CL-A1 \(\/.*\/demo\/02-items\.md:3:3\) only in case/)]);
    await plantTitle('Read from the cache');
    // Named from the working folder instead of absolute: the paths messages show change, the files do not.
    const relativePath = relative(process.cwd(), master);
    const second = await load(relativePath);
    expect(await entries()).toHaveLength(1);
    expect(second.checklist!.items[0]!.titleText).toBe('Read from the cache');
    const shown = (name: string) => join(relativePath, name);
    expect(second.messages).toEqual([first.messages[0]!.replaceAll(join(master, '02-items.md'), shown('02-items.md'))]);
    expect(second.messages[0]).toContain(`(${shown('02-items.md')}:3:3)`);
    expect(second.checklist!.files).toEqual([shown('01-intro.md'), shown('02-items.md')]);
    expect(second.checklist!.items.map((entry) => entry.place.file)).toEqual([shown('02-items.md'), shown('02-items.md')]);
  });

  it('parses again when an entry cannot be read, and replaces it', async () => {
    await load();
    const [name] = await entries();
    await writeFile(join(cacheDir, name!), 'not a serialized checklist');
    const { checklist, messages } = await load();
    expect(messages).toEqual([]);
    expect(checklist!.items[0]!.titleText).toBe('Keep the system patched');
  });

  it('with refresh (build --force) parses again without reading, and stores the new parse', async () => {
    await load();
    await plantTitle('Stale');
    useMasterCache({ dir: cacheDir, refresh: true });
    expect((await load()).checklist!.items[0]!.titleText).toBe('Keep the system patched');
    useMasterCache({ dir: cacheDir, refresh: false });
    expect((await load()).checklist!.items[0]!.titleText).toBe('Keep the system patched');
  });

  it('parses, and says nothing, where its folder cannot be made', async () => {
    useMasterCache({ dir: join(root, 'a-file', 'masters'), refresh: false });
    await writeFile(join(root, 'a-file'), 'in the way');
    expect((await load()).checklist!.items[0]!.titleText).toBe('Keep the system patched');
  });

  it('writes nothing when off', async () => {
    useMasterCache({ dir: null, refresh: false });
    expect((await load()).messages).toEqual([]);
    expect(await entries()).toEqual([]);
  });

  it(`keeps the ${MAX_ENTRIES} most recently used entries`, async () => {
    await mkdir(cacheDir, { recursive: true });
    const old = new Date('2020-01-01T00:00:00Z');
    for (let index = 0; index < MAX_ENTRIES + 5; index++) {
      const path = join(cacheDir, `${String(index).padStart(64, '0')}.v8`);
      await writeFile(path, 'old');
      await utimes(path, old, new Date(old.getTime() + index * 1000));
    }
    await load();
    const kept = await entries();
    expect(kept).toHaveLength(MAX_ENTRIES);
    // The new entry stays; the oldest went first.
    expect(kept.filter((name) => !name.startsWith('0000'))).toHaveLength(1);
    expect(kept).not.toContain(`${'0'.repeat(64)}.v8`);
  });

  it('reads back every sample master exactly as parsed (plain data, nothing a clone would lose)', async () => {
    for (const id of ['example-uc-server', 'example-pbx']) {
      const source = (await readChecklistFiles(join(contentDir, 'checklists', id), new Diagnostics()))!;
      const parsed = parseChecklistFiles(source.defaultId, source.files, new Diagnostics());
      expect(deserialize(serialize(parsed))).toStrictEqual(parsed);
    }
  });
});

describe('where the cache lives', () => {
  it('CHECKLIST_CACHE names the folder, or turns it off', () => {
    expect(masterCacheDir({ CHECKLIST_CACHE: 'off' })).toBeNull();
    expect(masterCacheDir({ CHECKLIST_CACHE: ' 0 ' })).toBeNull();
    expect(relative(process.cwd(), masterCacheDir({ CHECKLIST_CACHE: 'my-cache' })!)).toBe(join('my-cache', 'masters'));
  });

  it('else under $XDG_CACHE_HOME, else under ~/.cache', () => {
    expect(masterCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe(join('/var/cache/me', 'checklist', 'masters'));
    expect(masterCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache[\\/]checklist[\\/]masters$/);
    expect(masterCacheDir({})).toMatch(/\.cache[\\/]checklist[\\/]masters$/);
  });
});
