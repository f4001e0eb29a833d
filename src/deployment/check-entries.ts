/**
 * Checks of a deployment that the schema cannot express: write-in `fields` against the item's
 * rows and field names, at most one signature per party, and dates that are real dates.
 */
import type { Checklist, ClItem } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { isIsoDate } from '../content/iso-date.js';
import { nearest } from '../content/near-miss.js';
import { normalizeLabel } from '../model/labels.js';
import type { DeploymentProblem } from './check-deployment.js';
import { pointer } from './json-source.js';

type Report = (at: string, reason: string, ruleId: string) => void;

export function checkEntries(deployment: Deployment, master: Checklist, error: Report): void {
  const items = new Map(master.items.map((item) => [item.id, item]));
  for (const [id, answer] of Object.entries(deployment.answers ?? {})) {
    const item = items.get(id);
    if (item && answer?.fields) checkFields(item, answer.fields, pointer('answers', id, 'fields'), error);
    if (!answer) continue; // removed by a schema error, reported there
    checkDate(answer.due, pointer('answers', id, 'due'), error);
    checkTwins(answer.components, pointer('answers', id, 'components'), 'row', error);
    checkTwins(answer.fields, pointer('answers', id, 'fields'), 'row', error);
    for (const [row, values] of Object.entries(answer.fields ?? {})) checkTwins(values, pointer('answers', id, 'fields', row), 'field', error);
  }
  checkTwins(deployment.settings, pointer('settings'), 'setting', error);
  checkSignatures(deployment, error);
  for (const key of ['date', 'openIssuesUntil'] as const) checkDate(deployment[key], pointer(key), error);
}

/**
 * Keys that name one row, field or setting: labels match case and spaces aside, so of
 * `"Reporter server"` and `"reporter server"` only one answer would be used.
 */
function checkTwins(record: Record<string, unknown> | undefined, at: string, what: string, error: Report): void {
  const first = new Map<string, string>();
  for (const key of Object.keys(record ?? {})) {
    const name = normalizeLabel(key);
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, key);
    else error(`${at}${pointer(key)}`, `"${key}" names the same ${what} as "${earlier}" (case and spaces aside), so only one of the two would be used: keep one`, 'duplicate-label');
  }
}

/** The rows of an item that hold write-in fields, by normalised label ("executed" for the Executed row). */
function fieldRows(item: ClItem): Map<string, { label: string; fields: string[] }> {
  const rows = new Map<string, { label: string; fields: string[] }>();
  if (item.executed && item.executed.fields.length > 0) rows.set('executed', { label: 'Executed', fields: item.executed.fields });
  for (const row of item.components) {
    if (row.kind === 'component' && row.answers.fields.length > 0) rows.set(normalizeLabel(row.label), { label: row.label, fields: row.answers.fields });
  }
  return rows;
}

function checkFields(item: ClItem, fields: Record<string, Record<string, string>>, at: string, error: Report): void {
  const rows = fieldRows(item);
  const labels = [...rows.values()].map((row) => row.label);
  for (const [label, values] of Object.entries(fields)) {
    const rowAt = `${at}${pointer(label)}`;
    const row = rows.get(normalizeLabel(label));
    if (!row) {
      const meant = nearest(label, labels);
      const known = labels.length === 0 ? `${item.id} has no write-in fields` : meant ? `did you mean "${meant}"?` : `rows with fields are ${labels.join(', ')}`;
      error(rowAt, `No row "${label}" with write-in fields in ${item.id}, so the value would not be shown: ${known}`, 'unknown-field');
      continue;
    }
    for (const field of Object.keys(values ?? {})) {
      if (row.fields.some((known) => normalizeLabel(known) === normalizeLabel(field))) continue;
      const meant = nearest(field, row.fields);
      error(`${rowAt}${pointer(field)}`, `No field "${field}" in ${item.id} / ${row.label}, so the value would not be shown: ${meant ? `did you mean "${meant}"?` : `its fields are ${row.fields.join(', ')}`}`, 'unknown-field');
    }
  }
}

function checkSignatures(deployment: Deployment, error: Report): void {
  const seen = new Map<string, number>();
  (deployment.signatures ?? []).forEach((signature, index) => {
    if (!signature) return; // removed by a schema error, reported there
    const party = signature.party;
    if (party !== undefined) {
      const first = seen.get(party);
      if (first !== undefined) error(pointer('signatures', index, 'party'), `A second signature for the ${party} (the first is /signatures/${first}): only one is printed; remove one`, 'duplicate-signature');
      else seen.set(party, index);
    }
    checkDate(signature.date, pointer('signatures', index, 'date'), error);
  });
}

/** Empty is a date to fill by hand; the schema checks the form, this the calendar (2026-02-30). */
function checkDate(value: string | undefined, at: string, error: Report): void {
  if (value === undefined || value === '' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
  if (!isIsoDate(value)) error(at, `"${value}" is not a date in the calendar: write a real date, YYYY-MM-DD`, 'date');
}

export type { DeploymentProblem };
