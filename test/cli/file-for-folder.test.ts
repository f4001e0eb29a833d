/**
 * A file where a deployment's output folder should be (`out/acme`) fails that document alone,
 * said in words as `--out FILE` is ("a file stands where a folder should be"), not as the
 * errno ("EEXIST: file already exists, mkdir 'out/acme'").
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('a file where a deployment folder should be', () => {
  it('fails that document with words, not the errno', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-file-for-folder-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out/acme'), 'not a folder');

    const run = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'checklist: Could not write the outputs in out/acme/: a file stands where a folder should be; its previous files are kept',
      'checklist: 1 of 1 documents failed (see above)',
      '',
    ]);
  });
});
