/**
 * A character no installed font has prints in the PDF as an empty box: the build says so, at
 * the first such character of the file, naming them (missing-glyph); characters some font has
 * (the samples' ☐, accents) say nothing.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { covers, parseCharsets } from '../../src/environment/font-coverage.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { characterNoFontHas } from '../helpers/missing-character.js';

describe('the fonts installed, as fontconfig lists them', () => {
  it('is one union of the fonts\' ranges', () => {
    const ranges = parseCharsets('20-7e a0-17f\n2610 2612\n41-5a 180-24f\n');
    expect(ranges).toEqual([[0x20, 0x7e], [0xa0, 0x24f], [0x2610, 0x2610], [0x2612, 0x2612]]);
    expect(covers(ranges, 0x2610)).toBe(true);
    expect(covers(ranges, 0x2611)).toBe(false);
    expect(covers(ranges, 0x4e2d)).toBe(false);
  });
});

describe('a PDF build of a master with characters no font has', () => {
  let content: string;
  let missing: string;

  beforeAll(async () => {
    missing = await characterNoFontHas();
    content = join(await mkdtemp(join(tmpdir(), 'checklist-glyph-')), 'content');
    await cp(join(repoRoot, 'test/fixtures/content'), content, { recursive: true });
  });

  it('warns at the first of them, naming them, and still builds', async () => {
    const master = join(content, 'checklists', 'mini.md');
    const text = await readFile(master, 'utf8');
    await writeFile(master, text.replace('Change every default password', `Change every default password (${missing}${missing} ok)`));
    const line = text.slice(0, text.indexOf('Change every default password')).split('\n').length;
    const column = text.split('\n')[line - 1]!.indexOf('Change every default password') + 'Change every default password ('.length + 1;
    const run = await runCli(['build', '--content', content, '--out', join(content, '..', 'out'), '--format', 'pdf']);
    expect(run.code, run.stderr).toBe(0);
    const code = `U+${missing.codePointAt(0)!.toString(16).toUpperCase()}`;
    expect(run.stderr).toContain(`mini.md:${line}:${column}: warning No font on this machine has the character ${missing} (${code}): the PDF prints it as an empty box`);
    expect(run.stderr.match(/\[missing-glyph\]/g)).toHaveLength(1);
    // The package that has it, where its script is known.
    expect(run.stderr).toContain(missing === '中' ? '(Debian/Ubuntu: apt-get install fonts-noto-cjk) and build again' : '(fc-list lists the fonts there are) and build again');
    // Said again while the PDF is up to date: it still prints the boxes.
    const again = await runCli(['build', '--content', content, '--out', join(content, '..', 'out'), '--format', 'pdf']);
    expect(again.stdout).toMatch(/^nothing to build: 1 file up to date/);
    expect(again.stderr.match(/\[missing-glyph\]/g)).toHaveLength(1);
    // An HTML build prints nothing: the reader's fonts draw it.
    const html = await runCli(['build', '--content', content, '--out', join(content, '..', 'html'), '--format', 'html']);
    expect(html.stderr).not.toContain('missing-glyph');
  }, 120_000);

  it('says nothing of the characters some font has', async () => {
    const run = await runCli(['build', '--content', join(repoRoot, 'content'), '--out', join(content, '..', 'samples'), '--format', 'pdf', join(repoRoot, 'content/deployments/pbx-hafen.json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('missing-glyph');
  }, 120_000);
});

describe('a character the build removes (a non-character typed into a deployment as itself)', () => {
  it('is said once, as removed, not as a character no font has', async () => {
    const content = join(await mkdtemp(join(tmpdir(), 'checklist-glyph-removed-')), 'content');
    await cp(join(repoRoot, 'test/fixtures/content'), content, { recursive: true });
    const deployment = join(content, 'deployments', 'acme.json');
    const text = await readFile(deployment, 'utf8');
    await writeFile(deployment, text.replace('Done on 10:30', 'Done \uFFFE\uFFFF on 10:30'));
    const run = await runCli(['build', '--content', content, '--out', join(content, '..', 'out'), '--format', 'pdf']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning /answers/CL-PWD1/comment: Control characters U+FFFE, U+FFFF removed');
    // No font can have them, and none is needed: they are not printed.
    expect(run.stderr).not.toContain('missing-glyph');
  }, 120_000);
});

describe('a PDF build on a machine with no font at all (fontconfig given an empty configuration)', () => {
  it('is refused before anything is written, naming the fonts to install, and the other formats still build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-nofont-'));
    const config = join(dir, 'fonts.conf');
    await writeFile(config, `<?xml version="1.0"?>\n<fontconfig><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
    const env = { FONTCONFIG_FILE: config };
    const sample = join(repoRoot, 'content/deployments/pbx-hafen.json');
    // Chromium would print eleven pages of rules and empty boxes, without one letter.
    const refused = await runCli(['build', '--out', join(dir, 'out'), sample], { env });
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('checklist: No font on this machine has Latin letters, so the PDF would print no text.');
    expect(refused.stderr).toContain('apt-get install fonts-liberation fonts-noto-core fonts-dejavu-core');
    expect(refused.stderr).toContain('Nothing was written; `--format html,docx` builds without the PDF.');
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, 'out'))).toBe(false);

    const rest = await runCli(['build', '--out', join(dir, 'out'), '--format', 'html,docx', sample], { env });
    expect(rest.code, rest.stderr).toBe(0);
    expect(existsSync(join(dir, 'out/pbx-hafen/example-pbx-1.0.docx'))).toBe(true);

    // doctor names the same packages, and the one for the boxes the samples tick.
    const doctor = await runCli(['doctor'], { env });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^MISSING +Fonts \(PDF\): missing Liberation Sans, Noto Sans, DejaVu Sans .*apt-get install fonts-liberation fonts-noto-core fonts-dejavu-core; elsewhere, these families from the system's packages$/m);
    expect(doctor.stdout).toMatch(/☐ \(U\+2610\) \(symbols\) in .*: Debian\/Ubuntu: apt-get install fonts-dejavu-core$/m);
  }, 120_000);
});
