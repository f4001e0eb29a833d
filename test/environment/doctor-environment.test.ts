/**
 * What the environment of an installed tool can lack beyond Chromium and the fonts, as `checklist
 * doctor` and the build see it: a temporary folder that cannot be used, no home folder for the
 * cache, no git, resvg's native part left out (`npm install --omit=optional`), and fontconfig
 * missing where Chrome does not need it (macOS, Windows).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsUnchecked } from '../../src/environment/doctor-checks.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const line = (stdout: string, name: string) => stdout.split('\n').find((text) => text.includes(`  ${name}: `)) ?? '';

describe('checklist doctor on a machine that lacks', () => {
  it('a temporary folder: MISSING, as the build refuses the PDF there, exit 1', async () => {
    const doctor = await runCli(['doctor'], { env: { TMPDIR: '/nowhere/tmp' } });
    expect(doctor.code, doctor.stdout).toBe(1);
    expect(line(doctor.stdout, 'Temporary folder (PDF)')).toBe('MISSING  Temporary folder (PDF): The temporary folder /nowhere/tmp (TMPDIR) cannot be used: it does not exist; create it, or point TMPDIR at a writable folder');
    expect(doctor.stdout).toContain('checklist can build HTML and DOCX here, not PDF');
    const fine = await runCli(['doctor']);
    expect(line(fine.stdout, 'Temporary folder (PDF)')).toBe(`ok       Temporary folder (PDF): ${tmpdir()}`);
  });

  it('a home folder: the cache is off, said so (not blamed on CHECKLIST_CACHE), and the home is not made', async () => {
    const home = join(await mkdtemp(join(tmpdir(), 'checklist-nohome-')), 'nonexistent');
    const env = { HOME: home, CHECKLIST_CACHE: undefined, XDG_CACHE_HOME: undefined };
    const check = await runCli(['check', '--content', join(repoRoot, 'test/fixtures/content')], { env });
    expect(check.code, check.stderr).toBe(0);
    expect(existsSync(home)).toBe(false);
    const doctor = await runCli(['doctor'], { env, cwd: tmpdir() });
    expect(line(doctor.stdout, 'Cache of parsed masters')).toMatch(/^missing  Cache of parsed masters: off: there is no home folder \(HOME\)/);
  });

  it('nothing it runs writes into the home folder (`soffice --version` wrote a profile there, and made a home that did not exist)', async () => {
    const home = await mkdtemp(join(tmpdir(), 'checklist-home-'));
    const doctor = await runCli(['doctor'], { env: { HOME: home, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined } });
    expect(line(doctor.stdout, 'LibreOffice (tests open DOCX)')).toMatch(/^ok /); // soffice ran (CI installs it)
    expect(await readdir(home, { recursive: true })).toEqual([]);
  });

  it('git: diff and upgrade need it, the build does not', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'checklist-nogit-'));
    await symlink(process.execPath, join(bin, 'node'));
    const doctor = await runCli(['doctor'], { env: { PATH: bin } });
    expect(line(doctor.stdout, 'git (diff, upgrade)')).toBe('missing  git (diff, upgrade): `git` not found: Debian/Ubuntu: apt-get install git; elsewhere https://git-scm.com/downloads');
    const withGit = await runCli(['doctor']);
    expect(line(withGit.stdout, 'git (diff, upgrade)')).toMatch(/^ok +git \(diff, upgrade\): git version \d/);
  });
});

describe('without fontconfig', () => {
  it('is MISSING on Linux, where Chromium finds fonts through it; elsewhere Chrome prints with the system fonts and the fonts are only not checked', () => {
    expect(fontsUnchecked('linux')).toMatchObject({ need: 'needed', ok: false, unchecked: true });
    for (const platform of ['darwin', 'win32'] as const) {
      const result = fontsUnchecked(platform);
      expect(result.need, platform).not.toBe('needed');
      expect(result.detail).toContain('brew install fontconfig');
    }
  });
});

describe('fontconfig\'s programs missing beside a Chromium and its fonts (Debian\'s headless shell brings only the library)', () => {
  it('doctor says the fonts cannot be checked, not that no PDF can be built, exit 1; the build prints the PDF and says what goes unchecked', async () => {
    if (process.platform !== 'linux') return;
    // A PATH with node alone: no fc-list; the browser is found at its system path.
    const bin = await mkdtemp(join(tmpdir(), 'checklist-nofc-'));
    await symlink(process.execPath, join(bin, 'node'));
    const doctor = await runCli(['doctor'], { env: { PATH: bin } });
    expect(doctor.code, doctor.stdout).toBe(1);
    expect(line(doctor.stdout, 'Chromium (PDF)')).toMatch(/^ok /);
    expect(line(doctor.stdout, 'Fonts (PDF)')).toBe('MISSING  Fonts (PDF): fc-list (fontconfig) not found, so the fonts cannot be checked: Debian/Ubuntu: apt-get install fontconfig; elsewhere, the fontconfig package');
    expect(doctor.stdout.trimEnd().split('\n').at(-1)).toBe("checklist can build HTML, PDF and DOCX here, but cannot tell whether the PDF's fonts have its letters: install what is MISSING above.");
    const dir = await mkdtemp(join(tmpdir(), 'checklist-nofc-build-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const build = await runCli(['build', '--format', 'pdf'], { cwd: dir, env: { PATH: bin } });
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist/acme/mini-1.0.pdf'))).toBe(true);
    expect(build.stderr).toContain("checklist: warning: fc-list (fontconfig) not found, so the PDF's fonts are not checked: a page printed without text, or a character no font has printed as an empty box, goes unsaid. Debian/Ubuntu: apt-get install fontconfig\n");
  });
});

describe('an SVG logo where resvg’s native part is not installed (npm install --omit=optional)', () => {
  let native = '';
  let dir = '';
  // resvg's part for this system hidden behind an empty folder, for this process only (a mount namespace, as root).
  const withoutNative = async (args: string[]) => {
    const empty = await mkdtemp(join(tmpdir(), 'checklist-empty-'));
    const quoted = args.map((arg) => `'${arg}'`).join(' ');
    const script = `mount --bind '${empty}' '${native}' && exec '${process.execPath}' '${join(repoRoot, 'bin/checklist.js')}' ${quoted}`;
    return run('unshare', ['-m', 'sh', '-c', script], { cwd: dir }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  };

  beforeAll(async () => {
    const part = `@resvg/resvg-js-${process.platform}-${process.arch}-gnu`;
    native = dirname(createRequire(join(repoRoot, 'node_modules/@resvg/resvg-js/package.json')).resolve(`${part}/package.json`));
    dir = await mkdtemp(join(tmpdir(), 'checklist-noresvg-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await cp(join(repoRoot, 'docs/examples/theme'), join(dir, 'content'), { recursive: true });
  });

  it('the build says what to do, exit 1 (was 70, "a bug in checklist"), and writes nothing; html,pdf builds', async () => {
    const refused = await withoutNative(['build']);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('checklist: The DOCX carries a PNG drawn from the SVG logo content/logo.svg, and resvg, which draws it, does not load here');
    expect(refused.stderr).toContain('install the package again without --omit=optional');
    expect(refused.stderr).not.toContain('bug');
    // No output (a deployment's files are written together or not at all).
    expect(existsSync(join(dir, 'dist/acme'))).toBe(false);
    const rest = await withoutNative(['build', '--format', 'html,pdf']);
    expect(rest.code, rest.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist/acme/mini-1.0.pdf'))).toBe(true);
  });

  it('doctor says so, without failing: only a DOCX with an SVG logo needs it', async () => {
    const doctor = await withoutNative(['doctor']);
    expect(line(doctor.stdout, 'SVG logo (DOCX)')).toMatch(/^missing  SVG logo \(DOCX\): resvg does not load \(Cannot find module '@resvg\/resvg-js-linux-x64-gnu'\), so a DOCX with an SVG logo cannot be built: install the package again without --omit=optional/);
    expect(doctor.code, doctor.stdout).toBe(0);
    const fine = await runCli(['doctor']);
    expect(line(fine.stdout, 'SVG logo (DOCX)')).toBe('ok       SVG logo (DOCX): resvg loads');
  });
});
