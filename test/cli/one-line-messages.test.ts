/**
 * `check` prints one message a line (`file:line:column: error|warning text [rule-id]`), the form
 * editors and CI read, whatever characters a file name or a value quoted in a message holds: a
 * character that ends a line somewhere is shown as an escape, everything else as it is.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** A content folder with the fixtures' master and one deployment per name, each with the status `status`. */
async function deployments(entries: ReadonlyArray<readonly [name: string, status: string]>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-one-line-'));
  await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  for (const [name, status] of entries) {
    await writeFile(join(dir, 'content/deployments', name), `{\n  "checklist": "mini",\n  "answers": { "CL-PWD1": { "status": ${JSON.stringify(status)} } }\n}\n`);
  }
  return dir;
}

const unknown = (status: string) => `error /answers/CL-PWD1/status: "${status}" is not an option of CL-PWD1: use one of Yes, No [unknown-option]`;

describe('check: file names and message texts that would break the line', () => {
  it('the text reporter shows LF, CR, U+2028, U+2029 and U+0085 as escapes; umlauts, spaces and commas stay', async () => {
    const dir = await deployments([
      ['new\nline.json', 'Maybe'],
      ['cr\rname.json', 'Maybe'],
      ['ls\u2028ps\u2029nel\u0085.json', 'Maybe'],
      ['Müller, Klinik 50%.json', 'x\u2028y\u2029z\u0085!'],
    ]);
    const run = await runCli(['check', 'content/deployments'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      // In a deployment's text U+2028 and U+2029 are line breaks, as \n is, and U+0085 (a C1 control) is removed with a warning.
      'content/deployments/Müller, Klinik 50%.json:3:29: warning /answers/CL-PWD1/status: Control character U+0085 removed: they cannot be printed or stored in a DOCX; delete it from the file [control-character]',
      `content/deployments/Müller, Klinik 50%.json:3:29: ${unknown('x\\ny\\nz!')}`,
      `content/deployments/cr\\rname.json:3:29: ${unknown('Maybe')}`,
      `content/deployments/ls\\u2028ps\\u2029nel\\u0085.json:3:29: ${unknown('Maybe')}`,
      `content/deployments/new\\nline.json:3:29: ${unknown('Maybe')}`,
      'checked 1 checklist and 5 deployments: 4 errors, 1 warning',
      '',
    ]);
  });

  it('the JSON reporter gives each file its exact name, and its text has no raw U+2028, U+2029 or U+0085 to break a line', async () => {
    const names = ['new\nline.json', 'ls\u2028ps\u2029nel\u0085.json', 'Müller, Klinik.json'];
    const dir = await deployments(names.map((name) => [name, 'Maybe'] as const));
    const run = await runCli(['check', '--reporter', 'json', 'content/deployments'], { cwd: dir });
    expect(run.stdout).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(run.stdout).toContain('"file": "content/deployments/ls\\u2028ps\\u2029nel\\u0085.json"');
    const messages = JSON.parse(run.stdout) as Array<{ file: string }>;
    expect(messages.map((message) => message.file).sort()).toEqual(names.map((name) => `content/deployments/${name}`).sort());
  });
});

describe('check: a value of several lines quoted in a message', () => {
  it('shows its line breaks as \\n and \\r, as the JSON file writes them, on the message\'s one line', async () => {
    const dir = await deployments([
      ['lf.json', 'Maybe 100%\nreally'],
      ['crlf.json', 'Maybe\r\n  really '],
    ]);
    const run = await runCli(['check', 'content/deployments/lf.json', 'content/deployments/crlf.json'], { cwd: dir });
    expect(run.stderr.split('\n')).toEqual([
      `content/deployments/crlf.json:3:29: ${unknown('Maybe\\r\\n  really ')}`,
      `content/deployments/lf.json:3:29: ${unknown('Maybe 100%\\nreally')}`,
      'checked 1 checklist and 2 deployments: 2 errors, 0 warnings',
      '',
    ]);
    const json = await runCli(['check', '--reporter', 'json', 'content/deployments/lf.json'], { cwd: dir });
    const [message] = JSON.parse(json.stdout) as Array<{ message: string }>;
    expect(message?.message).toBe('/answers/CL-PWD1/status: "Maybe 100%\\nreally" is not an option of CL-PWD1: use one of Yes, No');
  });
});
