/**
 * `build PATH` where PATH is no deployment file: a folder (`content/deployments`) said
 * "Cannot read the file: EISDIR: illegal operation on a directory, read", and a master's
 * chapter "Not valid JSON: invalid symbol". Each is now said as what it is, with what to name
 * instead, both in one run, and nothing is written.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('build naming a path that is no deployment', () => {
  it('says a folder or a master is no deployment, in one run, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-not-deployment-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });

    const run = await runCli(['build', '--format', 'html', '--out', 'out', 'content/deployments', 'content/checklists/mini.md'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      "content/checklists/mini.md:1:1: error This is Markdown, a master's file, not a deployment: name a deployment's .json file (build --blank ID builds a master as an empty checklist) [not-a-deployment]",
      "content/deployments:1:1: error This is a folder, not a deployment: name a deployment's .json file (a build with none named builds every deployment of --content) [read]",
      'checklist: nothing was written; fix the errors above and build again',
      '',
    ]);
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('import of a folder says so, not "Error: EISDIR: illegal operation on a directory, read"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-import-folder-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const run = await runCli(['import', 'content/deployments'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('checklist: Cannot read content/deployments: it is a folder: name the filled DOCX, or the JSON a form saved\n');
  });

  it('a folder named as the theme says so, not "cannot be read (EISDIR)"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-theme-folder-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const run = await runCli(['check', '--theme', 'content'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe("content:1:1: error This is a folder, not a theme file: name the theme's JSON file (--theme FILE) [theme-file]");
  });
});
