/**
 * A FIFO (`mkfifo`), a character device (`/dev/zero`) or a socket named where a file is read (a
 * deployment, a master, a filled DOCX, a theme, a chapter or a deployment inside a content folder)
 * is refused at once, with one line that names the path and what it is, the exit code a missing
 * file gets from that command, and nothing written. Before, the read waited for a writer that
 * never came, or read zeros until memory ran out. Every run is killed after 30 s, so a
 * regression fails rather than hangs.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureContentDir } from '../helpers/samples.js';
import { runCli } from '../helpers/run-cli.js';

let dir = '';
const run = (args: string[]) => runCli(args, { cwd: dir, timeoutMs: 30_000 });
const written = () => readdir(join(dir, 'out')).then((names) => names, () => []);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-special-files-'));
  await cp(fixtureContentDir, join(dir, 'content'), { recursive: true });
  for (const name of ['pipe.json', 'pipe.md', 'pipe.docx']) execFileSync('mkfifo', [join(dir, name)]);
  // A folder master with a FIFO for a chapter, and a FIFO among the deployments.
  await mkdir(join(dir, 'other/checklists/piped'), { recursive: true });
  await mkdir(join(dir, 'other/deployments'));
  execFileSync('mkfifo', [join(dir, 'other/checklists/piped/01-chapter.md')]);
  execFileSync('mkfifo', [join(dir, 'other/deployments/piped.json')]);
});

describe.skipIf(process.platform === 'win32')('a FIFO or a device named as an input', () => {
  it('check refuses it as a path it cannot check (exit 2)', async () => {
    for (const [path, what] of [
      ['pipe.json', 'a FIFO (a named pipe)'],
      ['pipe.md', 'a FIFO (a named pipe)'],
      ['/dev/zero', 'a character device'],
    ]) {
      const result = await run(['check', path!]);
      expect(result.stderr).toBe(`checklist: checklist check: ${path} is ${what}, not a file\n`);
      expect(result.code).toBe(2);
    }
  });

  it('check names a FIFO chapter and a FIFO deployment of a content folder, each on its line', async () => {
    const result = await run(['check', '--content', 'other']);
    expect(result.stderr.split('\n')).toEqual([
      "other/checklists/piped/01-chapter.md:1:1: error This is a FIFO (a named pipe), not a file: a master's chapters are .md files [read]",
      "other/deployments/piped.json:1:1: error This is a FIFO (a named pipe), not a file: name a deployment's .json file [read]",
      'checked 1 checklist and 1 deployment: 2 errors, 0 warnings',
      '',
    ]);
    expect(result.code).toBe(1);
  });

  it('build refuses it as an input with errors (exit 1) and writes nothing', async () => {
    for (const [path, what] of [
      ['pipe.json', 'a FIFO (a named pipe)'],
      ['/dev/zero', 'a character device'],
    ]) {
      const result = await run(['build', path!, '--format', 'html,docx', '--out', 'out']);
      expect(result.stderr.split('\n')).toEqual([
        `${path}:1:1: error This is ${what}, not a file: name a deployment's .json file [read]`,
        'checklist: nothing was written; fix the errors above and build again',
        '',
      ]);
      expect(result.code).toBe(1);
    }
    const theme = await run(['build', 'content/deployments/acme.json', '--theme', 'pipe.json', '--format', 'docx', '--out', 'out']);
    expect(theme.stderr.split('\n')[0]).toBe("pipe.json:1:1: error This is a FIFO (a named pipe), not a file: name the theme's JSON file (--theme FILE) [theme-file]");
    expect(theme.code).toBe(1);
    const templates = await run(['build', 'content/deployments/acme.json', '--templates', 'pipe.json', '--format', 'docx', '--out', 'out']);
    expect(templates.stderr).toBe('checklist: checklist build: --templates pipe.json is a FIFO (a named pipe), not a folder: name the folder that holds your templates\n');
    expect(templates.code).toBe(2);
    const folder = await run(['build', '--content', 'other', '--format', 'html', '--out', 'out']);
    expect(folder.stderr.split('\n')[0]).toBe("other/deployments/piped.json:1:1: error This is a FIFO (a named pipe), not a file: name a deployment's .json file [read]");
    expect(folder.code).toBe(1);
    expect(await written()).toEqual([]);
  });

  it('import, diff and upgrade refuse it as a file they cannot read (exit 1)', async () => {
    const fix = 'name the filled DOCX, or the JSON a form saved';
    for (const [path, what] of [
      ['pipe.docx', 'a FIFO (a named pipe)'],
      ['/dev/zero', 'a character device'],
    ]) {
      const result = await run(['import', path!, '--into', 'content/deployments/acme.json']);
      expect(result.stderr).toBe(`checklist: Cannot read ${path}: it is ${what}, not a file: ${fix}\n`);
      expect(result.code).toBe(1);
    }
    for (const command of [['diff'], ['upgrade', '--dry-run']]) {
      const result = await run([...command, 'pipe.json']);
      expect(result.stderr).toBe('checklist: pipe.json: cannot read the file: it is a FIFO (a named pipe), not a file\n');
      expect(result.code).toBe(1);
    }
  });

  it('serve refuses it before it starts (exit 2)', async () => {
    const result = await run(['serve', 'pipe.json', '--port', '0']);
    expect(result.stderr).toBe("checklist: checklist serve: pipe.json is a FIFO (a named pipe), not a file: name a deployment's .json file (see content/deployments/), or none for the list of them\n");
    expect(result.code).toBe(2);
  });

  it('a socket is refused as what it is', async () => {
    const socket = join(dir, 'socket.json');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const checked = await run(['check', 'socket.json']);
      expect(checked.stderr).toBe('checklist: checklist check: socket.json is a socket, not a file\n');
      const built = await run(['build', 'socket.json', '--format', 'html', '--out', 'out']);
      expect(built.stderr.split('\n')[0]).toBe("socket.json:1:1: error This is a socket, not a file: name a deployment's .json file [read]");
      expect(built.code).toBe(1);
    } finally {
      server.close();
    }
  });
});
