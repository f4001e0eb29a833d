/**
 * `build --docx-page-numbers off`: the DOCX is written without laying its pages out (drafts, and
 * tests that do not read page numbers): its contents' numbers are blank and Word is asked to
 * fill them in. The build record holds the setting, so switching it back rebuilds the DOCX.
 */
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, openDocx, wordText } from '../docx/helpers.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** The contents' page numbers (the results of its PAGEREF fields) and whether Word is asked to update fields. */
async function tocNumbers(file: string): Promise<{ numbers: string[]; updatePrompt: boolean }> {
  const docx = await openDocx(await readFile(file));
  const xml = await docx.part('word/document.xml');
  const numbers = all(xml, /PAGEREF _Toc\d+ \\h<\/w:instrText>.*?w:fldCharType="separate"\/>(.*?)<w:fldChar w:fldCharType="end"/g).map(wordText);
  return { numbers, updatePrompt: /<w:updateFields\b/.test(await docx.part('word/settings.xml')) };
}

describe('build --docx-page-numbers', () => {
  let dir = '';
  const docx = () => join(dir, 'out/acme/mini-1.0.docx');
  const build = (...args: string[]) => runCli(['build', '--content', 'content', '--out', 'out', '--format', 'docx', ...args], { cwd: dir });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-docx-pages-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });

  it('off: the contents carry no page numbers and Word is asked to fill them in', async () => {
    const run = await build('--docx-page-numbers', 'off');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { numbers, updatePrompt } = await tocNumbers(docx());
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers.every((number) => number === '')).toBe(true);
    expect(updatePrompt).toBe(true);
  });

  it('on again (the default): the DOCX is rebuilt, its numbers written and no update asked for', async () => {
    const run = await build();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^out\/acme\/mini-1\.0\.docx {2}\d+ ms$/m);
    const { numbers, updatePrompt } = await tocNumbers(docx());
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers.every((number) => /^\d+$/.test(number))).toBe(true);
    expect(updatePrompt).toBe(false);
  });

  it('refuses another value as wrong usage, writing nothing', async () => {
    const before = await readdir(join(dir, 'out/acme'));
    const run = await build('--docx-page-numbers', 'no');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--docx-page-numbers is on or off, not "no"');
    expect(await readdir(join(dir, 'out/acme'))).toEqual(before);
  });
});
