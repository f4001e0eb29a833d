/**
 * A build checks every input before it starts Chromium, and starts it only for a PDF; `--shard`
 * splits the deployments into disjoint parts through the real CLI.
 */
import { chmod, cp, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const exists = (path: string) => stat(path).then(() => true, () => false);

describe('checklist build before Chromium', () => {
  let dir = '';
  let browser = '';
  const marker = () => join(dir, 'chromium-started');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-preflight-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    // The real Chromium (the one a build finds), behind a script of the same name that leaves
    // a mark each time it is started.
    const real = await findBrowser();
    browser = join(dir, basename(real));
    await writeFile(browser, `#!/bin/sh\ntouch '${marker()}'\nexec '${real}' "$@"\n`);
    await chmod(browser, 0o755);
  });

  it('does not start Chromium when --level is wrong, and does when the build is good', async () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: browser };
    const failed = await runCli(['build', '--content', 'content', '--out', 'out', '--level', 'extreme', '--format', 'pdf'], { cwd: dir, env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Unknown level "extreme"');
    expect(await exists(marker())).toBe(false);

    const good = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'pdf'], { cwd: dir, env });
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(await exists(marker())).toBe(true);
  });

  it('splits the deployments into disjoint --shard parts that together build them all', async () => {
    for (let index = 1; index <= 6; index++) await cp(join(dir, 'content/deployments/acme.json'), join(dir, `content/deployments/customer-${index}.json`));
    const folders: string[][] = [];
    for (const part of ['1/3', '2/3', '3/3']) {
      const out = `shard-${part.replace('/', '-')}`;
      const built = await runCli(['build', '--content', 'content', '--out', out, '--format', 'html', '--shard', part, '--jobs', '1'], { cwd: dir });
      expect(built.code, built.stderr).toBe(0);
      folders.push(await readdir(join(dir, out)).catch(() => []));
    }
    const all = folders.flat().filter((name) => !name.startsWith('.'));
    expect(all.sort()).toEqual(['acme', ...Array.from({ length: 6 }, (_, index) => `customer-${index + 1}`)].sort());
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses a wrong --jobs or --shard as wrong usage', async () => {
    for (const args of [['--jobs', '0'], ['--shard', '4/3']]) {
      const wrong = await runCli(['build', '--content', 'content', '--out', 'out', ...args], { cwd: dir });
      expect(wrong.code).toBe(2);
    }
  });
});
