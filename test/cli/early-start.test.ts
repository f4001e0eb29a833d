/**
 * What bin/checklist.js starts before the CLI loads (src/cli/early-start.ts): the DOCX worker of a
 * build that writes a DOCX, read from the arguments as `main` reads them; nothing for anything else.
 */
import { describe, expect, it } from 'vitest';
import { buildsDocx } from '../../src/cli/early-start.js';

describe('the DOCX worker started with the CLI', () => {
  it('is started for a build that writes a DOCX, by default or by --format, wherever the command is among the options', () => {
    for (const argv of [['build'], ['build', 'content/deployments/a.json'], ['build', '--format', 'docx'], ['build', '--format=pdf,docx'], ['--content', 'elsewhere', 'build'], ['build', '--annex-only'], ['build', '--format', 'html, docx']]) {
      expect(buildsDocx(argv), argv.join(' ')).toBe(true);
    }
  });

  it('is not started for another command, a build without DOCX, help, or arguments main will refuse', () => {
    for (const argv of [[], ['check'], ['serve'], ['build', '--format', 'html,pdf'], ['build', '--format=form'], ['build', '--help'], ['--version', 'build'], ['build', '--no-such-option'], ['diff', 'build']]) {
      expect(buildsDocx(argv), argv.join(' ')).toBe(false);
    }
  });
});
