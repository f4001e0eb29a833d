/**
 * Every path the inputs name stays inside its root, links included: a deployment's `checklist`
 * never reaches a master outside content/checklists, a folder master's file never leads out of
 * its folder, a template never out of the templates folder. Read back through the real CLI.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

let dir = '';
const secret = 'TOP-SECRET-OUTSIDE-CONTENT';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-contain-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  const master = await readFile(join(dir, 'content/checklists/mini.md'), 'utf8');
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'outside/secret.md'), master.replace('# Hardening', `# ${secret}`));
});

async function deployment(name: string, checklist: string): Promise<string> {
  const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
  const path = join(dir, `content/deployments/${name}.json`);
  await writeFile(path, acme.replace('"checklist": "mini"', `"checklist": ${JSON.stringify(checklist)}`));
  return `content/deployments/${name}.json`;
}

describe('a deployment names a checklist, never a path', () => {
  it('refuses ../ at /checklist in check and build, and reads nothing outside', async () => {
    const file = await deployment('escape', '../../outside/secret');
    const check = await runCli(['check', '--content', 'content', file], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${file}:3:3: error /checklist: "../../outside/secret" is a path, not a checklist ID: name a checklist of content/checklists (its file or folder name) [path-escape]`);
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html', file], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('[path-escape]');
    expect(build.stderr).not.toContain(secret);
    expect(await readdir(dir)).not.toContain('out');
  });

  it('refuses a master that a link in content/checklists leads outside', async () => {
    await symlink(join(dir, 'outside/secret.md'), join(dir, 'content/checklists/linked.md'));
    const file = await deployment('linked', 'linked');
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html', file], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`${file}:3:3: error /checklist: content/checklists/linked.md is a link to a place outside content/checklists: a checklist must live inside it [path-escape]`);
    expect(await readdir(dir)).not.toContain('out');
    // check with no PATH lists content/checklists itself: the link is refused there too, unread.
    const check = await runCli(['check', '--content', 'content'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/checklists/linked.md:1:1: error content/checklists/linked.md is a link to a place outside content/checklists: a checklist must live inside it [path-escape]');
    expect(check.stderr).not.toContain(secret);
  });

  it('refuses a file of a folder master that links outside its folder', async () => {
    await mkdir(join(dir, 'content/checklists/folder'));
    await cp(join(dir, 'content/checklists/mini.md'), join(dir, 'content/checklists/folder/01.md'));
    await symlink(join(dir, 'outside/secret.md'), join(dir, 'content/checklists/folder/02.md'));
    const check = await runCli(['check', '--content', 'content', 'content/checklists/folder'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/checklists/folder/02.md:1:1: error A link to a place outside content/checklists/folder: a checklist\'s files must live in its folder [path-escape]');
    expect(check.stderr).not.toContain(secret);
  });
});

describe('templates stay in their folder', () => {
  it('refuses a template that links outside --templates, writing nothing', async () => {
    await cp(join(repoRoot, 'templates'), join(dir, 'tpl'), { recursive: true });
    await writeFile(join(dir, 'outside/evil.hbs'), secret);
    await symlink(join(dir, 'outside/evil.hbs'), join(dir, 'tpl/partials/evil.hbs'));
    const build = await runCli(['build', '--content', 'content', '--templates', 'tpl', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr.split('\n')).toEqual([
      'tpl/partials/evil.hbs:1:1: error A link to a place outside tpl: copy the file into the folder instead [template-file]',
      'checklist: nothing was written; fix the errors above and build again',
      '',
    ]);
    expect(await readdir(dir)).not.toContain('out');
  });
});

describe('encoding errors', () => {
  it('point at the line and column of the first invalid byte of a deployment', async () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "checklist": "mini",\n  "generalRemark": "Gr'), Buffer.from([0xfc]), Buffer.from('ße"\n}\n')]);
    await writeFile(join(dir, 'content/deployments/latin1.json'), bytes);
    const check = await runCli(['check', '--content', 'content', 'content/deployments/latin1.json'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/deployments/latin1.json:3:23: error Not valid UTF-8 (byte 0xFC): save the file as UTF-8 [encoding]');
  });
});
