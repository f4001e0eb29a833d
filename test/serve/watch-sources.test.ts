/** What `checklist serve` notices: real folders, real saves, Node's own file watching. */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchSources } from '../../src/serve/watch-sources.js';

describe('watchSources', () => {
  let stop = () => {};
  afterEach(() => stop());

  /** Watches `content` under a new folder; `changes` gathers the files each burst of saves names. */
  async function watched() {
    const content = join(await mkdtemp(join(tmpdir(), 'checklist-watch-')), 'content');
    await mkdir(join(content, 'checklists/master'), { recursive: true });
    await writeFile(join(content, 'checklists/master/01-intro.md'), '# Intro\n');
    const changes: string[] = [];
    const watching = watchSources({ trees: [content], folders: [] }, (file) => changes.push(resolve(file)));
    stop = () => watching.close();
    /** Runs `save`, then waits until a burst of saves names `file`. */
    const seen = async (file: string, save: () => Promise<unknown>) => {
      changes.length = 0;
      await save();
      await expect.poll(() => changes, { timeout: 10_000 }).toContain(file);
    };
    return { master: join(content, 'checklists/master'), checklists: join(content, 'checklists'), seen };
  }

  it('sees saves in a folder deleted and made again (a branch without it checked out, then back): the watch on the old folder saw nothing', async () => {
    const { master, seen } = await watched();
    const chapter = join(master, '01-intro.md');
    await seen(master, () => rm(master, { recursive: true }));
    await seen(master, async () => {
      await mkdir(master);
      await writeFile(chapter, '# Intro\n');
    });
    await seen(chapter, () => writeFile(chapter, '# Intro again\n'));
  });

  it('is settled once a burst of saves is over, and after at most the time given when it does not end (a program writing every few ms held every render back)', async () => {
    const { master } = await watched();
    const file = join(master, '01-intro.md');
    const started = Date.now();
    let writing = true;
    const writer = (async () => {
      for (let count = 0; writing; count++) await writeFile(file, `# Intro ${count}\n`);
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const watching = watchSources({ trees: [dirname(master)], folders: [] }, () => undefined);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // a burst under way
      const asked = Date.now();
      await watching.settled(500);
      const waited = Date.now() - asked;
      expect(waited).toBeLessThan(3000); // the writer is still at it
      writing = false;
      await writer;
      await watching.settled(60_000); // the burst ends 40 ms after the last write
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      writing = false;
      watching.close();
    }
  });

  it('names the file at its new path in a folder renamed (the watch followed the folder and named its old path)', async () => {
    const { master, checklists, seen } = await watched();
    const moved = join(checklists, 'renamed');
    await seen(moved, () => rename(master, moved));
    await seen(join(moved, '01-intro.md'), () => writeFile(join(moved, '01-intro.md'), '# Moved\n'));
  });
});
