/**
 * The cache of parsed masters through the real CLI: a build that reads the master back writes
 * the bytes a build that parses it writes, and a master edited after it was cached is checked
 * as it now is (a typo is reported, never hidden behind the clean parse stored before).
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('builds with the cache of parsed masters', () => {
  let dir = '';
  const cache = () => join(dir, 'cache');
  const cli = (args: string[], env: NodeJS.ProcessEnv = { CHECKLIST_CACHE: cache() }) => runCli(args, { cwd: dir, env });
  const stored = async () => (await readdir(join(cache(), 'masters')).catch(() => [])).filter((name) => name.endsWith('.v8'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-master-cache-cli-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the same HTML and DOCX from a master read back as from one parsed', async () => {
    const formats = ['--format', 'html,docx'];
    const cold = await cli(['build', ...formats, '--out', 'cold']);
    expect(cold.code, cold.stderr).toBe(0);
    expect(await stored()).toHaveLength(1);
    const warm = await cli(['build', ...formats, '--out', 'warm']);
    expect(warm.code, warm.stderr).toBe(0);
    const uncached = await cli(['build', ...formats, '--out', 'uncached'], { CHECKLIST_CACHE: 'off' });
    expect(uncached.code, uncached.stderr).toBe(0);
    for (const name of ['mini-1.0.html', 'mini-1.0.docx']) {
      const warmBytes = await readFile(join(dir, 'warm/acme', name));
      expect(warmBytes.equals(await readFile(join(dir, 'cold/acme', name))), name).toBe(true);
      expect(warmBytes.equals(await readFile(join(dir, 'uncached/acme', name))), name).toBe(true);
    }
  });

  it('checklist doctor says where the cache is and how many masters it holds, or that it is off', async () => {
    const on = await cli(['doctor']);
    expect(on.stdout).toMatch(new RegExp(`^ok +Cache of parsed masters: ${cache().replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} \\(1 master; CHECKLIST_CACHE=off for none\\)$`, 'm'));
    const off = await cli(['doctor'], { CHECKLIST_CACHE: 'off' });
    expect(off.stdout).toMatch(/^missing +Cache of parsed masters: off \(CHECKLIST_CACHE\): every command parses its masters again$/m);
  });

  it('checks a master edited after it was stored as it now is', async () => {
    const clean = await cli(['check']);
    expect(clean.code, clean.stderr).toBe(0);
    const master = join(dir, 'content/checklists/mini.md');
    const text = await readFile(master, 'utf8');
    await writeFile(master, text.replace('See [](#password-policy)', 'See [](#pasword-policy)'));
    const typo = await cli(['check']);
    expect(typo.code).toBe(1);
    expect(typo.stdout + typo.stderr).toMatch(/content\/checklists\/mini\.md:\d+:\d+: error Link to #pasword-policy has no target/);
    // Reported on every run: read back from the cache, a master gives its messages again.
    const again = await cli(['check']);
    expect(again.stdout + again.stderr).toMatch(/Link to #pasword-policy has no target/);
    await writeFile(master, text);
  });
});

describe('the cache of parsed masters from another working folder', () => {
  let dir = '';
  const cache = () => join(dir, 'cache');
  const stored = async () => (await readdir(join(cache(), 'masters')).catch(() => [])).filter((name) => name.endsWith('.v8'));
  const check = (cwd: string, content: string, env: NodeJS.ProcessEnv = { CHECKLIST_CACHE: cache() }) => runCli(['check', '--content', content], { cwd, env });
  const lines = (text: string) => text.trim().split('\n');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-master-cache-cwd-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    // A folder master whose second file warns, citing a place in the first.
    const twins = join(dir, 'content/checklists/twins');
    const master = await readFile(join(dir, 'content/checklists/mini.md'), 'utf8');
    await mkdir(twins);
    await writeFile(join(twins, '01-hardening.md'), master.replace('title: Mini Server', 'title: Twin Server'));
    await writeFile(join(twins, '02-more.md'), '# More\n\n| CL-Pwd1 Mini Server | Default passwords kept |\n| --- | --- |\n| Executed | Yes / No |\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a master parsed from one working folder back from another, its messages naming the files as shown from there', async () => {
    const first = await check(dir, 'content');
    expect(first.code, first.stderr).toBe(0);
    expect(lines(first.stderr)).toEqual([
      expect.stringMatching(/^content\/checklists\/twins\/02-more\.md:3:3: warning Item ID CL-Pwd1 differs from CL-PWD1 \(content\/checklists\/twins\/01-hardening\.md:15:3\) only in case, .*\[duplicate-id\]$/),
      'checked 2 checklists and 1 deployment: 0 errors, 1 warning',
    ]);
    const entries = await stored();
    expect(entries).toHaveLength(2);

    const elsewhere = await mkdtemp(join(tmpdir(), 'checklist-master-cache-elsewhere-'));
    const runs = [
      [join(dir, 'content'), '.'],
      [join(dir, 'content/checklists'), '..'],
      [elsewhere, join(dir, 'content')],
    ] as const;
    for (const [cwd, content] of runs) {
      const again = await check(cwd, content);
      expect(again.code, again.stderr).toBe(0);
      // The messages of a parse from this folder, and no entry written: both masters were read back.
      const parsed = await check(cwd, content, { CHECKLIST_CACHE: 'off' });
      expect(again.stderr, `${cwd}: --content ${content}`).toBe(parsed.stderr);
      expect(await stored(), `${cwd}: --content ${content}`).toEqual(entries);
    }
    expect(lines((await check(join(dir, 'content'), '.')).stderr)).toEqual([
      expect.stringMatching(/^checklists\/twins\/02-more\.md:3:3: warning .* \(checklists\/twins\/01-hardening\.md:15:3\) only in case/),
      'checked 2 checklists and 1 deployment: 0 errors, 1 warning',
    ]);
    await rm(elsewhere, { recursive: true, force: true });
  });
});
