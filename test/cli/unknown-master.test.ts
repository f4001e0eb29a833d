/**
 * Every command that takes a master's ID answers an unknown one as a deployment's `checklist`
 * is answered: the masters there are, and the one a typo off. Runs the CLI (runCli).
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-unknown-master-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  // A second master, so the list is a list and the near miss is chosen from more than one.
  await writeFile(join(dir, 'content/checklists/maxi-server.md'), (await readFile(join(dir, 'content/checklists/mini.md'), 'utf8')).replace('title: Mini', 'title: Maxi'));
  const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
  await writeFile(join(dir, 'typo.json'), acme.replace('"checklist": "mini"', '"checklist": "minii"'));
});

const typo = 'checklist: No checklist "minii" in content/checklists: known are maxi-server, mini; did you mean "mini"?\n';

describe('an unknown master ID names the known ones and the one meant', () => {
  it.each([
    ['init', ['init', 'minii']],
    ['schema', ['schema', 'minii']],
    ['build --blank', ['build', '--blank', 'minii', '--format', 'html']],
    ['diff', ['diff', 'minii', '--from', '1.0']],
  ])('%s', async (_name, args) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.stderr).toBe(typo);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('upgrade and diff of a deployment whose checklist is a typo', async () => {
    for (const args of [['upgrade', 'typo.json', '--dry-run'], ['diff', 'typo.json', '--from', '1.0']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.stderr).toBe(`checklist: typo.json: ${typo.slice('checklist: '.length)}`);
      expect(run.code).toBe(1);
    }
  });

  it('the ID in another case or with a space after it names the one meant', async () => {
    for (const written of ['MINI', 'mini ']) {
      const run = await runCli(['init', written], { cwd: dir });
      expect(run.stderr).toBe(`checklist: No checklist "${written}" in content/checklists: known are maxi-server, mini; did you mean "mini"?\n`);
      expect(run.code).toBe(1);
    }
  });

  it('an ID nothing like a known one gets the list alone, and build --blank writes nothing', async () => {
    const run = await runCli(['build', '--blank', 'maxi', '--format', 'html'], { cwd: dir });
    expect(run.stderr).toBe('checklist: No checklist "maxi" in content/checklists: known are maxi-server, mini\n');
    expect(run.code).toBe(1);
    expect(await readdir(dir)).not.toContain('dist');
  });
});
