/**
 * Checks a theme file's value against schema/theme.schema.json (the validator Ajv compiled from
 * it ahead of time, scripts/compile-schemas.mjs): problems as JSON Pointers with a sentence each.
 */
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { nearest } from '../content/near-miss.js';
import { pointer } from '../deployment/json-source.js';
import { validate as generated } from './theme-validator.generated.js';

export const themeSchemaPath = fileURLToPath(new URL('../../schema/theme.schema.json', import.meta.url));

const validate = generated as ValidateFunction;

export interface ThemeProblem {
  pointer: string;
  reason: string;
  ruleId: string;
}

export function checkThemeSchema(value: unknown): ThemeProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describe);
}

function describe(error: ErrorObject): ThemeProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const schemaOf = error.parentSchema as { properties?: object; description?: string } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys(schemaOf?.properties ?? {}).filter((name) => name !== '$schema');
      const meant = nearest(key, allowed);
      return { pointer: `${at}${pointer(key)}`, reason: `Unknown theme key "${key}": ${meant ? `did you mean "${meant}"?` : `the keys are ${allowed.join(', ')}`}`, ruleId: 'unknown-key' };
    }
    case 'type':
      return { pointer: at, reason: `Must be ${params['type'] === 'object' ? 'an object' : `a ${String(params['type'])}`}`, ruleId: 'wrong-type' };
    case 'minLength':
      return { pointer: at, reason: 'Must not be empty', ruleId: 'empty-value' };
    case 'pattern':
      // Each patterned value's schema says, in its description, what it must be.
      return { pointer: at, reason: schemaOf?.description ?? 'Is not valid', ruleId: 'theme-value' };
    default:
      return { pointer: at, reason: error.message ?? 'Is not valid', ruleId: 'theme-value' };
  }
}
