/**
 * `--format LIST`: a format named twice (`html,html`, `pdf, html,pdf`) says no more than once,
 * as a flag given twice does: each file is made, written and counted once.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

describe('build --format with a format named twice', () => {
  it('builds, prints and counts each file once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-format-list-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });

    const run = await runCli(['build', '--format', 'html, html', '--out', 'out'], { cwd: dir });

    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('out/acme/mini-1.0.html  '))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^built 1 file of 1 document in /);
    expect(await readdir(join(dir, 'out/acme'))).toEqual(['mini-1.0.html']);
  });

  it('refuses a --format that makes nothing with --offer or --annex-only (it said "nothing to build: 0 files up to date")', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-format-offer-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    for (const option of ['--offer', '--annex-only']) {
      const run = await runCli(['build', '--format', 'form', option, '--out', 'out'], { cwd: dir });
      expect(run.code, option).toBe(2);
      expect(run.stderr).toBe(`checklist: --format form with ${option} makes nothing: the fillable form has no annex; add html, pdf or docx to --format, or leave out ${option}\n`);
    }
    expect(await readdir(dir)).toEqual(['content']);
    // With another format, the form is left out of the annex as documented, the rest is made.
    const both = await runCli(['build', '--format', 'form,html', '--offer', '--out', 'out'], { cwd: dir });
    expect(both.code, both.stderr).toBe(0);
    expect(await readdir(join(dir, 'out/acme'))).toEqual(['mini-1.0-offer.html']);
  });
});
