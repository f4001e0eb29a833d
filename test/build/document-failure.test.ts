/**
 * One deployment whose folder cannot be written fails alone: the build reports it on one line
 * naming the folder, writes every other deployment, counts it in the closing line and exits 1.
 */
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { runCli } from '../helpers/run-cli.js';

describe('a document that fails on its own', () => {
  it('is reported and counted while the other deployments are built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-document-failure-'));
    await writeContent(dir, { items: 5, deployments: 4 });
    // A folder where the first deployment's HTML should go: that rename fails, no other.
    await mkdir(join(dir, 'out/customer-001/generated-1.0.html/x'), { recursive: true });

    // One at a time, in order: before, the first failure stopped the three after it.
    const build = await runCli(['build', '--out', 'out', '--format', 'html', '--jobs', '1'], { cwd: dir });

    expect(build.code, build.stderr).toBe(1);
    expect(build.stderr.split('\n')).toEqual([
      'checklist: Could not write the outputs in out/customer-001/: a folder stands where the file should be; its previous files are kept',
      'checklist: 1 of 4 documents failed (see above)',
      '',
    ]);
    for (const n of ['002', '003', '004']) expect(await readdir(join(dir, `out/customer-${n}`))).toEqual(['generated-1.0.html']);
    expect(build.stdout.split('\n').at(-2)).toMatch(/^built 3 files of 3 documents in \d+\.\d s \(render time html \d+\.\d s\); 1 document failed \(see above\)$/);
  });
});
