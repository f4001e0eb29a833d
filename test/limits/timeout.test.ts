/**
 * `--timeout`: a document that runs out of time fails alone and cleanly (no Chromium, no
 * profile folder, no temporary file; its previous output kept; exit 1). Timing decides no
 * test: a budget of a millisecond runs out for every document, wherever its render is.
 */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { runCli } from '../helpers/run-cli.js';
import { waitForNoProcess } from '../pdf/processes.js';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])));
  return files.flat();
}

describe('checklist build --timeout', () => {
  it('stops each document over its budget on its own and cleanly, keeping its previous output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-timeout-'));
    // A private TMPDIR: Chromium's profile folder and any temporary file of this build land here.
    const scratch = join(dir, 'tmp');
    await mkdir(scratch);
    await writeContent(dir, { items: 20, deployments: 2 });
    const previous = join(dir, 'out/customer-001/generated-1.0.pdf');
    await mkdir(join(dir, 'out/customer-001'), { recursive: true });
    await writeFile(previous, 'the previous good output');

    const build = await runCli(['build', '--out', 'out', '--timeout', '0.001'], { cwd: dir, env: { TMPDIR: scratch } });

    expect(build.code, build.stderr).toBe(1);
    // One line per document, naming it; the first one stopped did not stop the second.
    expect(build.stderr.split('\n')).toEqual([
      ...['001', '002'].map(
        (n) => `checklist: out/customer-${n}/generated-1.0.{html,pdf,docx}: stopped after 0.001 s (--timeout 0.001); nothing of it was written and its previous output is kept. Raise --timeout to allow more time`,
      ),
      'checklist: 2 of 2 documents ran out of time (see above)',
      '',
    ]);
    // The closing line still comes, counting them.
    expect(build.stdout).toMatch(/^built 0 files of 0 documents in \d+\.\d s; 2 documents failed \(see above\)\n$/);
    expect(await readFile(previous, 'utf8')).toBe('the previous good output');
    expect(await readdir(join(dir, 'out/customer-001'))).toEqual(['generated-1.0.pdf']);
    expect(await waitForNoProcess(scratch)).toEqual([]);
    // org.chromium.Chromium.* is Chromium's own scratch folder, left by every build (#15).
    expect((await readdir(scratch)).filter((name) => !name.startsWith('org.chromium.Chromium.'))).toEqual([]);
    expect((await walk(dir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing of a document whose render ran on after its budget (an HTML, which nothing stops half-way)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-timeout-html-'));
    await writeContent(dir, { items: 20, deployments: 2 });

    const build = await runCli(['build', '--out', 'out', '--format', 'html', '--timeout', '0.001'], { cwd: dir });

    expect(build.code, build.stderr).toBe(1);
    expect(build.stderr).toContain('checklist: 2 of 2 documents ran out of time (see above)');
    // "nothing of it was written": no file line after the closing one, and no file.
    expect(build.stdout).toMatch(/^built 0 files of 0 documents in \d+\.\d s; 2 documents failed \(see above\)\n$/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await walk(join(dir, 'out')).catch(() => [])).filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it('rejects a --timeout that is not a number of seconds as wrong usage', async () => {
    const build = await runCli(['build', '--timeout', 'soon', '--format', 'html']);
    expect(build.code).toBe(2);
    expect(build.stderr).toBe('checklist: --timeout soon: give the seconds a document may take, e.g. --timeout 300 (0: no limit)\n');
  });
});
