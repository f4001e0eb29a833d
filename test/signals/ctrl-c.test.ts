/**
 * Ctrl-C is obeyed at once while a long DOCX is laid out: the layout runs in the abortable
 * render's worker (src/render/run-isolated.ts), so the main thread is free to take the signal,
 * and the process exits 130 leaving no output of that document, no temporary file and no worker
 * still laying it out, and the build manifest records the files written before the signal.
 * The bound is generous: a quiet machine exits well within a second, but a machine at load 30
 * took 3.6 s, and what this test must tell apart is an exit at the signal from one when the
 * layout ends (minutes for this master), not the machine's speed.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { repoRoot } from '../helpers/run-cli.js';

/** The processes whose environment holds `mark` (Linux's /proc; none elsewhere). */
async function processesMarked(mark: string): Promise<string[]> {
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
  const marked = await Promise.all(pids.map(async (pid) => ((await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '')).split('\0').includes(mark) ? pid : null)));
  return marked.filter((pid): pid is string => pid !== null);
}

describe('Ctrl-C during a long DOCX', () => {
  it('exits 130 within a moment, writing nothing of the document under way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-sigint-'));
    await writeContent(dir, { items: 1500 });
    // A small deployment first: once its DOCX is written, the long one is being laid out.
    await cp(join(repoRoot, 'test/fixtures/content/checklists/mini.md'), join(dir, 'content/checklists/mini.md'));
    await cp(join(repoRoot, 'test/fixtures/content/deployments/acme.json'), join(dir, 'content/deployments/aaa.json'));
    // Every process of this build carries the mark, the DOCX worker included.
    const mark = `CHECKLIST_TEST_MARK=${randomUUID()}`;
    const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'build', '--content', 'content', '--out', 'out', '--format', 'docx', '--jobs', '1', '--timeout', '0'], {
      cwd: dir,
      env: { ...process.env, CHECKLIST_TEST_MARK: mark.split('=')[1] },
    });
    const cliExited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('close', (code) => resolve({ code, at: performance.now() })));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('out/aaa/mini-1.0.docx')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // the long layout is under way
    const sent = performance.now();
    child.kill('SIGINT');
    await cliExited;
    // No worker left laying out the document (it would hold the terminal until the layout ends).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await processesMarked(mark)).toEqual([]);
    const { code, at } = await exited;
    expect(code, stderr).toBe(130);
    expect(stderr).not.toContain('EPIPE');
    expect(at - sent).toBeLessThan(15_000);
    const files = await readdir(join(dir, 'out'), { recursive: true });
    expect(files.filter((file) => file.includes('customer-001') && file.endsWith('.docx'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    // The DOCX written before the signal is whole and recorded: the next build skips it.
    const manifest = JSON.parse(await readFile(join(dir, 'out/.checklist-build.json'), 'utf8')) as { outputs: Record<string, unknown> };
    expect(Object.keys(manifest.outputs)).toEqual(['aaa/mini-1.0.docx']);
  });
});
