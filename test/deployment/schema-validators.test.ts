/**
 * The schema validators a run uses are Ajv's code compiled ahead of time from schema/*.json
 * (scripts/compile-schemas.mjs, `npm run schemas`): each committed module must be what the
 * script makes of its schema now, so a changed schema cannot be checked with its old rules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorModule, validators } from '../../scripts/compile-schemas.mjs';
import { checkSchema } from '../../src/deployment/schema.js';
import { checkThemeSchema } from '../../src/theme/theme-schema.js';
import { repoRoot } from '../helpers/run-cli.js';

describe('the compiled schema validators', () => {
  it.each(validators)('$module is compiled from $schema as it is now (else: npm run schemas)', async ({ schema, module }) => {
    expect(await readFile(join(repoRoot, module), 'utf8')).toBe(await validatorModule(schema));
  });

  it('check deployments and themes with the schemas’ rules', () => {
    expect(checkSchema({ checklist: 'demo' })).toEqual([]);
    expect(checkSchema({ checklist: 'demo', customr: {} })).toEqual([{ pointer: '/customr', reason: 'Unknown key "customr": did you mean "customer"?', ruleId: 'unknown-key' }]);
    expect(checkThemeSchema({ accent: '#1d4f7a' })).toEqual([]);
    expect(checkThemeSchema({ accent: 'blue' }).map((problem) => problem.pointer)).toEqual(['/accent']);
  });
});
