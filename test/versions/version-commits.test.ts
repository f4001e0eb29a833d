/**
 * A version committed more than once with other text: a vendor releases 2.1, goes on working in
 * commits that keep `version: "2.1"`, and sets 2.2 at the end. "2.1" then reads the newest of
 * those commits (the rule for REV), so what the commits after the release changed was compared
 * nowhere and marked no answer for review, in silence. Now diff and upgrade say so, once.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createGitMaster, versions, type GitMaster } from './git-master.js';

let repo: GitMaster;
/** The commit of the release 3.0, before the work that kept its number. */
let release: string;
const cli = (...args: string[]) => runCli(args, { cwd: repo.root });

beforeAll(async () => {
  repo = createGitMaster();
  // The customer answers against the release 3.0, CL-LOG1 included.
  expect((await cli('upgrade', 'content/deployments/acme.json')).code).toBe(0);
  writeFileSync(repo.acme, readFileSync(repo.acme, 'utf8').replace('"CL-LOG1": {}', '"CL-LOG1": { "status": "Yes" }'));
  release = repo.git('log', '-1', '--format=%H', '--', 'content/checklists').trim();
  const items = join(repo.content, 'checklists', 'demo', '02-items.md');
  // Work after the release, still "3.0": the log's measures change; then 4.0 is set.
  writeFileSync(items, versions['3.0']['02-items.md'].replace('Keep the security log for 90 days', 'Keep the security log for 180 days'));
  repo.git('commit', '-q', '-am', 'Longer log retention');
  const intro = join(repo.content, 'checklists', 'demo', '01-intro.md');
  writeFileSync(intro, versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
  repo.git('commit', '-q', '-am', 'Demo checklist 4.0');
}, 60_000);
afterAll(() => repo.cleanup());

const warning = 'content/checklists/demo:1:1: warning Version 3.0 is in 2 commits of the master one after the other, which differ: "3.0" reads the newest';

describe('a version in several commits that differ', () => {
  it('upgrade says so once for all its deployments, naming the first commit to give with --from', async () => {
    const other = join(repo.content, 'deployments', 'other.json');
    writeFileSync(other, readFileSync(repo.acme));
    const run = await cli('upgrade', 'content/deployments/acme.json', 'content/deployments/other.json', '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => line.includes('[version-commits]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(warning);
    expect(lines[0]).toContain(`changed is not compared, and no answer is marked for its review. If the deployments were answered against the first, name it: --from ${release.slice(0, 12)} (or a tag on it)`);
    // Read from the newest 3.0, the log's change marks nothing.
    expect(run.stdout).not.toContain('Keep the security log');
  });

  it('upgrade --from the release commit compares with what the customer answered: the change is marked for review, no warning', async () => {
    const run = await cli('upgrade', 'content/deployments/acme.json', '--dry-run', '--from', release);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('[version-commits]');
    expect(run.stdout).toContain('"CL-LOG1": { "status": "Yes", "review": "Version 3.0 → 4.0: Measures');
  });

  it('diff ID --from the version says so; a version of one commit does not', async () => {
    const repeated = await cli('diff', 'demo', '--from', '3.0');
    expect(repeated.code, repeated.stderr).toBe(0);
    expect(repeated.stderr).toContain(warning);
    const single = await cli('diff', 'demo', '--from', '2.0');
    expect(single.code, single.stderr).toBe(0);
    expect(single.stderr).not.toContain('[version-commits]');
  });
  it('import of a file built from the release, into the upgraded deployment, says so too: its answers get no review mark', async () => {
    // The form as built from the release (the working tree at its text), then the master back at 4.0.
    for (const [name, text] of Object.entries(versions['3.0'])) writeFileSync(join(repo.content, 'checklists', 'demo', name), text);
    const out = join(repo.root, 'dist-release');
    expect((await cli('build', 'content/deployments/acme.json', '--format', 'form', '--out', out)).code).toBe(0);
    repo.git('checkout', '--', 'content/checklists');
    expect((await cli('upgrade', 'content/deployments/acme.json', '--from', release)).code).toBe(0);
    const page = readFileSync(join(out, 'acme', 'demo-3.0-form.html'), 'utf8');
    const data = JSON.parse(/<script type="application\/json" id="checklist-form-data">(.*?)<\/script>/s.exec(page)![1]!) as { original: Record<string, string> };
    const saved = join(repo.root, 'answers.json');
    writeFileSync(saved, JSON.stringify({ format: 'checklist-answers', formatVersion: 1, ...data, answers: { ...data.original, 'item/CL-SRV1/comment': 'Patched monthly' } }));
    const run = await cli('import', saved, '--force', '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${warning} (`);
    expect(run.stderr).toContain('no answer this file gives is marked for its review. Look at those items by hand;');
  });
});
