/**
 * Incremental builds through the real CLI: a second build with nothing changed writes nothing,
 * a changed deployment rebuilds only its outputs, and those are the bytes a full build makes
 * (HTML, DOCX; the PDF's text, its dates apart). `--force` rebuilds everything.
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/poppler.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const fileLines = (stdout: string) => stdout.trim().split('\n').filter((line) => / {2}\d+ ms$/.test(line)).map((line) => line.replace(/ {2}\d+ ms$/, '')).sort();

/** A temporary folder holding a copy of the test fixtures' content. */
async function fixtureCopy(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Builds the HTML (unless a --format is given: an option given twice is refused) of every deployment of `dir()` into its `out`. */
const htmlBuilder = (dir: () => string) => (...args: string[]) =>
  runCli(['build', '--content', 'content', ...(args.includes('--format') ? [] : ['--format', 'html']), '--out', 'out', ...args], { cwd: dir() });

describe('incremental builds', () => {
  let dir = '';
  const build = (...args: string[]) => runCli(['build', '--content', 'content', ...args], { cwd: dir });

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-incremental-');
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/beta.json'));
    const first = await build('--out', 'out');
    expect(first.code, first.stderr).toBe(0);
    expect(fileLines(first.stdout)).toHaveLength(6);
  });

  it('writes nothing when nothing changed, and says so', async () => {
    const before = await stat(join(dir, 'out/acme/mini-1.0.pdf'));
    const again = await build('--out', 'out');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^nothing to build: 6 files up to date/);
    expect((await stat(join(dir, 'out/acme/mini-1.0.pdf'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('rebuilds only the outputs of a changed deployment, with the bytes of a full build', async () => {
    const path = join(dir, 'content/deployments/beta.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Müller Klinikum GmbH', 'Beta Hospital'));
    const changed = await build('--out', 'out');
    expect(changed.code, changed.stderr).toBe(0);
    expect(fileLines(changed.stdout)).toEqual(['out/beta/mini-1.0.docx', 'out/beta/mini-1.0.html', 'out/beta/mini-1.0.pdf']);
    expect(changed.stdout).toMatch(/built 3 files of 1 document in .*; 3 files up to date$/m);

    const full = await build('--out', 'full');
    expect(full.code, full.stderr).toBe(0);
    for (const file of ['acme/mini-1.0.html', 'acme/mini-1.0.docx', 'beta/mini-1.0.html', 'beta/mini-1.0.docx']) {
      expect(Buffer.compare(await readFile(join(dir, 'out', file)), await readFile(join(dir, 'full', file))), file).toBe(0);
    }
    expect(await pdfText(await readFile(join(dir, 'out/beta/mini-1.0.pdf')))).toBe(await pdfText(await readFile(join(dir, 'full/beta/mini-1.0.pdf'))));
    expect(await readFile(join(dir, 'out/beta/mini-1.0.html'), 'utf8')).toContain('Beta Hospital');
  });

  it('rebuilds an output that was deleted or changed by hand, and every output whose template changed', async () => {
    await rm(join(dir, 'out/acme/mini-1.0.docx'));
    await writeFile(join(dir, 'out/beta/mini-1.0.html'), 'edited by hand');
    const repaired = await build('--out', 'out', '--format', 'html,docx');
    expect(fileLines(repaired.stdout)).toEqual(['out/acme/mini-1.0.docx', 'out/beta/mini-1.0.html']);

    await cp(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
    const own = await build('--out', 'out', '--format', 'html', '--templates', 'templates');
    expect(fileLines(own.stdout)).toEqual([]); // the same templates, elsewhere: still up to date
    await writeFile(join(dir, 'templates/style.css'), `${await readFile(join(dir, 'templates/style.css'), 'utf8')}\nh1 { color: teal; }\n`);
    const restyled = await build('--out', 'out', '--format', 'html', '--templates', 'templates');
    expect(fileLines(restyled.stdout)).toEqual(['out/acme/mini-1.0.html', 'out/beta/mini-1.0.html']);
  });

  it('rebuilds everything with --force, and on another --level', async () => {
    const forced = await build('--out', 'out', '--format', 'html,docx', '--force');
    expect(fileLines(forced.stdout)).toHaveLength(4);
    const level = await build('--out', 'out', '--format', 'html', '--level', 'maximum');
    expect(fileLines(level.stdout)).toHaveLength(2);
  });

  it("builds nothing on a --level that is the deployment's own: its files are those of a build without", async () => {
    const own = await build('--out', 'out', '--format', 'html,docx', '--level', 'medium');
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toMatch(/^nothing to build: 4 files up to date/);
    const full = await build('--out', 'own-level', '--format', 'html,docx', '--level', 'medium');
    expect(full.code, full.stderr).toBe(0);
    for (const file of ['acme/mini-1.0.html', 'acme/mini-1.0.docx', 'beta/mini-1.0.html', 'beta/mini-1.0.docx']) {
      expect(Buffer.compare(await readFile(join(dir, 'out', file)), await readFile(join(dir, 'own-level', file))), file).toBe(0);
    }
  });
});

describe('a build run from another working folder', () => {
  let dir = '';
  const build = (cwd: string, content: string, out: string) => runCli(['build', '--content', content, '--format', 'html,docx', '--out', out], { cwd });

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-elsewhere-');
    await mkdir(join(dir, 'sub'));
    const first = await build(dir, 'content', 'out');
    expect(first.code, first.stderr).toBe(0);
    expect(fileLines(first.stdout)).toEqual(['out/acme/mini-1.0.docx', 'out/acme/mini-1.0.html']);
  });

  it('finds the same outputs up to date, the folders named absolute or relative, and records nothing new', async () => {
    const manifest = await readFile(join(dir, 'out/.checklist-build.json'), 'utf8');
    const elsewhere = await mkdtemp(join(tmpdir(), 'checklist-elsewhere-cwd-'));
    const runs = [
      [join(dir, 'sub'), join(dir, 'content'), join(dir, 'out')],
      [join(dir, 'sub'), '../content', '../out'],
      [elsewhere, join(dir, 'content'), join(dir, 'out')],
      [dir, join(dir, 'content'), join(dir, 'out')],
      [dir, 'content', 'out'],
    ] as const;
    for (const [cwd, content, out] of runs) {
      const again = await build(cwd, content, out);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout, `${cwd}: --content ${content} --out ${out}`).toMatch(/^nothing to build: 2 files up to date/);
    }
    expect(await readFile(join(dir, 'out/.checklist-build.json'), 'utf8')).toBe(manifest);
  });
});

describe('inputs checked clean before', () => {
  let dir = '';
  const build = htmlBuilder(() => dir);

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-checked-');
    // A control character in a comment: a warning, and the deployment is still built.
    const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
    await writeFile(join(dir, 'content/deployments/warned.json'), acme.replace('"Done on 10:30', '"Done\\u0007 on 10:30'));
  });

  it('are recorded only without a message, and a warning is printed again on every build', async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^content\/deployments\/warned\.json:\d+:\d+: warning .*\[control-character\]$/m);
    const manifest = JSON.parse(await readFile(join(dir, 'out/.checklist-build.json'), 'utf8')) as { checked: Record<string, { checklist: string }> };
    expect(Object.keys(manifest.checked)).toEqual(['deployments/acme.json']);
    expect(manifest.checked['deployments/acme.json']?.checklist).toBe('mini');

    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^nothing to build: 2 files up to date/);
    expect(again.stderr).toBe(first.stderr);
  });

  it('are checked again when the limits change, though their outputs are up to date', async () => {
    const strict = await build('--limits', 'text=10');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^content\/deployments\/acme\.json:\d+:\d+: error .*\[limit-text\]$/m);
    expect(strict.stderr).toContain('nothing was written');
  });

  it('are checked again when their master changes', async () => {
    const master = join(dir, 'content/checklists/mini.md');
    await writeFile(master, `${await readFile(master, 'utf8')}\nAn added closing paragraph.\n`);
    const changed = await build();
    expect(changed.code, changed.stderr).toBe(0);
    expect(fileLines(changed.stdout)).toEqual(['out/acme/mini-1.0.html', 'out/warned/mini-1.0.html']);
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('An added closing paragraph.');
  });
});

describe('the records of deployments checked clean', () => {
  let dir = '';
  const build = htmlBuilder(() => dir);
  const manifestPath = () => join(dir, 'out/.checklist-build.json');
  const checkedNames = async () => Object.keys((JSON.parse(await readFile(manifestPath(), 'utf8')) as { checked: Record<string, unknown> }).checked);

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-checked-records-');
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/beta.json'));
    await mkdir(join(dir, 'elsewhere'));
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'elsewhere/gamma.json'));
  });

  it('are dropped when the manifest is written once nothing names them, and kept for deployments this build did not build', async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    const outside = await build('elsewhere/gamma.json');
    expect(outside.code, outside.stderr).toBe(0);
    expect(await checkedNames()).toEqual(['../elsewhere/gamma.json', 'deployments/acme.json', 'deployments/beta.json']);

    // A record as an earlier version wrote it, named from the working folder.
    const manifest = JSON.parse(await readFile(manifestPath(), 'utf8')) as { checked: Record<string, unknown> };
    manifest.checked['content/deployments/acme.json'] = manifest.checked['deployments/acme.json'];
    await writeFile(manifestPath(), JSON.stringify(manifest));
    const one = await build('content/deployments/beta.json');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^nothing to build: 1 file up to date/);
    expect(await checkedNames()).toEqual(['../elsewhere/gamma.json', 'deployments/acme.json', 'deployments/beta.json']);

    await rm(join(dir, 'content/deployments/beta.json'));
    const all = await build();
    expect(all.code, all.stderr).toBe(0);
    expect(await checkedNames()).toEqual(['../elsewhere/gamma.json', 'deployments/acme.json']);
    // Written again only when a record is dropped or made.
    const written = await readFile(manifestPath(), 'utf8');
    expect((await build()).stdout).toMatch(/^nothing to build: 1 file up to date/);
    expect(await readFile(manifestPath(), 'utf8')).toBe(written);
  });
});

describe('a master with a warning, its deployments checked clean before', () => {
  let dir = '';
  const build = htmlBuilder(() => dir);

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-checked-master-');
    const master = join(dir, 'content/checklists/mini.md');
    await writeFile(master, `${await readFile(master, 'utf8')}\n[^unused]: A footnote nothing references.\n`);
    await cp(join(dir, 'content/deployments/acme.json'), join(dir, 'content/deployments/beta.json'));
  });

  it("are recorded, and the master's warning is printed once on every build", async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    const warning = /^content\/checklists\/mini\.md:\d+:\d+: warning .*\[unused-footnote\]$/m;
    expect(first.stderr).toMatch(warning);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    const manifest = JSON.parse(await readFile(join(dir, 'out/.checklist-build.json'), 'utf8')) as { checked: Record<string, { masterSaid?: boolean }> };
    expect(manifest.checked).toEqual({
      'deployments/acme.json': expect.objectContaining({ masterSaid: true }),
      'deployments/beta.json': expect.objectContaining({ masterSaid: true }),
    });

    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^nothing to build: 2 files up to date/);
    expect(again.stderr).toBe(first.stderr);
  });
});


describe("a folder master's files that are none of its chapters", () => {
  let dir = '';
  const build = () => runCli(['build', '--content', 'content', '--format', 'html,pdf', '--out', 'out'], { cwd: dir });

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-not-chapters-');
    const master = join(dir, 'content/checklists/mini');
    await mkdir(join(master, 'images'), { recursive: true });
    await rename(join(dir, 'content/checklists/mini.md'), join(master, '01-mini.md'));
    // Beside the chapters: an image and notes, with characters no font has (private use).
    await writeFile(join(master, 'images/diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>\u{10FFFD}</text></svg>\n');
    await writeFile(join(master, 'notes.txt'), 'To do: \u{10FFFD}\n');
  });

  it('are no input of the outputs: no character of theirs is checked, and a change to one rebuilds nothing', async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    await writeFile(join(dir, 'content/checklists/mini/notes.txt'), 'Done.\n');
    await writeFile(join(dir, 'content/checklists/mini/images/diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    const changed = await build();
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/^nothing to build: 2 files up to date/);
  });

  it('are read as a check reads them: a chapter set aside is warned about on every build, its outputs up to date', async () => {
    await writeFile(join(dir, 'content/checklists/mini/02-extra.md.bak'), '# Extra\n');
    const warning = /^content\/checklists\/mini\/02-extra\.md\.bak:1:1: warning .*\[unread-file\]$/m;
    for (const run of [await build(), await build()]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(warning);
      expect(run.stdout).toMatch(/^nothing to build: 2 files up to date/);
    }
  });
});

describe('a deployment built with its annex', () => {
  let dir = '';
  const build = htmlBuilder(() => dir);

  beforeAll(async () => {
    dir = await fixtureCopy('checklist-annex-manifest-');
  });

  it('records each file as made from its own document: with the form, and up to date the next time', async () => {
    // The checklist and its annex are written together; the form has no annex, so the annex's
    // own record of a checklist's file was missing (an internal error) or another file's (rebuilt every time).
    const first = await build('--format', 'html,form', '--annex');
    expect(first.code, first.stderr).toBe(0);
    expect(fileLines(first.stdout)).toEqual(['out/acme/mini-1.0-annex.html', 'out/acme/mini-1.0-form.html', 'out/acme/mini-1.0.html']);
    const again = await build('--format', 'html,form', '--annex');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^nothing to build: 3 files up to date/);
  });
});
