/**
 * An option that takes one value, given twice, is wrong usage in every command: parseArgs keeps
 * the last in silence, so `--shard 1/4 --shard 2/4` built part 2 alone and looked right.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { options } from '../../src/cli/options.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('an option that takes one value, given twice', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-repeated-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });

  it('stops a build with one line naming it and its values, and writes nothing', async () => {
    const run = await runCli(['build', '--format', 'html', '--shard', '1/4', '--shard', '2/4'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('checklist: --shard is given twice ("1/4", "2/4") and takes one value: give it once\n');
    expect(run.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('is wrong usage in every command, however it is written (`--name value`, `--name=value`)', async () => {
    const runs = [
      ['check', '--reporter', 'json', '--reporter=text', '--reporter', 'github'],
      ['init', 'acme.json', '--content', 'content', '--content=elsewhere'],
      ['serve', '--port', '8001', '--port', '8002'],
      ['diff', 'mini', '--from', '1.0', '--from', '1.1'],
      ['upgrade', 'content/deployments/acme.json', '--to', '1.1', '--to=1.2'],
      ['import', 'filled.docx', '--into', 'a.json', '--into', 'b.json'],
      ['doctor', '--content', 'content', '--content', 'content'],
      ['schema', '--schema', 'a.json', '--schema', 'b.json'],
    ];
    for (const args of runs) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n'), args.join(' ')).toHaveLength(2);
      expect(run.stderr, args.join(' ')).toMatch(/^checklist: --[a-z-]+ is given (twice|3 times) \(".*"\) and takes one value: give it once\n$/);
    }
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('is every option of a value, none of which is meant to repeat; a flag given twice is no mistake', async () => {
    const single = Object.entries(options).filter(([, option]) => option.type === 'string');
    expect(single.filter(([, option]) => 'multiple' in option)).toEqual([]);
    for (const [name] of single) {
      const run = await runCli(['check', `--${name}`, 'x', `--${name}`, 'y'], { cwd: dir });
      expect(run.stderr, name).toBe(`checklist: --${name} is given twice ("x", "y") and takes one value: give it once\n`);
    }
    const flags = await runCli(['check', '--strict', '--strict'], { cwd: dir });
    expect(flags.code, flags.stderr).toBe(0);
  });
});
