/**
 * Inputs over a limit are refused before the work they would cost: one positioned message
 * naming the limit and the option that raises it, nothing written, no browser started.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deploymentJson, masterMarkdown, writeContent } from '../../bench/generate-inputs.mjs';
import { runCli } from '../helpers/run-cli.js';

let dir = '';
let scratch = '';

/** Builds in `dir` with a private TMPDIR; returns the run and whether anything was written. */
async function build(args: string[]) {
  const run = await runCli(['build', '--out', 'out', ...args], { cwd: dir, env: { TMPDIR: scratch } });
  const written = await readdir(join(dir, 'out')).then((names) => names.length > 0, () => false);
  return { ...run, written, temporary: await readdir(scratch) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-limits-'));
  scratch = join(dir, 'tmp');
  await mkdir(scratch);
  await writeContent(dir, { items: 12 });
});

describe('limits', () => {
  it('refuses a master over the size limit without reading it', async () => {
    await mkdir(join(dir, 'content/checklists/huge'), { recursive: true });
    // 9 MB of text in two files: over the default 8 MB together.
    const half = `${masterMarkdown(1).replace('id: generated', 'id: huge')}\n${'Prose. '.repeat(675_000)}\n`;
    await writeFile(join(dir, 'content/checklists/huge/00.md'), half);
    await writeFile(join(dir, 'content/checklists/huge/01.md'), `${'More prose. '.repeat(400_000)}\n`);
    await writeFile(join(dir, 'huge.json'), deploymentJson(0).replace('"generated"', '"huge"'));
    const run = await build(['huge.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/checklists/huge:1:1: error The size of a master checklist is over the limit: 9.1 MB, the limit is 8 MB; raise it with --limits master=10MB [limit-master]\n' +
        'checklist: nothing was written; fix the errors above and build again\n',
    );
    expect(run.written).toBe(false);
    expect(run.temporary).toEqual([]); // Chromium never started
  });

  it('refuses a deployment over the size limit, a text too long and JSON nested too deep, each at its place', async () => {
    await writeFile(join(dir, 'content/deployments/customer-001.json'), deploymentJson(12, 'log line\n'.repeat(40_000)));
    await writeFile(join(dir, 'deep.json'), `{"checklist": "generated", "answers": ${'['.repeat(40)}${']'.repeat(40)}}\n`);
    const big = await build(['content/deployments/customer-001.json', '--limits', 'deployment=100KB']);
    expect(big.stderr.split('\n')[0]).toBe(
      'content/deployments/customer-001.json:1:1: error The size of a deployment is over the limit: 391.6 KB, the limit is 100 KB; raise it with --limits deployment=392KB [limit-deployment]',
    );
    const long = await build(['content/deployments/customer-001.json', '--limits', 'text=64KB']);
    expect(long.stderr.split('\n')[0]).toBe(
      'content/deployments/customer-001.json:11:7: error /answers/CL-G0/comment: The size of one text is over the limit: 351.6 KB, the limit is 64 KB; raise it with --limits text=352KB [limit-text]',
    );
    const deep = await build(['deep.json']);
    expect(deep.stderr.split('\n')[0]).toBe('deep.json:1:70: error The nesting depth is over the limit: 41, the limit is 32; raise it with --limits depth=41 [limit-depth]');
    for (const run of [big, long, deep]) {
      expect(run.code).toBe(1);
      expect(run.written).toBe(false);
      expect(run.temporary).toEqual([]);
    }
  });

  it('diff and upgrade refuse a deployment over the size limit too, before reading it', async () => {
    await writeFile(join(dir, 'big.json'), deploymentJson(12, 'log line\n'.repeat(40_000)));
    for (const command of [['diff'], ['upgrade', '--dry-run']]) {
      const result = await runCli([...command, 'big.json', '--limits', 'deployment=100KB'], { cwd: dir });
      expect(result.stderr.split('\n')[0]).toBe(
        'big.json:1:1: error The size of a deployment is over the limit: 391.6 KB, the limit is 100 KB; raise it with --limits deployment=392KB [limit-deployment]',
      );
      expect(result.code).toBe(1);
    }
  });

  it('refuses a master with too many items, a cell too long or nesting too deep, at the first place over', async () => {
    await writeFile(join(dir, 'content/deployments/customer-001.json'), deploymentJson(12));
    const items = await build(['--limits', 'items=10']);
    expect(items.stderr.split('\n')[0]).toBe('content/checklists/generated.md:108:1: error The number of items in a master is over the limit: 12, the limit is 10; raise it with --limits items=12 [limit-items]');
    await writeFile(join(dir, 'content/checklists/generated.md'), masterMarkdown(12).replace('| Measures | - Set option 0', `| Measures | ${'x'.repeat(2_000)} - Set option 0`));
    const cell = await build(['--limits', 'text=1KB']);
    expect(cell.stderr.split('\n')[0]).toBe('content/checklists/generated.md:16:12: error The size of one text is over the limit: 2.1 KB, the limit is 1 KB; raise it with --limits text=3KB [limit-text]');
    await writeFile(join(dir, 'content/checklists/generated.md'), `${masterMarkdown(12)}\n${'> '.repeat(40)}deep\n`);
    const deep = await build([]);
    expect(deep.stderr.split('\n')[0]).toBe('content/checklists/generated.md:126:65: error The nesting depth is over the limit: 40, the limit is 32; raise it with --limits depth=40 [limit-depth]');
    for (const run of [items, cell, deep]) {
      expect(run.code).toBe(1);
      expect(run.written).toBe(false);
    }
    // Raised, the same input builds.
    const raised = await build(['--format', 'html', '--limits', 'depth=40,items=12']);
    expect(raised.code, raised.stderr).toBe(0);
  });

  it('rejects a --limits it cannot read as wrong usage', async () => {
    const run = await build(['--limits', 'pages=3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('checklist: --limits pages=3: write NAME=VALUE, NAME one of master, deployment, text, items, depth (sizes in KB or MB), e.g. --limits master=16MB,items=10000\n');
  });

  it('rejects a limit named twice in the list, where the last counted in silence', async () => {
    const run = await build(['--limits', 'master=16MB,items=10000,MASTER=8MB']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('checklist: --limits names master twice (master=16MB, MASTER=8MB): give it once\n');
  });
});
