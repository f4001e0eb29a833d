/**
 * Customer data that would be lost or break a format: duplicate keys are errors at their
 * place, control characters are warnings at their JSON path and never reach the HTML or the
 * DOCX's XML. Read back from the real outputs.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../src/deployment/duplicate-keys.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

let dir = '';
let acme = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-data-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
});

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('duplicate keys', () => {
  it('are found at the repeat, inside nested objects and arrays, and not across sibling objects', () => {
    const text = '{\n  "a": { "b": 1, "b": 2 },\n  "c": [{ "x": 1 }, { "x": 2, "x": 3 }],\n  "a": {}\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { pointer: '/a/b', point: { line: 2, column: 18 }, first: { line: 2, column: 10 } },
      { pointer: '/c/1/x', point: { line: 3, column: 31 }, first: { line: 3, column: 23 } },
      { pointer: '/a', point: { line: 4, column: 3 }, first: { line: 2, column: 3 } },
    ]);
  });

  it('in a deployment are errors at their line and column, and nothing is built', async () => {
    const text = acme.replace('"comment": "Done on 10:30\\nby the supplier",', '"comment": "Done on 10:30", "comment": "by the supplier",');
    await writeFile(join(dir, 'content/deployments/dup.json'), text);
    const line = text.split('\n').findIndex((row) => row.includes('"CL-PWD1"')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('"comment": "by') + 1;
    const check = await runCli(['check', '--content', 'content', 'content/deployments/dup.json'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`content/deployments/dup.json:${line}:${column}: error /answers/CL-PWD1/comment: duplicate key: it is already at line ${line}, and JSON keeps only the last; remove one [duplicate-key]`);
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html', 'content/deployments/dup.json'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('[duplicate-key]');
    // The json reporter gives its JSON Pointer as it does for every other deployment message (it gave none).
    const json = await runCli(['check', '--content', 'content', '--reporter', 'json', 'content/deployments/dup.json'], { cwd: dir });
    const reported = (JSON.parse(json.stdout) as { ruleId: string; pointer?: string }[]).find((message) => message.ruleId === 'duplicate-key');
    expect(reported?.pointer).toBe('/answers/CL-PWD1/comment');
  });
});

describe('control characters', () => {
  it('are warnings at their JSON path and reach neither the HTML nor the DOCX', async () => {
    const text = acme
      .replace('"Done on 10:30\\nby the supplier"', '"Done\\u0000 on\\u0001 10:30\\u007F\\nby the\\uFFFF supplier\\uD800"')
      .replace('"Jana Müller", "address"', '"Jana\\u000C Müller", "address"');
    await writeFile(join(dir, 'content/deployments/controls.json'), text);
    const check = await runCli(['check', '--content', 'content', 'content/deployments/controls.json'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/controls\.json:13:\d+: warning \/answers\/CL-PWD1\/comment: Control characters U\+0000, U\+0001, U\+007F, U\+FFFF, U\+D800 removed: .* \[control-character\]/);
    expect(check.stderr).toMatch(/controls\.json:7:\d+: warning \/customer\/name: Control character U\+000C removed/);

    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html,docx', '--docx-page-numbers', 'off', 'content/deployments/controls.json'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const html = await readFile(join(dir, 'out/controls/mini-1.0.html'), 'utf8');
    expect(html).not.toMatch(forbidden);
    expect(html).toContain('Done on 10:30');
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'out/controls/mini-1.0.docx')));
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xml'))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      expect(xml, name).not.toMatch(forbidden);
      expect(xml, name).not.toMatch(/&#x?0*(?:[0-8bcef]|1[0-9a-f]|7f);/i);
    }
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Done on 10:30');
  });

  it('C1 control characters (U+0080–U+009F, text decoded with the wrong code page) are warnings too, and reach no format', async () => {
    // Chromium and LibreOffice print them as nothing: the text would change without a word.
    const text = acme.replace('"Done on 10:30\\nby the supplier"', '"Done\\u0085 on\\u009B 10:30\\u0080"');
    await writeFile(join(dir, 'content/deployments/c1.json'), text);
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html,docx', '--docx-page-numbers', 'off', 'content/deployments/c1.json'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/c1\.json:13:\d+: warning \/answers\/CL-PWD1\/comment: Control characters U\+0085, U\+009B, U\+0080 removed: .* \[control-character\]/);
    const html = await readFile(join(dir, 'out/c1/mini-1.0.html'), 'utf8');
    expect(html).toContain('Done on 10:30');
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'out/c1/mini-1.0.docx')));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Done on 10:30');
  });

  it('a line or paragraph separator (U+2028, U+2029) or a vertical tab (Word\'s line break) is a line break, as \\n is, in every format, without a warning', async () => {
    // Word and LibreOffice print U+2028 as nothing ("10:30by"), Chromium as a space; a vertical
    // tab (Shift+Enter in text Word exports) was removed with a warning, its words run together.
    await writeFile(join(dir, 'content/deployments/separator.json'), acme.replace('"Done on 10:30\\nby the supplier"', '"Done on 10:30\\u2028by the supplier"').replace('"Königstraße 12, 50667 Köln"', '"Königstraße 12\\u000B50667 Köln"'));
    await writeFile(join(dir, 'content/deployments/newline.json'), acme.replace('"Königstraße 12, 50667 Köln"', '"Königstraße 12\\n50667 Köln"'));
    const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html,docx', '--docx-page-numbers', 'off', 'content/deployments/newline.json', 'content/deployments/separator.json'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toContain('control-character');
    const read = async (name: string) => {
      const html = await readFile(join(dir, `out/${name}/mini-1.0.html`), 'utf8');
      const zip = await JSZip.loadAsync(await readFile(join(dir, `out/${name}/mini-1.0.docx`)));
      return { html: html.slice(html.indexOf('<body')), document: (await zip.file('word/document.xml')?.async('string')) ?? '' };
    };
    const separator = await read('separator');
    expect(separator.html).not.toMatch(/[\u000B\u2028\u2029]/);
    expect(separator.document).not.toMatch(/[\u000B\u2028\u2029]/);
    expect(separator).toEqual(await read('newline'));
  });

  it('direction characters (a right-to-left override) are a warning at their JSON path, and kept', async () => {
    const text = acme.replace('"Done on 10:30\\nby the supplier"', '"Port \\u202E0443\\u202C open"');
    await writeFile(join(dir, 'content/deployments/direction.json'), text);
    const check = await runCli(['check', '--content', 'content', 'content/deployments/direction.json'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/direction\.json:13:\d+: warning \/answers\/CL-PWD1\/comment: Direction characters U\+202E, U\+202C: they change the order the text is shown in, .* \[direction-character\]/);
  });
});
