/**
 * Control characters in a master's Markdown (a BEL or an escape pasted from a terminal) are an
 * error at their line and column, from `check` and from the build, and reach no output.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocx, wordText } from '../docx/helpers.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('control characters in a master', () => {
  it('are an error at the first one of each line, and removed from the text', () => {
    const { checklist, errors } = parse(`${frontMatter}\n# Intro\u0007 bell\n\nText with \u001b[31mescape\u001b[0m and \u007f delete.\n`);
    expect(errors).toEqual([
      'doc/01.md:9:8: error Control character U+0007: it cannot be printed or stored in a DOCX; delete it [control-character]',
      'doc/01.md:11:11: error Control characters U+001B, U+007F: they cannot be printed or stored in a DOCX; delete them [control-character]',
    ]);
    expect(JSON.stringify(checklist.body)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(checklist.body[0]).toMatchObject({ kind: 'section', titleText: 'Intro bell' });
  });

  it('C1 controls (U+0080 to U+009F, text decoded with the wrong code page) are a warning at the first one of each line, worded as for a deployment, and removed', () => {
    const { checklist, messages } = parse(`${frontMatter}\n# Hard\u0085ening\n\n| CL-A1 Server | Ports\u0080 closed \u009F |\n| --- | --- |\n| Executed | Yes / No |\n`);
    expect(messages).toEqual([
      'doc/01.md:9:7: warning Control character U+0085 removed: they cannot be printed or stored in a DOCX; delete it from the file [control-character]',
      'doc/01.md:11:23: warning Control characters U+0080, U+009F removed: they cannot be printed or stored in a DOCX; delete them from the file [control-character]',
    ]);
    expect(JSON.stringify(checklist.body)).not.toMatch(/[\u0080-\u009F]/);
    expect(checklist.body[0]).toMatchObject({ kind: 'section', titleText: 'Hardening' });
    expect(checklist.items[0]?.titleText).toBe('Ports closed');
  });

  it('a C1 control is told by check and the build, and reaches neither the HTML nor the DOCX', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-c1-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const master = join(dir, 'content/checklists/mini.md');
    await writeFile(master, (await readFile(master, 'utf8')).replace('# Hardening', '# Hard\u0085ening'));
    const expected = 'content/checklists/mini.md:11:7: warning Control character U+0085 removed: they cannot be printed or stored in a DOCX; delete it from the file [control-character]';
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain(expected);
    const build = await runCli(['build', '--format', 'html,docx', '--out', 'dist'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stderr).toContain(expected);
    const folder = 'acme';
    const html = await readFile(join(dir, 'dist', folder, 'mini-1.0.html'), 'utf8');
    const docx = await (await openDocx(await readFile(join(dir, 'dist', folder, 'mini-1.0.docx')))).part('word/document.xml');
    for (const text of [html, wordText(docx)]) {
      expect(text).toContain('Hardening');
      expect(text).not.toMatch(/[\u0080-\u009F]/);
    }
  }, 60_000);

  it('direction characters (a right-to-left override) are a warning at the first one of each line, and kept', () => {
    const { checklist, messages } = parse(`${frontMatter}\n# Ports\n\nOpen port \u202E0443\u202C only.\n`);
    expect(messages).toEqual([
      'doc/01.md:11:11: warning Direction characters U+202E, U+202C: they change the order the text is shown in, so it can read otherwise than it is written; delete them unless the text is in a right-to-left script [direction-character]',
    ]);
    expect(JSON.stringify(checklist.body)).toContain('\u202E0443\u202C');
  });

  it('written as character references they are warnings too: a direction character kept, a control character printed as �; in code they are text and stay quiet', () => {
    const text = `${frontMatter}\n# Ports\n\nOpen port &#x202E;0443 only, bell a&#7;b, &#xFFFF;, \`&#x202E;\` and &#8212; &amp;.\n\n| CL-A1 Server | Port &#8238;0443 |\n| --- | --- |\n| Executed | Yes / No |\n`;
    const { checklist, messages } = parse(text);
    expect(messages).toEqual([
      'doc/01.md:11:11: warning &#x202E; is the direction character U+202E: it changes the order the text is shown in, so it can read otherwise than it is written; delete it unless the text is in a right-to-left script [direction-character]',
      'doc/01.md:11:36: warning &#7; names U+0007, which Markdown does not print: every format shows the replacement character � in its place; delete it [control-character]',
      'doc/01.md:11:43: warning &#xFFFF; names U+FFFF, which Markdown does not print: every format shows the replacement character � in its place; delete it [control-character]',
      'doc/01.md:13:23: warning &#8238; is the direction character U+202E: it changes the order the text is shown in, so it can read otherwise than it is written; delete it unless the text is in a right-to-left script [direction-character]',
    ]);
    // What the warnings say the documents hold.
    const body = JSON.stringify(checklist.body);
    expect(body).toContain('\u202E0443');
    expect(body).toContain('a\uFFFDb');
    expect(checklist.items[0]?.titleText).toBe('Port \u202E0443');
  });

  it('stop check and the build, writing nothing, with the same message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-control-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const master = join(dir, 'content/checklists/mini.md');
    await writeFile(master, (await readFile(master, 'utf8')).replace('# Hardening', '# Hardening\u0008'));
    const expected = 'content/checklists/mini.md:11:12: error Control character U+0008: it cannot be printed or stored in a DOCX; delete it [control-character]';
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(expected);
    const build = await runCli(['build', '--format', 'html', '--out', 'dist'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(expected);
    await expect(readdir(join(dir, 'dist'))).rejects.toThrow();
  }, 60_000);
});
