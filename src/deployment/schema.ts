/**
 * Validates a deployment against the published JSON Schema (schema/deployment.schema.json),
 * with the validator Ajv compiled from it ahead of time (scripts/compile-schemas.mjs).
 */
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { notIsoDateReason } from '../content/iso-date.js';
import { didYouMean, meantKey } from '../content/near-miss.js';
import { validate as generated } from './deployment-validator.generated.js';
import { pointer } from './json-source.js';

export const schemaPath = fileURLToPath(new URL('../../schema/deployment.schema.json', import.meta.url));

const validate = generated as ValidateFunction;

export interface SchemaProblem {
  pointer: string;
  reason: string;
  ruleId: string;
  /** For an answer's key that is no item ID: the key, for a did-you-mean once the master is known. */
  key?: string;
}

/** Schema errors as JSON Pointers with a sentence each; empty when the value is valid. */
export function checkSchema(value: unknown): SchemaProblem[] {
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).flatMap(describe);
  // Ajv reports one failure at several schema keywords; keep one message per pointer and text.
  const seen = new Set<string>();
  return problems.filter((problem: SchemaProblem) => {
    const key = `${problem.pointer}\n${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject): SchemaProblem[] {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const meant = meantKey(key, allowed);
      const hint = meant ? `: did you mean "${meant}"?` : allowed.length > 0 ? `: allowed keys are ${allowed.join(', ')}` : '';
      return [{ pointer: `${at}${pointer(key)}`, reason: `Unknown key "${key}"${hint}`, ruleId: 'unknown-key' }];
    }
    case 'required':
      return [{ pointer: at, reason: `Missing required key "${String(params['missingProperty'])}"`, ruleId: 'missing-key' }];
    case 'enum': {
      const allowed = ((params['allowedValues'] as unknown[]) ?? []).map(String);
      const meant = typeof error.data === 'string' ? meantKey(error.data, allowed) : undefined;
      return [{ pointer: at, reason: `Must be one of ${allowed.join(', ')}${didYouMean(meant)}`, ruleId: 'unknown-value' }];
    }
    case 'type':
      return [{ pointer: at, reason: `Must be ${article(String(params['type']))}`, ruleId: 'wrong-type' }];
    case 'pattern':
      // An answer's key that is not an ID: the propertyNames error below says so in words.
      if ((error as { propertyName?: string }).propertyName !== undefined) return [];
      return error.schemaPath === '#/definitions/date/pattern'
        ? [{ pointer: at, reason: notIsoDateReason(String(error.data)), ruleId: 'date' }]
        : [{ pointer: at, reason: `Does not match the pattern ${String(params['pattern'])}`, ruleId: 'schema' }];
    case 'propertyNames': {
      const key = String(params['propertyName']);
      return [{ pointer: `${at}${pointer(key)}`, reason: notAnItemIdReason(key), ruleId: 'unknown-item', key }];
    }
    case 'uniqueItems':
      return [{ pointer: at, reason: 'Lists a value twice', ruleId: 'duplicate-value' }];
    case 'maxItems':
      return [{ pointer: at, reason: `Holds more than ${String(params['limit'])} entries`, ruleId: 'too-many' }];
    case 'minLength':
      return [{ pointer: at, reason: 'Must not be empty', ruleId: 'empty-value' }];
    case 'if':
    case 'anyOf':
      return [];
    default:
      return [{ pointer: at, reason: error.message ?? 'Is not valid', ruleId: 'schema' }];
  }
}

/**
 * An answer's key that does not start with `CL-`; with the master, its IDs name an example and
 * the ID meant (`cl-pwd1`, ` CL-PWD1`, `CL–PWD1` with an en dash: did you mean "CL-PWD1"?).
 */
export function notAnItemIdReason(key: string, master?: { id: string; ids: readonly string[]; meant?: string }): string {
  const start = `"${key}" is not an item ID: answers are keyed by `;
  if (master === undefined) return `${start}item IDs, which start with CL-`;
  if (master.meant !== undefined) return `${start}the IDs of ${master.id}; did you mean "${master.meant}"?`;
  return `${start}the IDs of ${master.id}${master.ids[0] === undefined ? '' : `, such as ${master.ids[0]}`}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
