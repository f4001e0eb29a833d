/**
 * Every way git can fail to give the versions of a master is one line that says what to do,
 * exit 1, nothing written: never the internal error (exit 70). Real git in temporary folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { acmeV1, createGitMaster, versions, type GitMaster } from './git-master.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'checklist-git-trouble-'));
  folders.push(folder);
  return folder;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-C', cwd, '-c', 'user.email=a@example.com', '-c', 'user.name=A', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });

/** The demo master at 3.0 and acme answered against 1.0, in a new repository, nothing committed. */
function uncommitted(): string {
  const root = temporaryFolder();
  const master = join(root, 'content', 'checklists', 'demo');
  mkdirSync(master, { recursive: true });
  mkdirSync(join(root, 'content', 'deployments'));
  for (const [name, text] of Object.entries(versions['3.0'])) writeFileSync(join(master, name), text);
  writeFileSync(join(root, 'content', 'deployments', 'acme.json'), acmeV1);
  git(root, 'init', '-q', '-b', 'main');
  return root;
}

/** One line on stderr, exit 1, nothing on stdout, and never the internal error. */
function refused(run: CliRun, words: string): void {
  expect(run.stderr).not.toContain('internal error');
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(words);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('a repository with no commits', () => {
  it('upgrade and diff say so and write nothing', async () => {
    const root = uncommitted();
    const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: root });
    refused(upgrade, 'checklist: content/checklists/demo is in a git repository with no commits yet: versions of a master are read from its git history (commit the master first, then retry)');
    expect(readFileSync(join(root, 'content', 'deployments', 'acme.json'), 'utf8')).toBe(acmeV1);
    refused(await runCli(['diff', 'demo', '--from', '2.0'], { cwd: root }), 'is in a git repository with no commits yet');
    refused(await runCli(['diff', 'content/deployments/acme.json'], { cwd: root }), 'is in a git repository with no commits yet');
  });

  it('a new branch with no commits, others having some: says the current branch has none', async () => {
    const root = uncommitted();
    git(root, 'commit', '-q', '--allow-empty', '-m', 'start');
    git(root, 'checkout', '-q', '--orphan', 'fresh');
    refused(await runCli(['diff', 'demo', '--from', '2.0'], { cwd: root }), 'the current branch of its git repository has no commits yet');
  });

  it('a master never committed in a repository with commits: no commit holds it yet', async () => {
    const root = uncommitted();
    git(root, 'commit', '-q', '--allow-empty', '-m', 'start');
    refused(await runCli(['diff', 'demo', '--from', '2.0'], { cwd: root }), 'No version or git revision "2.0" for content/checklists/demo: no commit holds it yet; commit the master, then retry');
  });
});

describe('a REV git does not hold', () => {
  let repo: GitMaster;
  beforeAll(() => {
    repo = createGitMaster();
  });
  afterAll(() => repo.cleanup());
  const diff = (...args: string[]) => runCli(['diff', 'demo', ...args], { cwd: repo.root });

  it('names the versions the git history holds, not the front matter history', async () => {
    refused(await diff('--from', '0.9'), 'No version or git revision "0.9" for content/checklists/demo: its git history holds versions 1.0, 2.0, 3.0 (a version only in the front matter\'s history has no commit to read); name one of them, a tag or a commit');
  });

  it('a revision past the first commit, one that looks like an option, one with a line break: the same one line', async () => {
    for (const rev of ['HEAD~99', '--output=/tmp/x', '-p', 'v1\nv2']) {
      refused(await diff(`--from=${rev}`), `No version or git revision ${JSON.stringify(rev)} for content/checklists/demo`);
    }
  });
});

describe('a clone without the history', () => {
  it('a shallow clone: the versions it holds, and how to fetch the rest', async () => {
    const repo = createGitMaster();
    const clone = join(temporaryFolder(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    repo.cleanup();
    const words = 'No version or git revision "1.0" for content/checklists/demo: its git history holds version 3.0';
    refused(await runCli(['diff', 'demo', '--from', '1.0'], { cwd: clone }), words);
    const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: clone });
    refused(upgrade, 'this clone is shallow and may lack older commits: fetch them (git fetch --unshallow), then retry');
    expect(readFileSync(join(clone, 'content', 'deployments', 'acme.json'), 'utf8')).toBe(acmeV1);
  });

  it('an object missing from the repository: git\'s own reason', async () => {
    const repo = createGitMaster();
    folders.push(repo.root);
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    const blob = repo.git('rev-parse', `${first}:content/checklists/demo/02-items.md`).trim();
    rmSync(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const run = await runCli(['diff', 'demo', '--from', '1.0'], { cwd: repo.root });
    refused(run, `checklist: git could not read content/checklists/demo at commit ${first.slice(0, 12)} (git show): fatal: `);
  });
});

describe('git itself', () => {
  it('not installed: says so', async () => {
    const repo = createGitMaster();
    folders.push(repo.root);
    const noGit = temporaryFolder();
    refused(await runCli(['diff', 'demo', '--from', '1.0'], { cwd: repo.root, env: { PATH: noGit } }), 'checklist: git is not installed: diff and upgrade read the versions of a master from git');
  });

  it.runIf(process.getuid?.() === 0)('refusing a repository another user owns: how to mark it safe', async () => {
    const repo = createGitMaster();
    folders.push(repo.root);
    execFileSync('chown', ['-R', '4321:4321', repo.root]);
    const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    refused(await runCli(['diff', 'demo', '--from', '1.0'], { cwd: repo.root, env }), `git refuses its repository ${repo.root}, which another user owns: mark it safe (git config --global --add safe.directory ${repo.root}), then retry`);
  });
});

describe('a master that is a repository of its own (a git submodule)', () => {
  it('diff reads its versions from that repository', async () => {
    const root = temporaryFolder();
    mkdirSync(join(root, 'content', 'checklists'), { recursive: true });
    const master = join(root, 'content', 'checklists', 'demo');
    mkdirSync(master);
    git(master, 'init', '-q', '-b', 'main');
    for (const version of ['1.0', '2.0'] as const) {
      for (const [name, text] of Object.entries(versions[version])) writeFileSync(join(master, name), text);
      git(master, 'add', '-A');
      git(master, 'commit', '-q', '-m', version);
    }
    const run = await runCli(['diff', 'demo', '--from', '1.0'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('- Renamed: CL-PWD1 → CL-PWD-DEFAULT Default passwords changed');
  });
});
