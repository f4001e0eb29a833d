/** A set of files is replaced whole or not at all, on real file-system failures. */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pendingTemporaryFiles } from '../../src/output/write-atomic.js';
import { writeFileSet } from '../../src/output/write-set.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-set-'));
  await writeFile(join(dir, 'a.html'), 'old html');
  await writeFile(join(dir, 'a.pdf'), 'old pdf');
});

describe('writeFileSet', () => {
  it('replaces every file', async () => {
    await writeFileSet([{ path: join(dir, 'a.html'), bytes: 'new html' }, { path: join(dir, 'a.pdf'), bytes: 'new pdf' }]);
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe('new html');
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('new pdf');
    expect((await readdir(dir)).sort()).toEqual(['a.html', 'a.pdf']);
  });

  it('puts back the files already renamed when a later rename fails', async () => {
    // A folder where the DOCX should go: its rename fails after the HTML and PDF were renamed.
    await mkdir(join(dir, 'a.docx'));
    await writeFile(join(dir, 'a.docx', 'keep'), 'x');
    const files = ['html', 'pdf', 'docx'].map((ext) => ({ path: join(dir, `a.${ext}`), bytes: `new ${ext}` }));
    await expect(writeFileSet(files)).rejects.toThrow();
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe('old html');
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('old pdf');
    expect((await readdir(dir)).sort()).toEqual(['a.docx', 'a.html', 'a.pdf']);
    expect(pendingTemporaryFiles.size).toBe(0);
  });

  it('renames nothing and leaves no temporary file when a write fails', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    const files = [{ path: join(dir, 'a.html'), bytes: 'new html' }, { path: join(dir, 'not-a-folder', 'a.pdf'), bytes: 'new pdf' }];
    await expect(writeFileSet(files)).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe('old html');
    expect((await readdir(dir)).sort()).toEqual(['a.html', 'a.pdf', 'not-a-folder']);
  });
});
