/**
 * What a build takes an output to be made from, beyond the content files: each input changed
 * alone must rebuild the outputs that depend on it (an output reported up to date that is not is
 * the worst failure of an incremental build), and the result is the bytes of a full build.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, open, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { sha256 } from '../../src/build/fingerprint.js';
import { checkInputs } from '../../src/cli/build-inputs.js';
import type { CliOptions } from '../../src/cli/main.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { pdfFonts, pdfText } from '../pdf/poppler.js';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';

const fileLines = (run: CliRun) => run.stdout.trim().split('\n').filter((line) => / {2}\d+ ms$/.test(line)).map((line) => line.replace(/ {2}\d+ ms$/, '')).sort();

async function scratchWithContent(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/**
 * A copy of the tool as npm installs it (bin, lib, templates, schema, package.json), its
 * dependencies linked one by one from the repository's node_modules beside its own copy of npm's
 * record of them, so a test may change its built-in templates and that record.
 */
async function toolCopy(dir: string): Promise<string> {
  const tool = join(dir, 'tool');
  for (const part of ['bin', 'lib', 'templates', 'schema', 'package.json']) await cp(join(repoRoot, part), join(tool, part), { recursive: true });
  await mkdir(join(tool, 'node_modules'));
  for (const name of await readdir(join(repoRoot, 'node_modules'))) {
    if (name === '.package-lock.json') await copyFile(join(repoRoot, 'node_modules', name), join(tool, 'node_modules', name));
    else await symlink(join(repoRoot, 'node_modules', name), join(tool, 'node_modules', name));
  }
  return tool;
}

describe('the tool itself: its dependencies and its built-in templates', () => {
  let dir = '';
  let tool = '';
  // HTML and DOCX unless a --format is given (an option given twice is refused).
  const build = (...args: string[]) => runCli(['build', '--content', 'content', ...(args.includes('--format') ? [] : ['--format', 'html,docx']), ...args], { cwd: dir, bin: join(tool, 'bin/checklist.js') });

  beforeAll(async () => {
    dir = await scratchWithContent('checklist-tool-inputs-');
    tool = await toolCopy(dir);
    await mkdir(join(dir, 'own'));
    await writeFile(join(dir, 'own/style.css'), `${await readFile(join(repoRoot, 'templates/style.css'), 'utf8')}\nh1 { letter-spacing: 0.01em; }\n`);
    const first = await build('--out', 'out');
    expect(first.code, first.stderr).toBe(0);
    expect(fileLines(first)).toEqual(['out/acme/mini-1.0.docx', 'out/acme/mini-1.0.html']);
  }, 60_000);

  it('rebuilds every output once the installed dependencies change (npm install, npm update)', async () => {
    const record = join(tool, 'node_modules/.package-lock.json');
    // What `npm update docx` does to the record: another version of a dependency.
    const lock = JSON.parse(await readFile(record, 'utf8')) as { packages: Record<string, { version: string }> };
    lock.packages['node_modules/docx']!.version += '-updated';
    await writeFile(record, JSON.stringify(lock, null, 2));
    const updated = await build('--out', 'out');
    expect(updated.code, updated.stderr).toBe(0);
    expect(fileLines(updated)).toEqual(['out/acme/mini-1.0.docx', 'out/acme/mini-1.0.html']);
    expect((await build('--out', 'out')).stdout).toMatch(/^nothing to build: 2 files up to date/);
  });

  it('rebuilds the HTML when a built-in template changes that a --templates folder leaves to it', async () => {
    const own = await build('--out', 'own-out', '--templates', 'own');
    expect(own.code, own.stderr).toBe(0);
    const partial = join(tool, 'templates/partials/title-block.hbs');
    await writeFile(partial, `<p class="release-note">As released.</p>\n${await readFile(partial, 'utf8')}`);
    const changed = await build('--out', 'own-out', '--templates', 'own');
    expect(changed.code, changed.stderr).toBe(0);
    expect(fileLines(changed)).toEqual(['own-out/acme/mini-1.0.html']);
    const html = await readFile(join(dir, 'own-out/acme/mini-1.0.html'), 'utf8');
    expect(html).toContain('As released.');
    expect(html).toContain('letter-spacing: 0.01em');
    const full = await build('--out', 'own-full', '--templates', 'own', '--format', 'html');
    expect(full.code, full.stderr).toBe(0);
    expect(html).toBe(await readFile(join(dir, 'own-full/acme/mini-1.0.html'), 'utf8'));
  });
});

describe('a tool installed without a record of its dependencies (npm install -g keeps none)', () => {
  it('rebuilds every output once a dependency is updated', async () => {
    const dir = await scratchWithContent('checklist-global-tool-');
    const tool = await toolCopy(dir);
    await rm(join(tool, 'node_modules/.package-lock.json'));
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,docx', '--out', 'out'], { cwd: dir, bin: join(tool, 'bin/checklist.js') });
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);

    // What reinstalling the same version of the tool does when docx has had a release since.
    const docx = join(tool, 'node_modules/docx');
    await rm(docx);
    await mkdir(docx);
    for (const name of await readdir(join(repoRoot, 'node_modules/docx'))) {
      if (name !== 'package.json') await symlink(join(repoRoot, 'node_modules/docx', name), join(docx, name));
    }
    const manifest = JSON.parse(await readFile(join(repoRoot, 'node_modules/docx/package.json'), 'utf8')) as { version: string };
    await writeFile(join(docx, 'package.json'), JSON.stringify({ ...manifest, version: `${manifest.version}-updated` }));
    const updated = await build();
    expect(updated.code, updated.stderr).toBe(0);
    expect(fileLines(updated)).toEqual(['out/acme/mini-1.0.docx', 'out/acme/mini-1.0.html']);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);
  }, 60_000);
});

describe('files reached through a link', () => {
  let dir = '';
  const build = (...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html', '--out', 'out', ...args], { cwd: dir });

  beforeAll(async () => {
    dir = await scratchWithContent('checklist-linked-inputs-');
    // A folder master whose one chapter is a link to one of two versions kept beside it.
    const master = join(dir, 'content/checklists/mini');
    const text = await readFile(join(dir, 'content/checklists/mini.md'), 'utf8');
    await mkdir(join(master, 'versions'), { recursive: true });
    await rename(join(dir, 'content/checklists/mini.md'), join(master, 'versions/first.md'));
    await writeFile(join(master, 'versions/second.md'), text.replace('Change every default password', 'Change every default password at once'));
    await symlink('versions/first.md', join(master, '01-mini.md'));
    // Templates whose style sheet is a link to one of two.
    await mkdir(join(dir, 'own/looks'), { recursive: true });
    await writeFile(join(dir, 'own/looks/plain.css'), 'h1 { color: black; }\n');
    await writeFile(join(dir, 'own/looks/teal.css'), 'h1 { color: teal; }\n');
    await symlink('looks/plain.css', join(dir, 'own/style.css'));
  });

  it('rebuilds when a master chapter linked to another file is linked to a third', async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(fileLines(first)).toEqual(['out/acme/mini-1.0.html']);
    await rename(join(dir, 'content/checklists/mini/01-mini.md'), join(dir, 'content/checklists/mini/old-link'));
    await symlink('versions/second.md', join(dir, 'content/checklists/mini/01-mini.md'));
    await rename(join(dir, 'content/checklists/mini/old-link'), join(dir, 'scratch-link'));
    const relinked = await build();
    expect(relinked.code, relinked.stderr).toBe(0);
    expect(fileLines(relinked)).toEqual(['out/acme/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('Change every default password at once');
  });

  it('rebuilds when a template linked to another file is linked to a third', async () => {
    expect((await build('--templates', 'own')).code).toBe(0);
    await rename(join(dir, 'own/style.css'), join(dir, 'own-style-link'));
    await symlink('looks/teal.css', join(dir, 'own/style.css'));
    const relinked = await build('--templates', 'own');
    expect(relinked.code, relinked.stderr).toBe(0);
    expect(fileLines(relinked)).toEqual(['out/acme/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('h1 { color: teal; }');
  });
});

describe("a templates folder's files the tool does not read", () => {
  it('are no input of the HTML: added or changed, they rebuild nothing; a partial changed does', async () => {
    const dir = await scratchWithContent('checklist-template-strays-');
    await mkdir(join(dir, 'own/partials'), { recursive: true });
    await writeFile(join(dir, 'own/style.css'), `${await readFile(join(repoRoot, 'templates/style.css'), 'utf8')}\nh1 { color: teal; }\n`);
    await copyFile(join(repoRoot, 'templates/partials/item.hbs'), join(dir, 'own/partials/item.hbs'));
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,form', '--out', 'out', '--templates', 'own'], { cwd: dir });
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    expect(fileLines(first)).toEqual(['out/acme/mini-1.0-form.html', 'out/acme/mini-1.0.html']);

    // A README, an editor's backup and swap files (a partial's too), notes in a folder of their own.
    const strays = ['README.md', 'page.hbs~', '.page.hbs.swp', 'partials/item.hbs~', 'partials/.item.hbs.swp', 'partials/._item.hbs', 'drafts/layout.hbs'];
    await mkdir(join(dir, 'own/drafts'));
    for (const stray of strays) await writeFile(join(dir, 'own', stray), 'not a template\n');
    const added = await build();
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^nothing to build: 2 files up to date/);
    for (const stray of strays) await writeFile(join(dir, 'own', stray), 'changed, still not a template\n');
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);

    await writeFile(join(dir, 'own/partials/item.hbs'), `<!-- own item -->${await readFile(join(dir, 'own/partials/item.hbs'), 'utf8')}`);
    const changed = await build();
    expect(changed.code, changed.stderr).toBe(0);
    expect(fileLines(changed)).toEqual(['out/acme/mini-1.0-form.html', 'out/acme/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('<!-- own item -->');
  });

  it('are no input of the form but its own form.js: added, the form is rebuilt, and only the form', async () => {
    const dir = await scratchWithContent('checklist-template-form-');
    await mkdir(join(dir, 'own'));
    await writeFile(join(dir, 'own/style.css'), await readFile(join(repoRoot, 'templates/style.css'), 'utf8'));
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,form', '--out', 'out', '--templates', 'own'], { cwd: dir });
    expect((await build()).code).toBe(0);
    await writeFile(join(dir, 'own/form.js'), `${await readFile(join(repoRoot, 'templates/form.js'), 'utf8')}\n// own form script\n`);
    const own = await build();
    expect(own.code, own.stderr).toBe(0);
    expect(fileLines(own)).toContain('out/acme/mini-1.0-form.html');
    expect(await readFile(join(dir, 'out/acme/mini-1.0-form.html'), 'utf8')).toContain('// own form script');
  });
});

/** fontconfig as the system has it, plus `dir/fonts`, a folder of the test's own: the environment that says so. */
async function ownFontFolder(dir: string): Promise<NodeJS.ProcessEnv> {
  await mkdir(join(dir, 'fonts'));
  const config = join(dir, 'fonts.conf');
  await writeFile(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<dir>${join(dir, 'fonts')}</dir>\n<cachedir>${join(dir, 'font-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { FONTCONFIG_FILE: config };
}

describe('the fonts a PDF is printed in', () => {
  it('rebuilds the PDF, and only the PDF, once a font is installed', async () => {
    const dir = await scratchWithContent('checklist-font-inputs-');
    const env = await ownFontFolder(dir);
    const build = (out: string, ...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', out, ...args], { cwd: dir, env });
    const first = await build('out');
    expect(first.code, first.stderr).toBe(0);
    expect((await build('out')).stdout).toMatch(/^nothing to build: 2 files up to date/);

    await copyFile('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', join(dir, 'fonts/Installed-Bold.ttf'));
    const installed = await build('out');
    expect(installed.code, installed.stderr).toBe(0);
    expect(fileLines(installed)).toEqual(['out/acme/mini-1.0.pdf']);
    const full = await build('full', '--force');
    expect(full.code, full.stderr).toBe(0);
    expect(await pdfText(await readFile(join(dir, 'out/acme/mini-1.0.pdf')))).toBe(await pdfText(await readFile(join(dir, 'full/acme/mini-1.0.pdf'))));
  }, 60_000);

  it('rebuilds the PDF once a font file is replaced at its path by one of the same version', async () => {
    const dir = await scratchWithContent('checklist-font-replaced-');
    const env = await ownFontFolder(dir);
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', 'out'], { cwd: dir, env });
    // DejaVu's faces all give fontconfig the version 155320: the list of fonts stays the same.
    const font = join(dir, 'fonts/Installed.ttf');
    await copyFile('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', font);
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);

    // Written over in place, as an unpacked update does: the folder's time stays, so fontconfig's cache too.
    await copyFile('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', font);
    const replaced = await build();
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(fileLines(replaced)).toEqual(['out/acme/mini-1.0.pdf']);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);
  }, 60_000);
});

describe('the fontconfig configuration', () => {
  it('rebuilds the PDF, and only the PDF, once a rule puts another font in the place of the one it is printed in', async () => {
    const dir = await scratchWithContent('checklist-fontconfig-rules-');
    // fontconfig as the system has it, with a file of rules of this test's own (as ~/.config/fontconfig/fonts.conf is).
    const config = join(dir, 'fonts.conf');
    const rules = join(dir, 'rules.conf');
    await writeFile(
      config,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<include ignore_missing="yes">${rules}</include>\n<cachedir>${join(dir, 'font-cache')}</cachedir>\n</fontconfig>\n`,
    );
    const env = { FONTCONFIG_FILE: config };
    const build = (out: string, ...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', out, ...args], { cwd: dir, env });
    const first = await build('out');
    expect(first.code, first.stderr).toBe(0);
    expect(await pdfFonts(await readFile(join(dir, 'out/acme/mini-1.0.pdf')))).toContain('LiberationSans');

    await writeFile(
      rules,
      '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<match target="pattern"><test name="family"><string>Liberation Sans</string></test><edit name="family" mode="assign" binding="strong"><string>DejaVu Serif</string></edit></match>\n</fontconfig>\n',
    );
    const ruled = await build('out');
    expect(ruled.code, ruled.stderr).toBe(0);
    expect(fileLines(ruled)).toEqual(['out/acme/mini-1.0.pdf']);
    const fonts = await pdfFonts(await readFile(join(dir, 'out/acme/mini-1.0.pdf')));
    expect(fonts).toContain('DejaVuSerif');
    expect(fonts).not.toContain('LiberationSans');
    expect((await build('out')).stdout).toMatch(/^nothing to build: 2 files up to date/);
  }, 60_000);
});

describe('the browser a PDF is printed with', () => {
  it('rebuilds the PDF, and only the PDF, once the browser a script starts is upgraded and the script left as it was', async () => {
    const dir = await scratchWithContent('checklist-browser-inputs-');
    // As Debian installs it: /usr/bin/chromium-headless-shell is a script that runs the browser
    // in /usr/lib/chromium/, and an upgrade replaces that file, not the script.
    const real = await findBrowser();
    await mkdir(join(dir, 'lib'));
    const browser = join(dir, 'lib/chromium-headless-shell');
    const install = (version: string) => writeFile(browser, `#!/bin/sh\n# ${version}\nexec '${real}' "$@"\n`, { mode: 0o755 });
    await install('156.0.8078.114');
    const script = join(dir, 'chromium-headless-shell');
    await writeFile(script, `#!/bin/sh -e\n\n${browser} "$@"\n`, { mode: 0o755 });
    const env = { PUPPETEER_EXECUTABLE_PATH: script };
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', 'out'], { cwd: dir, env });
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);

    await install('157.0.7000.1');
    const upgraded = await build();
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect(fileLines(upgraded)).toEqual(['out/acme/mini-1.0.pdf']);
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);
  }, 60_000);
});

describe('fontconfig', () => {
  it('is asked once by a build with nothing to do, though the PDF\'s record and the missing-glyph check both read its list', async () => {
    const dir = await scratchWithContent('checklist-fontconfig-once-');
    // fc-list as the system has it (found on the PATH without this folder), each call written down.
    await mkdir(join(dir, 'bin'));
    const calls = join(dir, 'fc-list-calls');
    await writeFile(join(dir, 'bin/fc-list'), `#!/bin/sh\nprintf 'call\\n' >> '${calls}'\nPATH='${process.env.PATH}' exec fc-list "$@"\n`, { mode: 0o755 });
    const env = { PATH: `${join(dir, 'bin')}:${process.env.PATH}` };
    const build = () => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', 'out'], { cwd: dir, env });
    expect((await build()).code).toBe(0);
    await rm(calls, { force: true });
    expect((await build()).stdout).toMatch(/^nothing to build: 2 files up to date/);
    expect(await readFile(calls, 'utf8')).toBe('call\n');
  }, 60_000);
});

describe('a damaged build manifest', () => {
  it('is read as far as it is sound: a damaged entry is built again, never a crash', async () => {
    const dir = await scratchWithContent('checklist-damaged-manifest-');
    const build = () => runCli(['build', '--content', 'content', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect((await build()).code).toBe(0);
    const path = join(dir, 'out/.checklist-build.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { outputs: Record<string, unknown>; checked: Record<string, { key: string }> };
    // As a hand edit or a half-resolved merge leaves it: the right keys, wrong values.
    for (const name of Object.keys(manifest.checked)) manifest.checked[name] = { key: manifest.checked[name]!.key, checklist: 42 } as never;
    for (const name of Object.keys(manifest.outputs)) manifest.outputs[name] = 7;
    await writeFile(path, JSON.stringify(manifest));
    const damaged = await build();
    expect(damaged.code, damaged.stderr).toBe(0);
    expect(fileLines(damaged)).toEqual(['out/acme/mini-1.0.html']);
    expect((await build()).stdout).toMatch(/^nothing to build: 1 file up to date/);
  });
});

describe('outputs no build makes any more', () => {
  it('are named, a line a folder, and left in place: a deployment renamed, a master upgraded', async () => {
    const dir = await scratchWithContent('checklist-stale-outputs-');
    const build = (...args: string[]) => runCli(['build', '--content', 'content', '--format', 'html', '--out', 'out', ...args], { cwd: dir });
    expect((await build()).code).toBe(0);
    await rename(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/acme-gmbh.json'));
    const renamed = await build();
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stderr).toBe('checklist: out/acme/ holds a file of a deployment no longer in content/deployments (renamed or removed): delete it unless still wanted\n');
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('Müller Klinikum GmbH');
    // A build of named deployments does not know every deployment there is.
    expect((await build('content/deployments/acme-gmbh.json')).stderr).toBe('');

    const master = join(dir, 'content/checklists/mini.md');
    await writeFile(master, (await readFile(master, 'utf8')).replace('version: "1.0"', 'version: "1.1"'));
    const upgraded = await build();
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect(upgraded.stderr.split('\n')).toContain('checklist: out/acme-gmbh/ holds a file made from another checklist or version than the mini 1.1 its deployment is built from now: delete it unless still wanted');

    await rm(join(dir, 'out/acme'), { recursive: true });
    await rm(join(dir, 'out/acme-gmbh/mini-1.0.html'));
    expect((await build()).stderr).not.toMatch(/^checklist: /m);

    // The blanks of several masters share one folder: none of them is another's stale file.
    await cp(master, join(dir, 'content/checklists/other.md'));
    expect((await build('--blank', 'mini')).code).toBe(0);
    const other = await build('--blank', 'other');
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).not.toMatch(/^checklist: /m);
  });
});

describe('a deployment saved while the build runs', () => {
  it('is built as saved, but not recorded as made from what was checked before: saved back, it is built again', async () => {
    const dir = await scratchWithContent('checklist-saved-during-build-');
    const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
    for (const name of ['bbb', 'ccc']) await writeFile(join(dir, `content/deployments/${name}.json`), acme);
    const args = ['build', '--content', 'content', '--format', 'html,docx', '--out', 'out', '--jobs', '1'];
    // One document at a time: once acme's files are written, bbb's DOCX is laid out before ccc is read again.
    const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), ...args], { cwd: dir });
    let stdout = '';
    const saved = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('out/acme/')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await saved;
    await writeFile(join(dir, 'content/deployments/ccc.json'), acme.replace('Müller Klinikum GmbH', 'Saved Meanwhile AG'));
    expect(await exited).toBe(0);
    expect(await readFile(join(dir, 'out/ccc/mini-1.0.html'), 'utf8')).toContain('Saved Meanwhile AG');

    // Saved back as it was when checked: its files, of the version saved meanwhile, are not up to date.
    await writeFile(join(dir, 'content/deployments/ccc.json'), acme);
    const reverted = await runCli(args, { cwd: dir });
    expect(reverted.code, reverted.stderr).toBe(0);
    expect(fileLines(reverted)).toEqual(['out/ccc/mini-1.0.docx', 'out/ccc/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/ccc/mini-1.0.html'), 'utf8')).toContain('Müller Klinikum GmbH');
    expect((await runCli(args, { cwd: dir })).stdout).toMatch(/^nothing to build: 6 files up to date/);
  }, 60_000);
});

describe('a master saved while the build reads it', () => {
  it('is recorded with the hash it had before it was read: the next build sees it changed', async () => {
    const dir = await scratchWithContent('checklist-hashed-before-read-');
    const master = join(dir, 'content/checklists/mini.md');
    const before = await readFile(master, 'utf8');
    const values = { content: join(dir, 'content'), out: join(dir, 'out') } as CliOptions;
    const diagnostics = new Diagnostics();
    // Saved just as the check starts reading the inputs (an editor's save during a long build).
    const inputs = await checkInputs([], values, diagnostics, undefined, undefined, () => writeFileSync(master, before.replace('Change every default password', 'Saved meanwhile')));
    expect(diagnostics.messages).toEqual([]);
    expect(Object.entries(inputs![0]!.sourceHashes).find(([path]) => path.endsWith('mini.md'))?.[1]).toBe(sha256(before));
    expect(JSON.stringify(await inputs![0]!.load())).toContain('Saved meanwhile');
  });
});

describe('a template saved while the build runs', () => {
  it('is recorded with the hash it had when it was read: the next build sees it changed', async () => {
    const dir = await scratchWithContent('checklist-template-saved-');
    await mkdir(join(dir, 'own/partials'), { recursive: true });
    const style = join(dir, 'own/style.css');
    await writeFile(style, `${await readFile(join(repoRoot, 'templates/style.css'), 'utf8')}\nh1 { color: black; }\n`);
    // A partial read after style.css, as a pipe: the build waits there until this test has
    // saved style.css anew (as an editor's save during a long check would come).
    const pipe = join(dir, 'own/partials/zz-last.hbs');
    execFileSync('mkfifo', [pipe]);
    const serve = async (meanwhile: () => Promise<void> = async () => undefined) => {
      const handle = await open(pipe, 'w');
      await meanwhile();
      await handle.write('<!-- read last -->');
      await handle.close();
    };
    const build = () => runCli(['build', '--content', 'content', '--format', 'html', '--out', 'out', '--templates', 'own'], { cwd: dir });
    const [first] = await Promise.all([build(), serve(async () => writeFile(style, (await readFile(style, 'utf8')).replace('color: black', 'color: teal')))]);
    expect(first.code, first.stderr).toBe(0);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('h1 { color: black; }');

    const [next] = await Promise.all([build(), serve()]);
    expect(next.code, next.stderr).toBe(0);
    expect(fileLines(next)).toEqual(['out/acme/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('h1 { color: teal; }');
  });
});

