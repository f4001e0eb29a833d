/**
 * The CI workflow files of docs/examples/ci: they parse, their parallel jobs name every shard
 * of the count they pass to --shard, and those shards, built as the jobs build them, make
 * every deployment exactly once.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const example = async (name: string) => readFile(join(repoRoot, 'docs/examples/ci', name), 'utf8');

/** The `--shard` argument of the one build command among a job's lines. */
function shardArgument(lines: string[]): string {
  const builds = lines.filter((line) => line.startsWith('npx checklist build'));
  expect(builds).toHaveLength(1);
  // A GitHub expression (`${{ matrix.shard }}`) holds spaces.
  return /--shard ((?:\$\{\{[^}]*\}\}|\S)+)/.exec(builds[0]!)![1]!;
}

describe('the CI examples', () => {
  it('GitHub Actions: the matrix names shards 1 to N of the N the build is given, after a strict check', async () => {
    const workflow = parse(await example('github-actions.yml')) as {
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }>;
    };
    const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs('check')).toContain('npx checklist check --strict --reporter github');
    expect(workflow.jobs['build']!.needs).toBe('check');
    const shard = shardArgument(runs('build'));
    const [index, count] = shard.split('/');
    expect(index).toBe('${{ matrix.shard }}');
    expect(Number(count)).toBeGreaterThan(1);
    expect(workflow.jobs['build']!.strategy!.matrix.shard).toEqual(Array.from({ length: Number(count) }, (_, i) => i + 1));
  });

  it('GitHub Actions: a shard restores only a cache of files named alike, so it never uploads a customer another shard builds now, one deleted, or an earlier version', async () => {
    const workflow = parse(await example('github-actions.yml')) as { jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    const steps = workflow.jobs['build']!.steps;
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache'));
    const listed = steps.findIndex((step) => step.run?.includes('OUTPUT_NAMES='));
    expect(listed).toBeGreaterThanOrEqual(0);
    expect(listed).toBeLessThan(cache);
    const { key, 'restore-keys': restore } = steps[cache]!.with!;
    for (const value of [key!, restore!]) expect(value).toMatch(/^checklists-\$\{\{ matrix\.shard \}\}-\$\{\{ env\.OUTPUT_NAMES \}\}-/);
  });

  it("GitHub Actions: the cache's key changes with what names the files (a deployment added, a master's version or ID, the master a deployment names), not with an edit of an answer or a chapter", async () => {
    const workflow = parse(await example('github-actions.yml')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const step = workflow.jobs['build']!.steps.find((candidate) => candidate.run?.includes('OUTPUT_NAMES='))!.run!;
    const dir = await mkdtemp(join(tmpdir(), 'checklist-ci-key-'));
    await cp(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
    // The step run as the runner runs it: bash, appending to the file GITHUB_ENV names.
    const key = async () => {
      const env = join(dir, 'github-env');
      await writeFile(env, '');
      execFileSync('bash', ['-e', '-c', step], { cwd: dir, env: { ...process.env, GITHUB_ENV: env } });
      return /^OUTPUT_NAMES=(\w+)$/m.exec(await readFile(env, 'utf8'))![1];
    };
    const edit = async (path: string, from: string | RegExp, to: string) => {
      const text = await readFile(join(dir, path), 'utf8');
      expect(text).toMatch(from);
      await writeFile(join(dir, path), text.replace(from, to));
    };
    const keys = [await key()];
    await edit('content/deployments/pbx-hafen.json', '"date": "2026-05-18"', '"date": "2026-05-19"');
    await edit('content/checklists/example-pbx/01-minimum-security.md', /\n## /, '\nA sentence more.\n\n## ');
    expect(await key()).toBe(keys[0]);
    await edit('content/checklists/example-pbx/00-introduction.md', 'version: "1.0"', 'version: "1.1"');
    keys.push(await key());
    await edit('content/deployments/pbx-hafen.json', '"checklist": "example-pbx"', '"checklist": "example-uc-server"');
    keys.push(await key());
    await cp(join(dir, 'content/deployments/pbx-hafen.json'), join(dir, 'content/deployments/pbx-hafen-2.json'));
    keys.push(await key());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('GitHub Actions: each shard uploads an artifact of its own name, and one job puts them together into one', async () => {
    type Step = { uses?: string; with?: Record<string, string | boolean> };
    const workflow = parse(await example('github-actions.yml')) as { jobs: Record<string, { needs?: string; steps: Step[] }> };
    const upload = (steps: Step[]) => steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!.with!;
    expect(upload(workflow.jobs['build']!.steps)['name']).toBe('checklists-${{ matrix.shard }}');
    const [name, collect] = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.uses?.startsWith('actions/download-artifact')))!;
    expect(collect.needs, name).toBe('build');
    const download = collect.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!.with!;
    expect(download).toMatchObject({ pattern: 'checklists-*', 'merge-multiple': true, path: 'dist' });
    const combined = upload(collect.steps);
    expect(combined['path']).toMatch(/^dist\/?$/);
    // Not one of the shards' names, which the pattern would take in a later download.
    expect(String(combined['name'])).not.toMatch(/^checklists-/);
  });

  it('every apt-get install comes after an apt-get update, as a runner image\'s package index may be out of date', async () => {
    const github = parse(await example('github-actions.yml')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const gitlab = parse(await example('gitlab-ci.yml')) as Record<string, { script?: string[] }>;
    const scripts = [
      ...Object.values(github.jobs).map((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])).join('\n')),
      ...Object.values(gitlab).flatMap((job) => (Array.isArray(job.script) ? [job.script.join('\n')] : [])),
    ];
    for (const script of scripts.filter((text) => text.includes('apt-get install'))) {
      expect(script.indexOf('apt-get update'), script).toBeGreaterThanOrEqual(0);
      expect(script.indexOf('apt-get update')).toBeLessThan(script.indexOf('apt-get install'));
    }
  });

  it("GitLab CI: the parallel jobs pass GitLab's own index and total", async () => {
    const pipeline = parse(await example('gitlab-ci.yml')) as Record<string, { parallel?: number; script?: string[] }>;
    expect(pipeline['check']!.script).toContain('npx checklist check --strict');
    expect(pipeline['build']!.parallel).toBeGreaterThan(1);
    expect(shardArgument(pipeline['build']!.script!)).toBe('$CI_NODE_INDEX/$CI_NODE_TOTAL');
  });

  it('GitLab CI: a later job takes the artifacts of every parallel build job into one, without their build records', async () => {
    type Job = { stage?: string; needs?: string[]; artifacts?: { paths?: string[]; exclude?: string[] } };
    const pipeline = parse(await example('gitlab-ci.yml')) as Record<string, Job> & { stages: string[] };
    expect(pipeline['build']!.artifacts!.exclude).toContain('dist/.checklist-build.json');
    const [name, collect] = Object.entries(pipeline).find(([, job]) => Array.isArray((job as Job).needs) && (job as Job).needs!.includes('build')) as [string, Job];
    expect(pipeline.stages.indexOf(collect.stage!), name).toBeGreaterThan(pipeline.stages.indexOf('build'));
    expect(collect.artifacts!.paths).toEqual(['dist/']);
  });

  it('the jobs of a four-way matrix together build every deployment once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-ci-'));
    await cp(join(repoRoot, 'content/checklists'), join(dir, 'content/checklists'), { recursive: true });
    await mkdir(join(dir, 'content/deployments'));
    const sample = (await readFile(join(repoRoot, 'content/deployments/pbx-hafen.json'), 'utf8')).replace(
      '"$schema": "../../schema/deployment.schema.json"',
      `"$schema": "${join(repoRoot, 'schema/deployment.schema.json')}"`,
    );
    const names = Array.from({ length: 12 }, (_, index) => `customer-${index + 1}`);
    for (const name of names) await writeFile(join(dir, 'content/deployments', `${name}.json`), sample);
    const built: string[] = [];
    for (let shard = 1; shard <= 4; shard++) {
      const out = join(dir, `dist-${shard}`);
      const run = await runCli(['build', '--shard', `${shard}/4`, '--format', 'html', '--out', out], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      built.push(...(await readdir(out).catch(() => [])).filter((entry) => !entry.startsWith('.')));
    }
    expect(built.sort()).toEqual([...names].sort());
  }, 120_000);
});
