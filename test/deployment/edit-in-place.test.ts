/**
 * `import` and `upgrade` edit the customer's deployment in place: its mode stays (600 for a
 * file of customer contacts), a symbolic link stays a link and its target is what changes,
 * the owner and group stay where the process may keep them, and no temporary file is left.
 * Real files, real git, the real CLI.
 */
import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { answersFingerprint, deploymentValues, givenAnswers } from '../../src/fill/answers.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { acmeV1, createGitMaster, type GitMaster } from '../versions/git-master.js';

const modeOf = (path: string) => statSync(path).mode & 0o7777;
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
const asRoot = process.getuid?.() === 0;

describe('import', () => {
  let dir: string;
  let content: string;
  let deployment: string;
  let original: string;
  let answers: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'checklist-in-place-'));
    content = join(dir, 'content');
    cpSync(join(repoRoot, 'test/fixtures/content'), content, { recursive: true });
    deployment = join(content, 'deployments', 'acme.json');
    original = readFileSync(deployment, 'utf8');
    // The answers a form saves, CL-PWD1 changed from Yes to No.
    const loaded = (await loadDeployment(deployment, { contentDir: content }, new Diagnostics()))!;
    const values = deploymentValues(loaded.master, loaded.deployment);
    answers = join(dir, 'answers.json');
    const saved = { ...givenAnswers(values), 'item/CL-PWD1/status': 'No' };
    const form = { format: 'checklist-answers', formatVersion: 1, checklist: 'mini', version: loaded.master.meta.version, deployment: 'acme', fingerprint: answersFingerprint(values), original: givenAnswers(values), answers: saved };
    writeFileSync(answers, JSON.stringify(form));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    rmSync(deployment, { force: true });
    writeFileSync(deployment, original);
  });

  const importAnswers = () => runCli(['import', answers, '--content', content]);
  const changed = (text: string) => expect(text).toContain('"CL-PWD1": { "status": "No"');

  it('keeps a deployment of mode 600 at 600', async () => {
    chmodSync(deployment, 0o600);
    const run = await importAnswers();
    expect(run.code, run.stderr).toBe(0);
    changed(readFileSync(deployment, 'utf8'));
    expect(modeOf(deployment).toString(8)).toBe('600');
    expect(leftovers(join(content, 'deployments'))).toEqual([]);
  });

  it('writes through a symlinked deployment to its target, the link kept', async () => {
    const target = join(dir, 'private', 'acme.json');
    mkdirSync(join(dir, 'private'), { recursive: true });
    renameSync(deployment, target);
    chmodSync(target, 0o640);
    symlinkSync('../../private/acme.json', deployment);
    const run = await importAnswers();
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(deployment).isSymbolicLink()).toBe(true);
    expect(readlinkSync(deployment)).toBe('../../private/acme.json');
    changed(readFileSync(target, 'utf8'));
    expect(modeOf(target).toString(8)).toBe('640');
    expect([...leftovers(join(dir, 'private')), ...leftovers(join(content, 'deployments'))]).toEqual([]);
  });

  it('keeps the byte order mark a deployment saved by Windows Notepad starts with', async () => {
    writeFileSync(deployment, `\uFEFF${original}`);
    const run = await importAnswers();
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(deployment, 'utf8');
    changed(text);
    // TextDecoder drops the mark by default: the file was written without it.
    expect(text.startsWith('\uFEFF{')).toBe(true);
  });
});

describe('upgrade', () => {
  let repo: GitMaster;
  let acme: string;
  beforeAll(() => {
    repo = createGitMaster();
    acme = repo.acme;
  });
  afterAll(() => repo.cleanup());
  afterEach(() => {
    rmSync(acme, { force: true });
    writeFileSync(acme, acmeV1);
  });

  const upgrade = () => runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
  const upgraded = (text: string) => expect(text).toContain('"checklistVersion": "3.0"');

  it('keeps a deployment of mode 600 at 600', async () => {
    chmodSync(acme, 0o600);
    const run = await upgrade();
    expect(run.code, run.stderr).toBe(0);
    upgraded(readFileSync(acme, 'utf8'));
    expect(modeOf(acme).toString(8)).toBe('600');
    expect(leftovers(join(repo.content, 'deployments'))).toEqual([]);
  });

  it('writes through a symlinked deployment to its target, the link kept', async () => {
    mkdirSync(join(repo.root, 'customers'), { recursive: true });
    const target = join(repo.root, 'customers', 'acme.json');
    writeFileSync(target, acmeV1, { mode: 0o600 });
    rmSync(acme);
    symlinkSync(target, acme);
    const run = await upgrade();
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(acme).isSymbolicLink()).toBe(true);
    expect(readlinkSync(acme)).toBe(target);
    upgraded(readFileSync(target, 'utf8'));
    expect(modeOf(target).toString(8)).toBe('600');
    expect(leftovers(join(repo.root, 'customers'))).toEqual([]);
  });

  it('keeps the byte order mark a deployment saved by Windows Notepad starts with', async () => {
    writeFileSync(acme, `\uFEFF${acmeV1}`);
    const run = await upgrade();
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(acme, 'utf8');
    upgraded(text);
    expect(text.startsWith('\uFEFF{')).toBe(true);
    expect((await upgrade()).stderr).toContain('already up to date');
  });

  it('refuses a named pipe named as the deployment before reading it: one line, the pipe left as it was', async () => {
    rmSync(acme);
    execFileSync('mkfifo', [acme]);
    // Something feeds the pipe the deployment, as a process substitution would.
    const feed = join(repo.root, 'feed.json');
    writeFileSync(feed, acmeV1);
    const feeder = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', feed, acme]);
    const run = await upgrade();
    feeder.kill();
    expect(run.code).toBe(1);
    // Refused before it is read (src/limits/input-file.ts), so nothing can be written in its place.
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^checklist: content\/deployments\/acme\.json.*is a FIFO \(a named pipe\), not a file/)]);
    expect(lstatSync(acme).isFIFO()).toBe(true);
    rmSync(acme);
  });

  it.runIf(asRoot)('keeps the owner and group (run as root, which may set them)', async () => {
    chownSync(acme, 4321, 4322);
    const run = await upgrade();
    expect(run.code, run.stderr).toBe(0);
    upgraded(readFileSync(acme, 'utf8'));
    expect({ uid: statSync(acme).uid, gid: statSync(acme).gid }).toEqual({ uid: 4321, gid: 4322 });
  });
});
