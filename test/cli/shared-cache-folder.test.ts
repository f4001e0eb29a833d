/**
 * A cache folder others can write to (`CHECKLIST_CACHE=/tmp/shared`, a group-writable folder)
 * through the real CLI: the build makes its own folders for its user alone; where the DOCX
 * layout's folder can be written by others, the layout (code a build runs) is neither run from
 * it nor stored in it, the build says so once, and why and what to do, and `doctor` says so.
 */
import { readdirSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const WARNING = 'checklist: warning: The cache folder ';

describe('the cache folder', () => {
  let dir = '';
  const cli = (args: string[], cache: string) => runCli(args, { cwd: dir, env: { CHECKLIST_CACHE: cache } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-shared-cache-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is made by a build for its user alone: folders 0700, entries 0600', async () => {
    const cache = join(dir, 'own cache');
    const build = await cli(['build', '--format', 'docx', '--out', 'own'], cache);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toContain(WARNING);
    const folders = [cache, ...['masters', 'layout', 'lines'].map((kind) => join(cache, kind))];
    for (const folder of folders) expect(statSync(folder).mode & 0o777, folder).toBe(0o700);
    const files = folders.slice(1).flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)));
    expect(files.filter((file) => file.endsWith('.js'))).toHaveLength(1);
    for (const file of files) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    const doctor = await cli(['doctor'], cache);
    expect(doctor.stdout).not.toContain('Cache folder (DOCX layout)');
  });

  it('that others can write to: the build does not run or store the layout there, and says so once; doctor says so', async () => {
    const shared = join(dir, 'shared');
    const layout = join(shared, 'layout');
    await mkdir(layout, { recursive: true });
    await chmod(shared, 0o777);
    await chmod(layout, 0o777);
    const build = await cli(['build', '--format', 'docx', '--annex', '--jobs', '2', '--out', 'shared-out'], shared);
    expect(build.code, build.stderr).toBe(0);
    const said = `The cache folder ${layout} can be written by its group and others (mode 777), so the DOCX page layout kept there, code that a build runs, is not used: each DOCX build compiles it afresh (about 0.1 s). Run \`chmod go-w ${layout}\`, or set CHECKLIST_CACHE to a folder of your own.`;
    expect(build.stderr.split('\n').filter((line) => line.startsWith(WARNING))).toEqual([`checklist: warning: ${said}`]);
    expect(await readdir(join(dir, 'shared-out/acme'))).toEqual(['mini-1.0-annex.docx', 'mini-1.0.docx']);
    expect(await readdir(layout)).toEqual([]);

    const doctor = await cli(['doctor'], shared);
    expect(doctor.stdout.split('\n')).toContain(`missing  Cache folder (DOCX layout): ${said}`);
    // Not a thing the build needs: doctor's verdict is as without it.
    expect(doctor.stdout).not.toMatch(/^MISSING +Cache/m);
  });

  it('that others can write to: a layout planted there is not run', async () => {
    const shared = join(dir, 'planted');
    const own = join(dir, 'planted-from');
    // Built once into a folder of one's own, to learn the entry's name; the code then replaced.
    expect((await cli(['build', '--format', 'docx', '--out', 'planted-first'], own)).code).toBe(0);
    await cp(own, shared, { recursive: true });
    const source = (await readdir(join(shared, 'layout'))).find((name) => name.endsWith('.js'))!;
    const marker = join(dir, 'planted code ran');
    await writeFile(join(shared, 'layout', source), `(function () { process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); return {}; })`);
    await rm(join(shared, 'layout', source.replace(/\.js$/, '.code')));
    await chmod(join(shared, 'layout'), 0o777);
    const build = await cli(['build', '--format', 'docx', '--out', 'planted-out'], shared);
    expect(build.code, build.stderr).toBe(0);
    expect(await readdir(dir)).not.toContain('planted code ran');
    expect(build.stderr).toContain(WARNING);
  });
});
