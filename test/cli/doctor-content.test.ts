/**
 * `checklist doctor --content DIR` says, before a build does (missing-glyph), which characters
 * of the content's masters and deployments no installed font has, in which files, and the
 * package that has them; MISSING makes it exit 1, as a missing template font does. No content
 * folder, no line; no fontconfig, it cannot tell.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFor } from '../../src/environment/font-coverage.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { characterNoFontHas } from '../helpers/missing-character.js';

const LINE = /^(ok|MISSING) +Characters of the content \(PDF\): (.*(?:\n {9}.*)*)$/m;

describe('the package that has a character', () => {
  it('is fonts-noto-cjk for Chinese, Japanese and Korean, fonts-noto-color-emoji for emoji, fonts-noto-core for other scripts, fonts-dejavu-core for the ballot boxes', () => {
    for (const character of ['中', 'か', 'カ', '한']) expect(fontFor(character).debian).toBe('fonts-noto-cjk');
    expect(fontFor('😀')).toEqual({ kind: 'emoji', debian: 'fonts-noto-color-emoji' });
    expect(fontFor('α')).toEqual({ kind: 'Greek', debian: 'fonts-noto-core' });
    expect(fontFor('ก')).toEqual({ kind: 'Thai', debian: 'fonts-noto-core' });
    expect(fontFor('\u{10FFFD}')).toEqual({ kind: 'private use', debian: null });
    // The boxes the checklists tick: the package doctor's fonts line names for them.
    for (const box of ['☐', '☑', '☒']) expect(fontFor(box)).toEqual({ kind: 'symbols', debian: 'fonts-dejavu-core' });
    expect(fontFor('⚠')).toEqual({ kind: 'symbols', debian: null });
  });
});

describe('checklist doctor with a content folder', () => {
  let dir: string;
  let missing: string;

  beforeAll(async () => {
    missing = await characterNoFontHas();
    dir = await mkdtemp(join(tmpdir(), 'checklist-doctor-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
  });

  it('says the characters are in installed fonts, or that there are none past Latin', async () => {
    const run = await runCli(['doctor'], { cwd: dir });
    expect(run.stdout).toMatch(/^ok +Characters of the content \(PDF\): content: 2 files of masters and deployments; .* beyond Latin .* in installed fonts$/m);
  });

  it('names the characters no font has, the files they are in and the package; exit 1', async () => {
    const master = join(dir, 'content/checklists/mini.md');
    const deployment = join(dir, 'content/deployments/acme.json');
    const [masterText, deploymentText] = await Promise.all([readFile(master, 'utf8'), readFile(deployment, 'utf8')]);
    await writeFile(master, masterText.replace('Change every default password', `Change every default password (${missing})`));
    await writeFile(deployment, deploymentText.replace('Lukas Schäfer', `Lukas Schäfer ${missing}`));
    try {
      const run = await runCli(['doctor'], { cwd: dir });
      const code = `U+${missing.codePointAt(0)!.toString(16).toUpperCase()}`;
      const [, mark, detail = ''] = LINE.exec(run.stdout) ?? [];
      expect(mark, run.stdout).toBe('MISSING');
      expect(detail).toContain('no installed font has this character of its masters and deployments, so the PDF prints it as an empty box');
      expect(detail).toContain(`${missing} (${code}) (${missing === '中' ? 'Han' : 'private use'}) in content/checklists/mini.md, content/deployments/acme.json: `);
      expect(detail).toContain(missing === '中' ? 'apt-get install fonts-noto-cjk' : 'no package is known to have it');
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/PDF prints the characters MISSING above as empty boxes|not PDF: install what is MISSING above/);

      // Without fontconfig it cannot tell.
      const blind = await runCli(['doctor'], { cwd: dir, env: { PATH: '/nonexistent' } });
      expect(LINE.exec(blind.stdout)?.[2]).toContain('without fc-list (fontconfig) it cannot be told whether a font has them');
    } finally {
      await Promise.all([writeFile(master, masterText), writeFile(deployment, deploymentText)]);
    }
  });

  it('has no such line without a content folder', async () => {
    const run = await runCli(['doctor', '--content', join(dir, 'nowhere')], { cwd: dir });
    expect(run.stdout).toMatch(/^ok +Node\.js/m);
    expect(run.stdout).not.toContain('Characters of the content');
  });
});
