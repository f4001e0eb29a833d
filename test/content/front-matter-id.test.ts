/**
 * A master's front-matter `id` is a name, as a deployment's `checklist` is: never a path. The
 * message is at the value's line and column; a build of it writes nothing. Runs the CLI (runCli).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolder } from '../helpers/content-folder.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const withId = (id: string) => frontMatter.replace('---\n', `---\nid: ${id}\n`);
const item = '| CL-A1 Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n';

describe('the front matter\'s id', () => {
  it.each([['../evil'], ['sub/dir'], ['"a\\\\b"'], ['.hidden']])('%s is an error at the value, and the ID stays the file name', (written) => {
    const { errors, checklist } = parse(`${withId(written)}\n${item}`);
    const id = written === '"a\\\\b"' ? 'a\\b' : written;
    expect(errors).toEqual([
      `doc/01.md:2:5: error \`id\` "${id}" is a path, not a checklist ID: write a name with no / or \\ that does not start with a dot (without \`id\`, the ID is the file or folder name, "doc") [front-matter-id]`,
    ]);
    expect(checklist.meta.id).toBe('doc');
  });

  it('one typo from the file or folder name is a warning at the value (the outputs were named by the typo, silently); the ID is taken as written', () => {
    const { messages, checklist } = parse(`${withId('dox')}\n${item}`);
    expect(messages).toEqual([
      'doc/01.md:2:5: warning `id` "dox" is one typo from the master\'s file or folder name, "doc": every output file and document is named by the `id`: write "doc", or rename the file or folder if the `id` is meant [front-matter-id]',
    ]);
    expect(checklist.meta.id).toBe('dox');
  });

  it('a name, with dots, dashes and spaces inside, is taken as written', () => {
    for (const id of ['example-uc-server', 'uc.server v5', 'CL_2']) {
      const { messages, checklist } = parse(`${withId(id)}\n${item}`);
      expect(messages).toEqual([]);
      expect(checklist.meta.id).toBe(id);
    }
  });

  it('check fails on it and build --blank writes nothing', async () => {
    const master = (await readFile(join(repoRoot, 'test/fixtures/content/checklists/mini.md'), 'utf8')).replace('---\n', '---\nid: ../../evil\n');
    const dir = await contentFolder('checklist-front-matter-id-', { mini: master });
    const message = 'content/checklists/mini.md:2:5: error `id` "../../evil" is a path, not a checklist ID: write a name with no / or \\ that does not start with a dot (without `id`, the ID is the file or folder name, "mini") [front-matter-id]';
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain(message);
    const build = await runCli(['build', '--blank', 'mini', '--format', 'html'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(message);
    expect(await readdir(dir)).not.toContain('dist');
  });

  it('names the master for its deployments where it differs from the file name: build, init and schema find it as check does', async () => {
    const master = (await readFile(join(repoRoot, 'test/fixtures/content/checklists/mini.md'), 'utf8')).replace('---\n', '---\nid: tiny\n');
    const deployment = JSON.parse(await readFile(join(repoRoot, 'test/fixtures/content/deployments/acme.json'), 'utf8')) as Record<string, unknown>;
    const dir = await contentFolder('checklist-front-matter-id-', { mini: master }, { acme: { ...deployment, $schema: undefined, checklist: 'tiny' } });
    // check said "no problems" here while build said `No checklist "tiny"`.
    expect((await runCli(['check'], { cwd: dir })).code).toBe(0);
    const build = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(await readdir(join(dir, 'dist/acme'))).toEqual(['tiny-1.0.html']);
    expect(JSON.parse((await runCli(['init', 'tiny'], { cwd: dir })).stdout)).toMatchObject({ checklist: 'tiny' });
    expect((await runCli(['schema', 'tiny'], { cwd: dir })).code).toBe(0);
  });
});
