/**
 * The theme and the templates through the command line, as a user runs them: content/theme.json
 * with its logo reaching the PDF, a broken template or theme refused with its place and nothing
 * written, and `check` finding the same problems.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';
import { png } from './images.js';

const run = promisify(execFile);
let dir = '';
let build: CliRun;
const pdf = () => join(dir, 'out/acme/mini-1.0.pdf');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-theme-build-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  await writeFile(join(dir, 'content/theme.json'), '{\n  // our brand\n  "accent": "#0B6E4F",\n  "fonts": { "body": "DejaVu Serif" },\n  "logo": "brand/logo.png"\n}\n');
  await mkdir(join(dir, 'content/brand'));
  await writeFile(join(dir, 'content/brand/logo.png'), png(150, 50));
  build = await runCli(['build', '--content', 'content', '--out', 'out'], { cwd: dir });
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A templates folder holding only the files given, as a user's --templates DIR may. */
async function templates(name: string, files: Record<string, string>): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, name, path, '..'), { recursive: true });
    await writeFile(join(dir, name, path), text);
  }
  return name;
}

describe('content/theme.json in a build', () => {
  it('puts the logo into the PDF, at its natural proportions, on the first page', async () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const { stdout } = await run('pdfimages', ['-list', pdf()]);
    const images = stdout.trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
    // page, num, type, width, height: the one image is the 150 × 50 logo on page 1.
    expect(images.map((columns) => [columns[0], columns[2], columns[3], columns[4]])).toEqual([['1', 'image', '150', '50']]);
    const html = await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8');
    expect(html).toContain('--accent: #0B6E4F;');
    expect(html).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" width="150" height="50"/);
  });

  it('prints the text in the theme\'s body font', async () => {
    const { stdout } = await run('pdffonts', [pdf()]);
    expect(stdout).toMatch(/DejaVuSerif\b/);
    expect(stdout).not.toMatch(/LiberationSans-Regular/);
  });

  it('reaches the DOCX too (through the render worker): its styles in the accent, its body font', async () => {
    const docx = await JSZip.loadAsync(await readFile(join(dir, 'out/acme/mini-1.0.docx')));
    const styles = await docx.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:val="0B6E4F"');
    // Word's theme fonts: the styles refer to the minor (body) and major (headings) font.
    const wordTheme = await docx.file('word/theme/theme1.xml')!.async('string');
    expect(wordTheme).toMatch(/<a:minorFont><a:latin typeface="DejaVu Serif"/);
  });

  it('rebuilds the outputs when the theme changes, and only then', async () => {
    const again = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(again.stdout).not.toContain('mini-1.0.html');
    await writeFile(join(dir, 'content/theme.json'), '{ "accent": "#7A1D1D", "logo": "brand/logo.png" }');
    const changed = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(changed.stdout).toContain('mini-1.0.html');
    expect(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8')).toContain('--accent: #7A1D1D;');
  });

  it('takes style.css alone from --templates and the built-in files for the rest', async () => {
    const folder = await templates('own-style', { 'style.css': 'body { font-size: 11pt; }\nh2 { color: var(--accent); }\n' });
    const result = await runCli(['build', '--content', 'content', '--out', 'out-own', '--format', 'html', '--templates', folder], { cwd: dir });
    expect(result.stderr).toBe('');
    const html = await readFile(join(dir, 'out-own/acme/mini-1.0.html'), 'utf8');
    expect(html).toContain('body { font-size: 11pt; }');
    expect(html).toContain('<h1 class="doc-title">');
    expect(html).toContain('--accent: #7A1D1D;');
  });
});

describe('a broken template or theme', () => {
  it('is an error at its line and column, no stack trace, and nothing is written', async () => {
    const before = await readFile(pdf());
    const folder = await templates('broken', {
      'partials/item.hbs': '<table class="cl-item">\n{{#each rows}}\n<tr></tr>\n',
      'partials/title-block.hbs': '<header>\n  {{> logo-block}}\n</header>\n',
    });
    const result = await runCli(['build', '--content', 'content', '--out', 'out', '--templates', folder], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'broken/partials/item.hbs:3:10: error Handlebars cannot read this template: the file ends inside a block; close it with {{/…}} [template-syntax]',
      'broken/partials/title-block.hbs:2:3: error No partial "logo-block": add partials/logo-block.hbs or use one of the built-in partials (templates/README.md) [template-partial]',
      'checklist: nothing was written; fix the errors above and build again',
      '',
    ]);
    expect((await readFile(pdf())).equals(before)).toBe(true);
  });

  it('is found by check too, with the theme file\'s problems', async () => {
    await writeFile(join(dir, 'content/theme.json'), '{\n  "accent": "green",\n  "logo": "brand/missing.svg"\n}\n');
    const result = await runCli(['check', '--content', 'content', '--templates', 'broken'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain('content/theme.json:2:3: error /accent: Must be a colour #RRGGBB or #RGB: headings, rules, the title band, item header rows [theme-value]');
    expect(lines).toContain('broken/partials/title-block.hbs:2:3: error No partial "logo-block": add partials/logo-block.hbs or use one of the built-in partials (templates/README.md) [template-partial]');
    expect(lines.at(-2)).toBe('checked 1 checklist and 1 deployment: 3 errors, 0 warnings');
  });

  it('refuses a --templates folder that does not exist rather than falling back in silence, whatever the formats', async () => {
    // A DOCX-only build uses no templates: it passed with exit 0 before.
    for (const format of ['html,pdf', 'docx']) {
      const result = await runCli(['build', '--content', 'content', '--out', 'out', '--format', format, '--templates', 'tempaltes'], { cwd: dir });
      expect(result.stderr).toBe('checklist: checklist build: --templates tempaltes does not exist: name the folder that holds your templates\n');
      expect(result.code).toBe(2);
    }
    const checked = await runCli(['check', '--content', 'content', '--templates', 'tempaltes'], { cwd: dir });
    expect(checked.stderr).toBe('checklist: checklist check: --templates tempaltes does not exist: name the folder that holds your templates\n');
    expect(checked.code).toBe(2);
    const file = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'docx', '--templates', 'content/theme.json'], { cwd: dir });
    expect(file.stderr).toBe('checklist: checklist build: --templates content/theme.json is a file, not a folder: name the folder that holds your templates\n');
    expect(file.code).toBe(2);
    // A theme is read whatever the formats: a mistyped --theme never passed in silence.
    const theme = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'docx', '--theme', 'them.json'], { cwd: dir });
    expect(theme.stderr.split('\n')[0]).toBe('them.json:1:1: error The theme file does not exist [theme-file]');
    expect(theme.code).toBe(1);
  });

  it('the example theme of docs/examples is valid', async () => {
    const result = await runCli(['check', '--content', 'content', '--theme', join(repoRoot, 'docs/examples/theme/theme.json')], { cwd: dir });
    expect(result.stderr.split('\n').filter((line) => line.includes('examples'))).toEqual([]);
  });
});
