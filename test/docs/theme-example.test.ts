/**
 * The example theme (docs/examples/theme/) is copied into content/ to start, as README says: its
 * `$schema`, right where it lies, is wrong there, so its comment gives the path for content/,
 * in a project that installed the tool as README gives it, and that path leads to the schema.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../..');

describe('the example theme', () => {
  it("says what its $schema becomes in content/ of the repository and of a project that installed the tool", async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    const installed = /In a project that installed the tool, the `\$schema` is\s+`([^`]+)`/.exec(readme)![1]!;
    const example = await readFile(join(repoRoot, 'docs/examples/theme/theme.json'), 'utf8');
    expect(example).toContain(`"${installed}"`);
    expect(example).toContain('"../schema/theme.schema.json"');
    expect(existsSync(join(repoRoot, 'content', '../schema/theme.schema.json'))).toBe(true);
    // From content/ of a project, node_modules/<package>/ stands where the repository's root does.
    expect(installed.replace('node_modules/security-checklist-builder/', '')).toBe('../schema/theme.schema.json');
  });
});
