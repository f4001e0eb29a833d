/**
 * Ctrl-C (or a CI job's SIGTERM) while a long PDF is printed: the browser is closed under the
 * page printing it, and that page's "Target closed" is the stop's doing, not a bug of the tool.
 * The build exits 128 + the signal's number with no "internal error … please report it" line,
 * no PDF of the document under way and no temporary file.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../bench/generate-inputs.mjs';
import { repoRoot } from '../helpers/run-cli.js';

async function stopWhilePrinting(signal: 'SIGINT' | 'SIGTERM'): Promise<{ code: number | null; stderr: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-signal-pdf-'));
  await writeContent(dir, { items: 1500 });
  // A small deployment first: once its PDF is written, the long one is being printed.
  await cp(join(repoRoot, 'test/fixtures/content/checklists/mini.md'), join(dir, 'content/checklists/mini.md'));
  await cp(join(repoRoot, 'test/fixtures/content/deployments/acme.json'), join(dir, 'content/deployments/aaa.json'));
  const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'build', '--out', 'out', '--format', 'pdf', '--jobs', '1', '--timeout', '0'], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('out/aaa/mini-1.0.pdf')) resolve();
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // the long print is under way
  child.kill(signal);
  const code = await closed;
  return { code, stderr, files: await readdir(join(dir, 'out'), { recursive: true }) };
}

describe('a signal while a PDF is printed', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: exits ${code}, reporting no internal error`, async () => {
      const run = await stopWhilePrinting(signal);
      expect(run.stderr).not.toContain('internal error');
      expect(run.code, run.stderr).toBe(code);
      expect(run.files.filter((file) => file.includes('customer-001'))).toEqual([]);
      expect(run.files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    });
  }
});
