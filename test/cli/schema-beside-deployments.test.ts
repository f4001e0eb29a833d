/**
 * README's way to give editors a schema, `checklist schema ID > content/deployments/ID.schema.json`,
 * puts it among the deployments: it is not one. It was read as a customer's file, so `check`
 * and `build` failed on its `properties` and `definitions`, and `--shard` counted it.
 */
import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('a schema written beside the deployments', () => {
  it('is not read as a deployment by check, build or --shard', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-schema-beside-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const schema = await runCli(['schema', 'mini'], { cwd: dir });
    expect(schema.code, schema.stderr).toBe(0);
    await writeFile(join(dir, 'content/deployments/mini.schema.json'), schema.stdout);

    const check = await runCli(['check', '--strict'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toBe('checked 1 checklist and 1 deployment: no problems\n');

    const build = await runCli(['build', '--format', 'html', '--out', 'out', '--shard', '1/2'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(await readdir(join(dir, 'out'))).toEqual(['.checklist-build.json', 'acme']);
    // One deployment in two parts: the second is empty, the schema is not in it.
    const second = await runCli(['build', '--format', 'html', '--out', 'out', '--shard', '2/2'], { cwd: dir });
    expect(second.stderr).toMatch(/^checklist: shard 2\/2 is empty: 1 deployment is built by the other parts/);
  });
});
