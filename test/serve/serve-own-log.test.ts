/**
 * `checklist serve > content/serve.log`: the lines serve writes about a rebuild land in a folder
 * it watches. Each line was a save, which rebuilt and wrote a line again, in a loop (150 lines
 * in 7 s with nothing saved). Through a real serve process and real file watching.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checklist serve writing its output into the content folder', () => {
  let server: ChildProcess | undefined;
  afterEach(() => void server?.kill('SIGKILL'));

  // `> content/serve.log 2>&1`, and `2> content/serve.log` (the lines of each save go to stderr).
  for (const into of ['stdout and stderr', 'stderr alone'] as const) {
    it(`sees a real save once, and never the file its ${into} is written to`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'checklist-serve-log-'));
      await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
      const logPath = join(dir, 'content/serve.log');
      const log = await open(logPath, 'w');
      const started = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'serve', '--content', 'content', '--port', '0'], {
        cwd: dir,
        stdio: ['ignore', into === 'stderr alone' ? 'pipe' : log.fd, log.fd],
      });
      server = started;
      await log.close();
      const text = () => readFile(logPath, 'utf8');
      if (into === 'stderr alone') {
        let out = '';
        await new Promise<void>((resolve) => started.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()).includes('checklist serve: http') && resolve()));
      } else await expect.poll(text, { timeout: 30_000 }).toMatch(/checklist serve: http/);
      await sleep(1500); // a loop, if any, has written its lines by now
      expect(await text()).not.toMatch(/^changed:/m);

      const deployment = join(dir, 'content/deployments/acme.json');
      await writeFile(deployment, await readFile(deployment, 'utf8'));
      await expect.poll(text, { timeout: 30_000 }).toMatch(/^changed: content\/deployments\/acme\.json$/m);
      await sleep(1500);
      expect((await text()).match(/^changed: .*$/gm)).toEqual(['changed: content/deployments/acme.json']);
    });
  }
});
