/**
 * README's table of commands: one row for each form of each command the help lists (two rows
 * for `checklist serve`, each with its own details, had said the same thing twice, differently).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/usage.js';

const repoRoot = join(import.meta.dirname, '../..');

describe("README's commands", () => {
  it('has a row for each command of the help, and no command form twice', async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    const forms = [...readme.matchAll(/^\| `(checklist [^`]+)` \|/gm)].map((found) => found[1]!);
    expect(forms.filter((form, index) => forms.indexOf(form) !== index)).toEqual([]);
    const commands = [...usage.matchAll(/^ {2}checklist ([a-z]+)/gm)].map((found) => found[1]!);
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(forms.some((form) => form.startsWith(`checklist ${command} `) || form === `checklist ${command}`), command).toBe(true);
  });
});
