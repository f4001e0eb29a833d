/**
 * Where `checklist build` writes, probed as a clumsy user and an attacker would: colliding
 * output names, `--out` inside the sources, a link planted in `--out`, a write that fails.
 * HTML and DOCX only: no browser is needed to decide where files go.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

let dir = '';
// Paths and files are checked, no page numbers: the DOCX is not laid out.
const build = (...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html,docx', '--docx-page-numbers', 'off', ...args], { cwd: dir });
const exists = (path: string) => stat(join(dir, path)).then(() => true, () => false);

/** Every file below `root`, relative to the test's folder. */
async function walk(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

async function copyDeployment(to: string): Promise<void> {
  await mkdir(join(dir, to, '..'), { recursive: true });
  await cp(join(dir, 'content/deployments/acme.json'), join(dir, to));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-outputs-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
});

describe('output names', () => {
  it('refuses deployments whose names give one folder, naming both files, and writes nothing', async () => {
    for (const name of ['acme gmbh', 'acme-gmbh', 'mu\u0308ller', 'müller', 'Zeta', 'zeta']) await copyDeployment(`content/deployments/${name}.json`);
    const result = await build('--out', 'out');
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.some((line) => line.startsWith('content/deployments/acme gmbh.json:1:1: error Its outputs would go to out/acme-gmbh/, as those of content/deployments/acme-gmbh.json'))).toBe(true);
    expect(result.stderr).toContain('content/deployments/acme-gmbh.json:1:1: error Its outputs would go to out/acme-gmbh/, as those of content/deployments/acme gmbh.json');
    expect(result.stderr).toContain('as those of content/deployments/mu\u0308ller.json (the same name in another Unicode form)');
    expect(result.stderr).toContain('content/deployments/Zeta.json:1:1: error Its outputs would go to out/Zeta/, as those of content/deployments/zeta.json');
    expect(await exists('out')).toBe(false);
  });

  it('refuses one file name given in two folders', async () => {
    await copyDeployment('a/x.json');
    await copyDeployment('b/x.json');
    const result = await build('--out', 'out', 'a/x.json', 'b/x.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('a/x.json:1:1: error Its outputs would go to out/x/, as those of b/x.json');
    expect(result.stderr).toContain('b/x.json:1:1: error Its outputs would go to out/x/, as those of a/x.json');
    expect(await exists('out')).toBe(false);
  });

  it('refuses names with no letter or digit, and keeps Unicode names', async () => {
    await copyDeployment('content/deployments/..json');
    await copyDeployment('content/deployments/...json');
    const refused = await build('--out', 'out');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('content/deployments/..json:1:1: error The file name "." has no letter or digit to name its output folder: rename the file');
    expect(refused.stderr).toContain('content/deployments/...json:1:1: error The file name ".." has no letter or digit');
    expect(await exists('out')).toBe(false);

    await copyDeployment('😀.json');
    await copyDeployment('mu\u0308ller.json');
    const built = await build('--out', 'out', '😀.json', 'mu\u0308ller.json');
    expect(built.stderr).toBe('');
    expect((await walk(join(dir, 'out'))).sort()).toEqual(['out/.checklist-build.json', 'out/müller/mini-1.0.docx', 'out/müller/mini-1.0.html', 'out/😀/mini-1.0.docx', 'out/😀/mini-1.0.html']);
  });

  it("refuses a deployment named as the blank checklists' folder, with --blank or without, in check and build", async () => {
    await copyDeployment('content/deployments/blank.json');
    await copyDeployment('content/deployments/BLANK .json');
    const taken = (file: string, stem: string, folder: string) =>
      `${file}:1:1: error The name "${stem}" is taken: its outputs would go to ${folder}, the blank checklists' folder (--blank ID); rename the file [output-name]`;
    for (const args of [[], ['--blank', 'mini', 'content/deployments/blank.json', 'content/deployments/BLANK .json']]) {
      const refused = await build('--out', 'out', ...args);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr.split('\n'), args.join(' ')).toEqual([
        taken('content/deployments/BLANK .json', 'BLANK ', 'out/blank/'),
        taken('content/deployments/blank.json', 'blank', 'out/blank/'),
        'checklist: nothing was written; fix the errors above and build again',
        '',
      ]);
      expect(await exists('out')).toBe(false);
    }
    const checked = await runCli(['check', '--content', 'content'], { cwd: dir });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(taken('content/deployments/blank.json', 'blank', 'blank/ in --out'));
    expect(checked.stderr).toContain(taken('content/deployments/BLANK .json', 'BLANK ', 'blank/ in --out'));

    // The blanks alone read no deployment: built, into their folder.
    const blank = await build('--out', 'out', '--blank', 'mini');
    expect(blank.code, blank.stderr).toBe(0);
    expect((await walk(join(dir, 'out'))).sort()).toEqual(['out/.checklist-build.json', 'out/blank/mini-1.0.docx', 'out/blank/mini-1.0.html']);
  });

  it('has check report deployments whose names give one folder, as build refuses them', async () => {
    for (const name of ['acme gmbh', 'acme-gmbh']) await copyDeployment(`content/deployments/${name}.json`);
    const checked = await runCli(['check', '--content', 'content'], { cwd: dir });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('content/deployments/acme gmbh.json:1:1: error Its outputs would go to acme-gmbh/ in --out, as those of content/deployments/acme-gmbh.json: rename one of them [output-collision]');
  });

  it('builds a file named twice once', async () => {
    const result = await build('--out', 'out', 'content/deployments/acme.json', './content/deployments/acme.json');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^out\/acme\/mini-1\.0\.(html|docx) {2}\d+ ms$/gm)).toHaveLength(2);
    expect(result.stdout).toContain('built 2 files of 1 document');
  });
});

describe('where a build may write', () => {
  it('refuses --out inside --content or --templates (wrong usage, exit 2), writing nothing', async () => {
    const inContent = await build('--out', 'content/checklists');
    expect(inContent.code).toBe(2);
    expect(inContent.stderr).toBe('checklist: --out content/checklists is inside --content content: outputs must not mix with the sources; choose another folder\n');
    await cp(join(repoRoot, 'templates'), join(dir, 'tpl'), { recursive: true });
    const inTemplates = await build('--templates', 'tpl', '--out', 'tpl/out');
    expect(inTemplates.code).toBe(2);
    expect(inTemplates.stderr).toContain('--out tpl/out is inside --templates tpl');
    expect(await walk(join(dir, 'content'))).toHaveLength(2);
    expect(await exists('tpl/out')).toBe(false);
  });

  it('refuses a link in --out that leads outside it, and writes nothing anywhere', async () => {
    await mkdir(join(dir, 'out'));
    await mkdir(join(dir, 'elsewhere'));
    await symlink(join(dir, 'elsewhere'), join(dir, 'out/acme'));
    await symlink(join(dir, 'nowhere-yet'), join(dir, 'out/zeta'));
    await copyDeployment('content/deployments/zeta.json');
    const result = await build('--out', 'out');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^checklist: out\/acme is a link to .*\/elsewhere, outside --out out: remove or move it; nothing was written\n$/);
    expect(await readdir(join(dir, 'elsewhere'))).toEqual([]);
    expect(await readdir(join(dir, 'out'))).toEqual(['acme', 'zeta']);
    await (await import('node:fs/promises')).unlink(join(dir, 'out/acme'));
    const dangling = await build('--out', 'out');
    expect(dangling.stderr).toMatch(/out\/zeta is a link to .*\/nowhere-yet, outside --out out/);
    expect(await exists('nowhere-yet')).toBe(false);
  });

  it('keeps the previous set whole when a write fails, in one line without a stack trace', async () => {
    expect((await build('--out', 'out', 'content/deployments/acme.json')).code).toBe(0);
    await writeFile(join(dir, 'out/acme/mini-1.0.html'), 'previous html');
    // The DOCX's place is taken by a folder: its rename fails after the HTML's succeeded.
    await (await import('node:fs/promises')).rm(join(dir, 'out/acme/mini-1.0.docx'));
    await mkdir(join(dir, 'out/acme/mini-1.0.docx/held'), { recursive: true });
    const failed = await build('--out', 'out', 'content/deployments/acme.json');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      'checklist: Could not write the outputs in out/acme/: a folder stands where the file should be; its previous files are kept\nchecklist: 1 of 1 documents failed (see above)\n',
    );
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toBe('previous html');
    expect((await readdir(join(dir, 'out/acme'))).sort()).toEqual(['mini-1.0.docx', 'mini-1.0.html']);
  });
});
