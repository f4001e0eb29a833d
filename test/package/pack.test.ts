/**
 * The package as a reviewer tries it: `npm pack`, installed from npm's cache (no install script
 * runs, none is needed) into an empty folder whose path has spaces and letters beyond ASCII,
 * then every command there (every format, the annex, the form, import, diff, upgrade, serve),
 * and once more globally, run from PATH. And `checklist doctor` and `build` on this machine,
 * with a browser that does not run, and on one without Chromium.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_BROWSER_PATHS } from '../../src/browser/find-browser.js';
import { pdfText } from '../pdf/poppler.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);

/**
 * The CLI (`bin`: another copy's, such as an installed one) where every system Chromium is
 * replaced by an empty device, for this process only (a mount namespace: as root, as CI and
 * the dev machines run); `path`: its PATH instead of this one (a machine without other programs).
 */
function withoutChromium(args: string[], options: { cwd?: string; bin?: string; path?: string } = {}) {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  const bin = options.bin ?? join(repoRoot, 'bin/checklist.js');
  const path = options.path === undefined ? '' : `PATH='${options.path}' `; // after mount has been found
  const script = `for b in ${SYSTEM_BROWSER_PATHS.join(' ')}; do [ -e "$b" ] && mount --bind /dev/null "$b"; done; ${path}exec "${process.execPath}" "${bin}" ${quoted}`;
  const env = { ...process.env };
  delete env['PUPPETEER_EXECUTABLE_PATH'];
  return run('unshare', ['-m', 'sh', '-c', script], { env, cwd: options.cwd ?? repoRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

describe('the packed package', () => {
  let scratch = '';
  let tgz = '';
  let consumer = '';
  let install = { stdout: '', stderr: '' };
  let packed: { name: string; filename: string; size: number; files: { path: string }[] };
  const cli = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
    run(join(consumer, 'node_modules/.bin/checklist'), args, { cwd: consumer, maxBuffer: 2 ** 26, ...options });

  let clone = '';
  let manifestBefore = '';

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'checklist-pack-'));
    // Packed as a release packs, with its scripts (prepack builds lib/ and leaves out `prepare`),
    // from a copy of the repository (every file git has or would add: tests, content and bench
    // too, which `files` must leave out): the pack rebuilds lib/, which the other tests use here.
    clone = join(scratch, 'clone');
    const { stdout: repositoryFiles } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, maxBuffer: 2 ** 26 });
    for (const file of repositoryFiles.split('\0').filter((path) => path !== '' && existsSync(join(repoRoot, path)))) {
      await cp(join(repoRoot, file), join(clone, file));
    }
    await symlink(join(repoRoot, 'node_modules'), join(clone, 'node_modules'));
    manifestBefore = await readFile(join(clone, 'package.json'), 'utf8');
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: clone, env: npmEnv, maxBuffer: 2 ** 26 });
    packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;
    tgz = join(scratch, packed.filename);
    // A folder as users name theirs: spaces and letters beyond ASCII.
    consumer = join(scratch, 'Kunden Prüfliste Ωmega');
    await cp(join(repoRoot, 'test/fixtures/content'), join(consumer, 'content'), { recursive: true });
    await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    // --strict-allow-scripts: npm 11 refuses a package with a script waiting for approval.
    install = await run('npm', ['install', '--omit=dev', '--prefer-offline', '--strict-allow-scripts', tgz], { cwd: consumer, env: npmEnv, maxBuffer: 2 ** 26 });
  }, 600_000);

  it('packs lib/ built and no `prepare`, so npm installs the .tgz without asking to approve a script; the clone keeps its package.json', async () => {
    expect(await readFile(join(clone, 'package.json'), 'utf8')).toBe(manifestBefore);
    expect(existsSync(join(clone, '.package.json.unpacked'))).toBe(false);
    expect(install.stderr).not.toContain('install-scripts');
    const manifest = JSON.parse(await readFile(join(consumer, 'node_modules', packed.name, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['prepare']).toBeUndefined();
  });

  it('holds what the tool loads, and no install script', async () => {
    const files = packed.files.map((file) => file.path);
    for (const needed of ['bin/checklist.js', 'lib/cli/main.js', 'lib/render/html/render-html.js', 'lib/render/isolated-worker.js', 'lib/render/pdf/finish-thread.js', 'lib/render/docx/layout-patches.js', 'package.json', 'README.md']) {
      expect(files).toContain(needed);
    }
    // Every template (the form's script among them) and schema the tool reads at run time.
    const { stdout: tracked } = await run('git', ['ls-files', 'templates', 'schema'], { cwd: repoRoot });
    for (const file of tracked.split('\n').filter((line) => line !== '')) expect(files).toContain(file);
    expect(files.filter((file) => /^(src|test|scripts|content|bench)\//.test(file))).toEqual([]);
    // package.json says MIT; the licence's text is what lets anyone use the package.
    expect(files).toContain('LICENSE');
    const licence = await readFile(join(consumer, 'node_modules', packed.name, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The checklist authors\n/);
    expect(JSON.parse(await readFile(join(consumer, 'node_modules', packed.name, 'package.json'), 'utf8')).license).toBe('MIT');
    // README.md links into docs/: every file of it, so the installed README's links lead somewhere.
    const { stdout: docs } = await run('git', ['ls-files', 'docs'], { cwd: repoRoot });
    expect(docs.split('\n').filter((line) => line !== '')).toContain('docs/FORMATS.md');
    for (const file of docs.split('\n').filter((line) => line !== '')) expect(files).toContain(file);
    // Every link of the installed README that is no address (bench/ is not packed: those lead to the repository).
    const readme = await readFile(join(consumer, 'node_modules', packed.name, 'README.md'), 'utf8');
    const local = [...readme.matchAll(/\]\(([^)#:]+)[)#]/g)].map((found) => found[1]!);
    expect(local).toContain('docs/FORMATS.md');
    for (const target of local) expect(existsSync(join(consumer, 'node_modules', packed.name, target)), target).toBe(true);
    // Source maps point at src/, which is not packed: nearly half the package for nothing.
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(consumer, 'node_modules', packed.name, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; dependencies: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[hook]).toBeUndefined();
    expect(Object.keys(manifest.dependencies)).toContain('puppeteer-core');
    expect(Object.keys(manifest.dependencies)).not.toContain('puppeteer');
    // No package of the whole tree has an install script: nothing downloads a browser or calls apt-get.
    expect(await readFile(join(consumer, 'package-lock.json'), 'utf8')).not.toContain('hasInstallScript');
  });

  it('installs without a warning from npm but the one docx\'s nanoid gives on Node 20', () => {
    const warnings = install.stderr.split('\n').filter((line) => /^npm warn/i.test(line));
    // README: docx carries its own copy of nanoid's code; this repository pins it through `overrides`, which a dependent's install does not read.
    expect(warnings.filter((line) => !line.startsWith('npm warn EBADENGINE')), install.stderr).toEqual([]);
    expect([...install.stderr.matchAll(/package: '([^@']+)@/g)].map((found) => found[1])).toEqual(warnings.length > 0 ? ['nanoid'] : []);
  });

  it('installs with engine-strict on Node 20 only as README says: refused for docx\'s nanoid alone, and taken with --engine-strict=false', async () => {
    if (Number(process.versions.node.split('.')[0]) >= 22) return; // nanoid 6 runs there: nothing to refuse
    const strict = join(scratch, 'engine strict');
    await mkdir(strict);
    await writeFile(join(strict, 'package.json'), '{ "name": "strict", "private": true }\n');
    await writeFile(join(strict, '.npmrc'), 'engine-strict=true\n');
    const refused = await run('npm', ['install', '--prefer-offline', tgz], { cwd: strict, env: npmEnv, maxBuffer: 2 ** 26 }).catch((error: { stderr: string }) => error);
    expect([...refused.stderr.matchAll(/Not compatible with your version of node\/npm: (\S+)/g)].map((found) => found[1])).toEqual([expect.stringMatching(/^nanoid@6\./), expect.stringMatching(/^nanoid@6\./)]);
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    expect(readme.replace(/\s+/g, ' ')).toContain('install with `npm install --engine-strict=false …`');
    await run('npm', ['install', '--prefer-offline', '--engine-strict=false', tgz], { cwd: strict, env: npmEnv, maxBuffer: 2 ** 26 });
    expect(existsSync(join(strict, 'node_modules/.bin/checklist'))).toBe(true);
  }, 120_000);

  it('builds every format, the annex and the form in the folder it was installed into, as the `checklist` command', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('checklist build [DEPLOYMENT.json …]');
    const { stdout } = await cli(['build', '--content', 'content', '--out', 'out', '--format', 'html,pdf,docx,form', '--annex']);
    expect(stdout).toMatch(/^built 7 files of 2 documents/m);
    for (const name of ['mini-1.0.html', 'mini-1.0.pdf', 'mini-1.0.docx', 'mini-1.0-form.html', 'mini-1.0-annex.html', 'mini-1.0-annex.pdf', 'mini-1.0-annex.docx']) {
      expect((await stat(join(consumer, 'out/acme', name))).size, name).toBeGreaterThan(1000);
    }
    expect(await pdfText(await readFile(join(consumer, 'out/acme/mini-1.0.pdf')))).toContain('Müller Klinikum GmbH');
    expect(await readFile(join(consumer, 'out/acme/mini-1.0-form.html'), 'utf8')).toContain('<script');
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).version);
    // The DOCX it wrote comes back, unchanged.
    const imported = await cli(['import', 'out/acme/mini-1.0.docx', '--dry-run']);
    expect(imported.stdout).toContain('No answer changed');
  });

  it('starts a deployment file whose $schema is the installed schema, which check accepts', async () => {
    const { stdout, stderr } = await cli(['init', 'mini']);
    expect(stderr).toBe(''); // a path inside the project: nothing to say of it
    const file = join(consumer, 'content/deployments/fresh.json');
    await writeFile(file, stdout);
    const schema = (JSON.parse(stdout) as { $schema: string }).$schema;
    expect(existsSync(join(consumer, 'content/deployments', schema))).toBe(true);
    const check = await cli(['check']);
    expect(check.stderr).toContain('checked 1 checklist and 2 deployments: no problems');
    await rm(file);
  });

  it('diffs and upgrades from the git history of the folder it serves, and serves a preview', async () => {
    const git = (args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: consumer });
    await git(['init', '-q']);
    await git(['add', 'content']);
    await git(['commit', '-qm', '1.0']);
    const master = join(consumer, 'content/checklists/mini.md');
    const text = await readFile(master, 'utf8');
    try {
      await writeFile(master, text.replace('version: "1.0"', 'version: "1.1"').replace('| Servers patched |', '| Servers patched monthly |'));
      const diff = await cli(['diff', 'mini', '--from', '1.0']);
      expect(diff.stdout).toContain('Changed: CL-SRV1 Servers patched monthly');
      const upgrade = await cli(['upgrade', 'content/deployments/acme.json', '--dry-run']);
      expect(upgrade.stdout).toContain('"checklistVersion": "1.1"');
    } finally {
      await writeFile(master, text);
    }

    const serve = spawn(join(consumer, 'node_modules/.bin/checklist'), ['serve', '--port', '0'], { cwd: consumer });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        serve.stdout.on('data', (chunk: Buffer) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
          if (found) resolve(found[0]);
        });
        serve.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const list = await fetch(url);
      expect(await list.text()).toContain('href="/acme"');
      expect((await fetch(new URL('acme', url))).status).toBe(200);
      expect((await fetch(new URL('__checklist/reload.js', url))).status).toBe(200);
    } finally {
      serve.kill();
    }
  });

  it("runs the README's start from nothing, word for word, in a folder of the project", async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    const block = /To start from nothing[\s\S]*?```sh\n([\s\S]*?)\n```/.exec(readme)![1]!;
    const start = join(consumer, 'from nothing');
    await mkdir(start);
    await run('sh', ['-c', block], { cwd: start, env: npmEnv });
    for (const extension of ['html', 'pdf', 'docx']) expect(existsSync(join(start, `dist/acme/my-server-1.0.${extension}`)), extension).toBe(true);
    expect(await pdfText(await readFile(join(start, 'dist/acme/my-server-1.0.pdf')))).toContain('Default passwords changed');
  });

  it('says, installed, on a machine with nothing but Node (no Chromium, fontconfig, LibreOffice, poppler, git), what is missing and how to get it on Debian and elsewhere', async () => {
    const bare = join(scratch, 'bare bin');
    await mkdir(bare);
    await symlink(process.execPath, join(bare, 'node'));
    const doctor = await withoutChromium(['doctor'], { cwd: consumer, bin: join(consumer, 'node_modules', packed.name, 'bin/checklist.js'), path: bare });
    expect(doctor.code, doctor.stdout).toBe(1);
    const lines = doctor.stdout.split('\n');
    const lacking = lines.filter((line) => /^(MISSING|missing) /.test(line));
    expect(lacking.map((line) => /^\w+ +([^:]+):/.exec(line)![1]), doctor.stdout).toEqual([
      'Chromium (PDF)', 'Fonts (PDF)', 'Characters of the content (PDF)', 'git (diff, upgrade)', 'poppler (tests read PDFs)', 'LibreOffice (tests open DOCX)', 'pandoc (bench baseline)',
    ]);
    // Each says how to get it on Debian and elsewhere (Chromium's on the lines below its first).
    for (const line of lacking.filter((text) => !text.includes('Chromium (PDF)'))) {
      expect(line).toContain('Debian/Ubuntu: apt-get install ');
      expect(line).toMatch(/elsewhere|macOS/);
    }
    expect(doctor.stdout).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
    expect(lines.at(-2)).toBe('checklist can build HTML and DOCX here, not PDF: install what is MISSING above.');
  });

  it('installs globally and runs as `checklist` from PATH, in a folder of its own', async () => {
    const prefix = join(scratch, 'global prefix');
    await run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', tgz], { cwd: scratch, env: npmEnv, maxBuffer: 2 ** 26 });
    const elsewhere = join(scratch, 'elsewhere');
    await cp(join(repoRoot, 'test/fixtures/content'), join(elsewhere, 'content'), { recursive: true });
    const cache = join(scratch, 'global cache');
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env['PATH']}`, CHECKLIST_CACHE: cache };
    const { stdout } = await run('checklist', ['build', '--format', 'html,docx'], { cwd: elsewhere, env });
    expect(stdout).toMatch(/^built 2 files of 1 document/m);
    // The skeleton's $schema leads into the global prefix, a path of this machine: init says so, and what travels.
    const init = await run('checklist', ['init', 'mini'], { cwd: elsewhere, env });
    const schema = (JSON.parse(init.stdout) as { $schema: string }).$schema;
    expect(existsSync(join(elsewhere, 'content/deployments', schema))).toBe(true);
    expect(init.stderr).toContain(`checklist: note: "$schema" names the schema of the tool at ${join(prefix, 'lib/node_modules', packed.name)}, outside this project: the path holds on this machine only.`);
    expect(init.stderr).toContain('checklist schema mini > content/deployments/mini.schema.json, then checklist init mini --schema ./mini.schema.json\n');
    expect(existsSync(join(elsewhere, 'dist/acme/mini-1.0.docx'))).toBe(true);
    // npm keeps no record of a global install's packages (node_modules/.package-lock.json), which
    // the cache of parsed masters is keyed by: without one, every command parsed its masters again.
    expect(existsSync(join(prefix, 'lib/node_modules', packed.name, 'node_modules/.package-lock.json'))).toBe(false);
    expect((await readdir(join(cache, 'masters'))).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
  }, 300_000);
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

  it('shows what a browser that does not run says (a shared library missing)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-badbrowser-'));
    const browser = join(dir, 'chromium');
    await writeFile(browser, '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n', { mode: 0o755 });
    const doctor = await runCli(['doctor'], { env: { PUPPETEER_EXECUTABLE_PATH: browser } });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`MISSING  Chromium (PDF): ${browser} does not run (\`${browser} --version\` fails: chromium: error while loading shared libraries: libnss3.so: cannot open shared object file)`);
  });

  describe('on a machine without Chromium (every system Chromium hidden in a mount namespace)', () => {
    it('doctor says how to get it, exit 1', async () => {
      const result = await withoutChromium(['doctor']);
      expect(result.code, result.stdout).toBe(1);
      expect(result.stdout).toMatch(/^MISSING +Chromium \(PDF\): No Chromium or Chrome found/m);
      expect(result.stdout).toContain('apt-get install chromium');
      expect(result.stdout).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
      expect(result.stdout).toContain('checklist can build HTML and DOCX here, not PDF');
      expect(result.stdout).not.toContain('`checklist doctor` checks the set-up'); // said by the build, not by doctor itself
    });

    it('build says why, writes nothing, and names the formats it can build, which it then does', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'checklist-nochromium-'));
      await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
      const refused = await withoutChromium(['build'], { cwd: dir });
      expect(refused.code, refused.stderr).toBe(1);
      expect(refused.stderr).toMatch(/^checklist: No Chromium or Chrome found, and PDF output needs one/);
      expect(refused.stderr).toContain('Nothing was written; `--format html,docx` builds without the PDF.');
      expect(refused.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      // Asked for the PDF alone, or beside the form: what builds without it is what was asked for but the PDF.
      const pdfOnly = await withoutChromium(['build', '--format', 'pdf'], { cwd: dir });
      expect(pdfOnly.code).toBe(1);
      expect(pdfOnly.stderr).toMatch(/`checklist doctor` checks the set-up\.\nNothing was written\.\n$/);
      const withForm = await withoutChromium(['build', '--format', 'pdf,form'], { cwd: dir });
      expect(withForm.stderr).toContain('Nothing was written; `--format form` builds without the PDF.');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      const rest = await withoutChromium(['build', '--format', 'html,docx'], { cwd: dir });
      expect(rest.code, rest.stderr).toBe(0);
      expect(existsSync(join(dir, 'dist/acme/mini-1.0.html'))).toBe(true);
      expect(existsSync(join(dir, 'dist/acme/mini-1.0.docx'))).toBe(true);
    });
  });
});
