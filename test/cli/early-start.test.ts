/**
 * What bin/checklist.js starts before the CLI loads (src/cli/early-start.ts): the DOCX worker of a
 * build that writes a DOCX into a folder not built before (or with --force), read from the
 * arguments as `main` reads them; nothing for anything else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/build/manifest.js';
import { buildsDocx } from '../../src/cli/early-start.js';

const fresh = mkdtempSync(join(tmpdir(), 'checklist-early-'));
const built = mkdtempSync(join(tmpdir(), 'checklist-early-built-'));
writeFileSync(join(built, MANIFEST_NAME), '{}\n');
afterAll(() => {
  rmSync(fresh, { recursive: true, force: true });
  rmSync(built, { recursive: true, force: true });
});

describe('the DOCX worker started with the CLI', () => {
  it('is started for a build that writes a DOCX into a new folder, by default or by --format, wherever the command is among the options', () => {
    for (const argv of [['build'], ['build', 'content/deployments/a.json'], ['build', '--format', 'docx'], ['build', '--format=pdf,docx'], ['--content', 'elsewhere', 'build'], ['build', '--annex-only'], ['build', '--format', 'html, docx']]) {
      expect(buildsDocx([...argv, '--out', fresh]), argv.join(' ')).toBe(true);
    }
  });

  it('is not started for another command, a build without DOCX, help, or arguments main will refuse', () => {
    for (const argv of [[], ['check'], ['serve'], ['build', '--format', 'html,pdf'], ['build', '--format=form'], ['build', '--help'], ['--version', 'build'], ['build', '--no-such-option'], ['build', '--shard', '1/2', '--shard', '2/2'], ['diff', 'build']]) {
      expect(buildsDocx([...argv, '--out', fresh]), argv.join(' ')).toBe(false);
    }
  });

  it('is not started for a build into a folder built before, which may find every output up to date, unless --force', () => {
    expect(buildsDocx(['build', '--out', built])).toBe(false);
    expect(buildsDocx(['build', '--out', built, '--force'])).toBe(true);
  });
});
