/** `check PATH` for each kind of path, --strict, the reporters, `schema ID` and `init --schema`. */
import { realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { deploymentSchemaFor } from '../../src/deployment/deployment-schema.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const front = '---\nversion: "1.0"\ndate: 2025-01-01\nlevels: [low, high]\n---\n\n# Start\n';
const item = (id: string, rows: string) => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n`;

/** A content folder with the fixtures plus a folder master `folder/` with a mistake in two files. */
async function contentWithFolderMaster(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-paths-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  const master = join(dir, 'content/checklists/folder');
  await mkdir(master);
  await writeFile(join(master, '01-start.md'), front);
  await writeFile(join(master, '02-network.md'), `# Network\n\n${item('CL-N1', '| Levle | high |\n| Executed | Yes / No |')}`);
  await writeFile(join(master, '03-servers.md'), `# Servers\n\n## 3.1 Patching\n`);
  return dir;
}

const levle = 'content/checklists/folder/02-network.md:5:3: error Row "Levle" of CL-N1 is not a known row and is kept as an extra row: did you mean "Level"? [row-key]';
const typed = 'content/checklists/folder/03-servers.md:3:1: error Heading "3.1 Patching" starts with a typed number';

describe('checklist check PATH', () => {
  it('one file of a folder master: that master is checked, only that file\'s messages are reported', async () => {
    const dir = await contentWithFolderMaster();
    const run = await runCli(['check', 'content/checklists/folder/02-network.md'], { cwd: dir });
    expect(run.stderr.split('\n').filter((line) => line.includes(': error '))).toEqual([levle]);
    expect(run.code).toBe(1);
    const clean = await runCli(['check', 'content/checklists/folder/01-start.md'], { cwd: dir });
    expect(clean.stderr).toContain('checked 1 checklist and 0 deployments: no problems');
    expect(clean.code).toBe(0);
  });

  it('a deployment alone: its master is checked with it, and counted', async () => {
    const dir = await contentWithFolderMaster();
    const run = await runCli(['check', 'content/deployments/acme.json'], { cwd: dir });
    expect(run.stderr).toBe('checked 1 checklist and 1 deployment: no problems\n');
    expect(run.code).toBe(0);
  });

  it.each([['content/checklists'], ['content'], ['content/checklists/folder']])('%s: every file of the folder master', async (path) => {
    const dir = await contentWithFolderMaster();
    const run = await runCli(['check', path], { cwd: dir });
    expect(run.stderr).toContain(levle);
    expect(run.stderr).toContain(typed);
    expect(run.code).toBe(1);
    if (path === 'content') expect(run.stderr).toContain('checked 2 checklists and 1 deployment: 2 errors, 0 warnings');
  });

  it('--strict fails on warnings; without it a warning passes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-strict-'));
    await mkdir(join(dir, 'content/checklists'), { recursive: true });
    await writeFile(join(dir, 'content/checklists/warn.md'), `${front}\n${item('CL-W1', '| Measure | Patch it |\n| Executed | Yes / No |')}`);
    const line = 'content/checklists/warn.md:11:3: warning Row "Measure" of CL-W1 is not a known row and is kept as an extra row: did you mean "Measures"? [row-key]';
    const lenient = await runCli(['check'], { cwd: dir });
    expect(lenient.stderr).toContain(line);
    expect(lenient.code).toBe(0);
    const strict = await runCli(['check', '--strict'], { cwd: dir });
    expect(strict.stderr).toContain(line);
    expect(strict.stderr).toContain('1 warning (--strict fails on warnings)');
    expect(strict.code).toBe(1);
  });

  it('--reporter github prints annotations, --reporter json an array with JSON Pointers', async () => {
    const dir = await contentWithFolderMaster();
    await writeFile(join(dir, 'content/deployments/bad.json'), '{\n  "checklist": "mini",\n  "answers": { "CL-PWD1": { "status": "Maybe" } }\n}\n');
    const github = await runCli(['check', '--reporter', 'github', 'content/checklists/folder/02-network.md', 'content/deployments/bad.json'], { cwd: dir });
    expect(github.stdout.split('\n')).toEqual([
      '::error file=content/checklists/folder/02-network.md,line=5,col=3::Row "Levle" of CL-N1 is not a known row and is kept as an extra row: did you mean "Level"? [row-key]',
      '::error file=content/deployments/bad.json,line=3,col=29::/answers/CL-PWD1/status: "Maybe" is not an option of CL-PWD1: use one of Yes, No [unknown-option]',
      '',
    ]);
    expect(github.code).toBe(1);
    const json = await runCli(['check', '--reporter', 'json', 'content/deployments/bad.json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: 'content/deployments/bad.json',
        line: 3,
        column: 29,
        severity: 'error',
        message: '/answers/CL-PWD1/status: "Maybe" is not an option of CL-PWD1: use one of Yes, No',
        ruleId: 'unknown-option',
        pointer: '/answers/CL-PWD1/status',
      },
    ]);
    expect((await runCli(['check', '--reporter', 'xml'], { cwd: dir })).code).toBe(2);
  });
});

describe('a deployment file not named .json', () => {
  it('check and build warn that no checklist is built from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-unread-deployment-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/beta.json.bak'));
    const warning = 'content/deployments/beta.json.bak:1:1: warning This file is not read as a deployment, so no checklist is built from it: only files whose names end in exactly .json are; rename it if it should be [unread-file]';
    const check = await runCli(['check'], { cwd: dir });
    expect(check.stdout + check.stderr).toContain(warning);
    const build = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain(warning);
  });
});

describe('a deployment in a folder inside content/deployments', () => {
  it('check and build warn that no checklist is built from it (they were skipped without a word)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-nested-deployment-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await mkdir(join(dir, 'content/deployments/emea/de'), { recursive: true });
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/emea/de/beta.json'));
    const warning = 'content/deployments/emea/de/beta.json:1:1: warning This deployment is in a folder inside content/deployments, which is not read, so no checklist is built from it: move it into content/deployments (its name must differ from the others there), or name it to build it [unread-file]';
    const check = await runCli(['check'], { cwd: dir });
    expect(check.stdout + check.stderr).toContain(warning);
    const build = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain(warning);
    // Named, it is built, and nothing is said of it.
    const named = await runCli(['build', 'content/deployments/emea/de/beta.json', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(named.stderr).not.toContain('unread-file');
  });
});

describe("an editor's files beside the content", () => {
  it("Emacs' lock links to nowhere, auto-save, backup and Vim swap files are neither read nor warned about", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-editor-files-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    // What Emacs and Vim leave while mini.md and acme.json are edited, not yet saved.
    await symlink('user@host.4242:1700000000', join(dir, 'content/checklists/.#mini.md'));
    await symlink('user@host.4242:1700000000', join(dir, 'content/deployments/.#acme.json'));
    for (const name of ['checklists/#mini.md#', 'checklists/mini.md~', 'checklists/.mini.md.swp', 'deployments/acme.json~', 'deployments/.acme.json.swp']) await writeFile(join(dir, 'content', name), 'half-typed');
    // And in a folder master.
    await mkdir(join(dir, 'content/checklists/folder'));
    await writeFile(join(dir, 'content/checklists/folder/01-start.md'), front);
    await symlink('user@host.4242:1700000000', join(dir, 'content/checklists/folder/.#01-start.md'));
    for (const name of ['#01-start.md#', '01-start.md~', '.01-start.md.swp']) await writeFile(join(dir, 'content/checklists/folder', name), 'half-typed');
    const check = await runCli(['check'], { cwd: dir });
    expect(check.stdout + check.stderr).toBe('checked 2 checklists and 1 deployment: no problems\n');
    expect(check.code).toBe(0);
  });
});

describe('checklist schema ID and init --schema', () => {
  it('a schema with the checklist\'s IDs, options, components, levels and settings, that a skeleton passes', async () => {
    const dir = await contentWithFolderMaster();
    const run = await runCli(['schema', 'mini'], { cwd: dir });
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, { enum?: string[]; items?: { enum: string[] }; properties?: Record<string, unknown> }> };
    expect(schema.properties['level']?.enum).toEqual(['minimum', 'medium', 'maximum']);
    expect(schema.properties['components']?.items?.enum).toEqual(['Main server', 'Standby server']);
    expect(Object.keys(schema.properties['answers']?.properties ?? {})).toEqual(['CL-PWD1', 'CL-SRV1', 'CL-VPN1']);
    expect(Object.keys(schema.properties['settings']?.properties ?? {})).toEqual(['Minimal password length', 'Password history']);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

    await writeFile(join(dir, 'content/deployments/mini.schema.json'), run.stdout);
    const init = await runCli(['init', 'mini', '--schema', './mini.schema.json'], { cwd: dir });
    const skeleton = JSON.parse(init.stdout) as Record<string, unknown>;
    expect(skeleton['$schema']).toBe('./mini.schema.json');
    expect(validate(skeleton)).toBe(true);
    const acme = JSON.parse(await readFile(join(dir, 'content/deployments/acme.json'), 'utf8')) as Record<string, unknown>;
    expect(validate(acme)).toBe(true);
    // Every key of an answer the published schema allows, as check accepts them.
    const keys = { 'CL-PWD1': { status: 'No', comment: 'Next week', due: '2026-05-01', responsible: { installation: 'supplier', operation: 'customer' }, review: 'Target changed' } };
    expect(validate({ checklist: 'mini', answers: keys }), JSON.stringify(validate.errors)).toBe(true);

    const wrong = { checklist: 'mini', level: 'extreme', answers: { 'CL-PWD1': { status: 'Maybe' }, 'CL-SRV1': { components: { 'Main sever': 'Yes' } }, 'CL-NOPE': {} } };
    expect(validate(wrong)).toBe(false);
    const failed = (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
    expect(failed).toEqual(expect.arrayContaining(['/level enum', '/answers/CL-PWD1/status enum', '/answers/CL-SRV1/components additionalProperties', '/answers additionalProperties']));
  });
});

describe('the schema of one checklist, for a master that renamed an item', () => {
  it('accepts an answer under the old ID, as check does (with a warning) until `upgrade` renames it', () => {
    const { checklist } = parse(`${frontMatter}\n| CL-NEW1 Scope | Title |\n| --- | --- |\n| Replaces | CL-OLD1 |\n| Executed | Yes / No |\n`);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(deploymentSchemaFor(checklist));
    expect(validate({ checklist: checklist.meta.id, answers: { 'CL-OLD1': { status: 'Yes' } } }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ checklist: checklist.meta.id, answers: { 'CL-GONE1': { status: 'Yes' } } })).toBe(false);
  });
});


describe('a content folder that is not there', () => {
  it('is a usage error naming it, for check and for a build of every deployment, which wrote nothing and exited 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-no-content-'));
    // Run from a subfolder of the project, `content` alone would not say where it was looked for.
    const hint = `content does not exist (looked for at ${join(realpathSync(dir), 'content')}): run it in the folder that holds content/, or name the content folder with --content DIR`;
    const check = await runCli(['check'], { cwd: dir });
    expect([check.code, check.stderr.trim()]).toEqual([2, `checklist: checklist check: ${hint}`]);
    const build = await runCli(['build'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr.trim()).toBe(`checklist: checklist build: ${hint}`);
    const elsewhere = await runCli(['build', '--content', join(dir, 'nowhere')], { cwd: dir });
    expect([elsewhere.code, elsewhere.stderr]).toEqual([2, expect.stringContaining('nowhere does not exist')]);
  });

  it('nor is a file, nor (for build and serve) a folder with neither checklists/ nor deployments/, which built nothing and exited 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-not-content-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const fix = 'run it in the folder that holds content/, or name the content folder with --content DIR';
    for (const command of ['check', 'build']) {
      const file = await runCli([command, '--content', 'content/deployments/acme.json'], { cwd: dir });
      expect([file.code, file.stderr], command).toEqual([2, `checklist: checklist ${command}: content/deployments/acme.json is a file, not a content folder: ${fix}\n`]);
    }
    // One level too deep: `check` reads a deployments folder as its PATH, a build found no deployments in it.
    const deep = await runCli(['build', '--content', 'content/deployments', '--format', 'html'], { cwd: dir });
    expect([deep.code, deep.stderr]).toEqual([2, `checklist: checklist build: content/deployments holds neither checklists/ nor deployments/, so it is no content folder: ${fix}\n`]);
    const serve = await runCli(['serve', '--content', 'content/deployments', '--port', '0'], { cwd: dir });
    expect([serve.code, serve.stderr]).toEqual([2, `checklist: checklist serve: content/deployments holds neither checklists/ nor deployments/, so it is no content folder: ${fix}\n`]);
    expect(await readdir(dir)).toEqual(['content']);
  });
});

describe('a deployment named from outside its content folder', () => {
  it('build reads it with the masters of --content, and where the file sits in another content folder the message names that folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-other-cwd-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await mkdir(join(dir, 'elsewhere'));
    const cwd = join(dir, 'elsewhere');
    const content = join(realpathSync(dir), 'content');
    const build = await runCli(['build', '../content/deployments/acme.json', '--format', 'html'], { cwd });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`error /checklist: No checklist "mini" in content/checklists; this deployment is in the content folder ${content}: name it with --content ${content} [unknown-checklist]`);
    const named = await runCli(['build', '../content/deployments/acme.json', '--format', 'html', '--content', content], { cwd });
    expect(named.code, named.stderr).toBe(0);
    // A deployment outside any content folder: nothing to name.
    await cp(join(dir, 'content/deployments/acme.json'), join(cwd, 'acme.json'));
    const loose = await runCli(['build', 'acme.json', '--format', 'html'], { cwd });
    expect(loose.stderr).toContain('error /checklist: No checklist "mini" in content/checklists [unknown-checklist]');
  });
});
