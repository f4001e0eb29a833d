/**
 * An empty argument, as a variable a script left unset gives (`--out "$OUT"`, `build "$FILE"`),
 * is wrong usage (exit 2, one line), whatever option or command it is given to: read as given,
 * `--out ""` built into the working folder, `--blank ""` and `init ""` took the checklists folder
 * itself for a master ("Checklist folder holds no .md file"), `build ""` the working folder for a
 * deployment (EISDIR).
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { options } from '../../src/cli/options.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('an empty argument', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-empty-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });

  it('as --out builds nothing into the working folder', async () => {
    for (const args of [['build', '--format', 'html', '--out', ''], ['build', '--format', 'html', '--out=']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toBe('checklist: --out is given an empty value (an unset variable?): give it a value, or leave the option out\n');
    }
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('is wrong usage as the value of every option that takes one', async () => {
    for (const [name, option] of Object.entries(options)) {
      if (option.type !== 'string') continue;
      const run = await runCli(['build', `--${name}=`], { cwd: dir });
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toBe(`checklist: --${name} is given an empty value (an unset variable?): give it a value, or leave the option out\n`);
    }
  });

  it('is wrong usage as a path or ID', async () => {
    for (const args of [['init', ''], ['schema', ''], ['build', '--format', 'html', ''], ['check', ''], ['upgrade', ''], ['import', '']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toBe('checklist: an argument is empty ("", an unset variable?): give the path or ID it stands for, or leave it out\n');
    }
    expect(await readdir(dir)).toEqual(['content']);
  });
});
