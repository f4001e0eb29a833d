/**
 * The package as a user gets it: `npm pack`, installed into an empty folder from npm's cache
 * (no install script runs, none is needed), then a sample built there with real Chromium.
 * And `checklist doctor`, on this machine and on one without Chromium.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_BROWSER_PATHS } from '../../src/browser/find-browser.js';
import { pdfText } from '../pdf/poppler.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

describe('the packed package', () => {
  let consumer = '';
  let packed: { name: string; filename: string; files: { path: string }[] };

  beforeAll(async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'checklist-pack-'));
    // --ignore-scripts: pack the lib/ that pretest built, without cleaning it under the other tests.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: repoRoot, env: npmEnv, maxBuffer: 2 ** 26 });
    packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;
    consumer = join(scratch, 'consumer');
    await cp(join(repoRoot, 'test/fixtures/content'), join(consumer, 'content'), { recursive: true });
    await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    await run('npm', ['install', '--prefer-offline', join(scratch, packed.filename)], { cwd: consumer, env: npmEnv, maxBuffer: 2 ** 26 });
  }, 600_000);

  it('holds what the tool loads, and no install script', async () => {
    const files = packed.files.map((file) => file.path);
    for (const needed of ['bin/checklist.js', 'lib/cli/main.js', 'lib/render/html/render-html.js', 'templates/layout.hbs', 'templates/style.css', 'schema/deployment.schema.json', 'package.json', 'README.md']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /^(src|test|scripts|content|bench)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(consumer, 'node_modules', packed.name, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; dependencies: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[hook]).toBeUndefined();
    expect(Object.keys(manifest.dependencies)).toContain('puppeteer-core');
    expect(Object.keys(manifest.dependencies)).not.toContain('puppeteer');
  });

  it('builds a sample in the folder it was installed into, as the `checklist` command', async () => {
    const bin = join(consumer, 'node_modules/.bin/checklist');
    const { stdout } = await run(bin, ['build', '--content', 'content', '--out', 'out'], { cwd: consumer });
    expect(stdout).toMatch(/^built 3 files of 1 document/m);
    for (const extension of ['html', 'pdf', 'docx']) expect((await stat(join(consumer, `out/acme/mini-1.0.${extension}`))).size).toBeGreaterThan(1000);
    expect(await pdfText(await readFile(join(consumer, 'out/acme/mini-1.0.pdf')))).toContain('Müller Klinikum GmbH');
    const version = await run(bin, ['--version'], { cwd: consumer });
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).version);
  });
});

describe('npm pack with its scripts, as a release packs', () => {
  it('packs lib/ built and no `prepare`, so npm installs the .tgz without asking to approve a script; the clone keeps its package.json', async () => {
    // A copy of the repository: the pack rebuilds lib/, which the other tests use here.
    const scratch = await mkdtemp(join(tmpdir(), 'checklist-release-'));
    const clone = join(scratch, 'clone');
    for (const part of ['bin', 'src', 'schema', 'templates', 'scripts', 'package.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json']) {
      await cp(join(repoRoot, part), join(clone, part), { recursive: true });
    }
    await symlink(join(repoRoot, 'node_modules'), join(clone, 'node_modules'));
    const before = await readFile(join(clone, 'package.json'), 'utf8');
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: clone, env: npmEnv, maxBuffer: 2 ** 26 });
    const packed = (JSON.parse(stdout) as { filename: string; files: { path: string }[] }[])[0]!;
    expect(await readFile(join(clone, 'package.json'), 'utf8')).toBe(before);
    expect(existsSync(join(clone, '.package.json.unpacked'))).toBe(false);
    expect(packed.files.map((file) => file.path)).toContain('lib/cli/main.js');

    const consumer = join(scratch, 'consumer');
    await cp(join(repoRoot, 'test/fixtures/content'), join(consumer, 'content'), { recursive: true });
    await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    const install = await run('npm', ['install', '--save-dev', '--prefer-offline', '--strict-allow-scripts', join(scratch, packed.filename)], { cwd: consumer, env: npmEnv, maxBuffer: 2 ** 26 });
    expect(install.stderr).not.toContain('install-scripts');
    const manifest = JSON.parse(await readFile(join(consumer, 'node_modules/security-checklist-builder/package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['prepare']).toBeUndefined();
    const check = await run(join(consumer, 'node_modules/.bin/checklist'), ['check'], { cwd: consumer });
    expect(check.stderr).toContain('no problems');
  }, 600_000);
});

describe('checklist doctor', () => {
  it('finds what this machine has', async () => {
    const doctor = await runCli(['doctor']);
    expect(doctor.code, doctor.stdout).toBe(0);
    expect(doctor.stdout).toMatch(/^ok +Chromium \(PDF\): Chromium \d+.* at \//m);
    expect(doctor.stdout).toMatch(/^ok +Fonts \(PDF\): Liberation Sans, Noto Sans, DejaVu Sans$/m);
  });

  it('recommends the headless shell where a full Chromium prints, and not where the shell does', async () => {
    const hint = 'PDFs start faster with Chromium’s headless shell (Debian/Ubuntu: apt-get install chromium-headless-shell)';
    for (const [path, hinted] of [['/usr/bin/chromium', true], ['/usr/bin/chromium-headless-shell', false]] as const) {
      if (!existsSync(path)) continue; // each case where its browser is installed (CI has both)
      const doctor = await runCli(['doctor'], { env: { PUPPETEER_EXECUTABLE_PATH: path } });
      const line = doctor.stdout.split('\n').find((text) => text.includes('Chromium (PDF)')) ?? '';
      expect(line).toMatch(new RegExp(`^ok +Chromium \\(PDF\\): Chromium \\d+.* at ${path}`));
      expect(line.includes(hint), line).toBe(hinted);
    }
  });

  it('says how to get a browser when the one named does not exist', async () => {
    const doctor = await runCli(['doctor'], { env: { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chromium' } });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^MISSING +Chromium \(PDF\): PUPPETEER_EXECUTABLE_PATH is set to \/nowhere\/chromium/m);
    expect(doctor.stdout).toContain('apt-get install chromium');
    expect(doctor.stdout).toContain('not PDF: install what is MISSING above');
  });

  it('says how to get Chromium on a machine without it (Chromium hidden in a mount namespace)', async () => {
    // As root (CI, the dev machines): every system Chromium replaced by an empty device for this process only.
    const script = `for b in ${SYSTEM_BROWSER_PATHS.join(' ')}; do [ -e "$b" ] && mount --bind /dev/null "$b"; done; exec "${process.execPath}" "${join(repoRoot, 'bin/checklist.js')}" doctor`;
    const env = { ...process.env };
    delete env['PUPPETEER_EXECUTABLE_PATH'];
    const result = await run('unshare', ['-m', 'sh', '-c', script], { env }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/^MISSING +Chromium \(PDF\): No Chromium or Chrome found/m);
    expect(result.stdout).toContain('apt-get install chromium');
  });
});
