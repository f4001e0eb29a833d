/**
 * `checklist schema ID`: the published deployment schema narrowed to one checklist, so that an
 * editor completes a deployment: item IDs, each item's options and component rows, write-in
 * fields, the components, the levels and the settings as enums.
 */
import { readFileSync } from 'node:fs';
import type { Checklist, ClItem } from '../model/checklist.js';
import { fillableLabels } from '../model/fillable-labels.js';
import { schemaPath } from './schema.js';

type JsonSchema = Record<string, unknown>;

/** Options as enums; "" is a box not yet ticked (as `checklist init` writes it). */
const oneOf = (options: readonly string[], description?: string): JsonSchema => ({
  type: 'string',
  enum: [...options, ''],
  ...(description ? { description } : {}),
});

/**
 * One item's answer: its options, rows and fields as enums; every other key of an answer
 * (`comment`, `due`, `responsible`, `review`, …) as the published schema has it, so the two
 * never disagree on a key.
 */
function answerSchema(item: ClItem, anyAnswer: JsonSchema): JsonSchema {
  const rows = item.components.flatMap((row) => (row.kind === 'component' ? [row] : []));
  const fieldRows = [
    ...(item.executed && item.executed.fields.length > 0 ? [{ label: 'Executed', fields: item.executed.fields }] : []),
    ...rows.filter((row) => row.answers.fields.length > 0).map((row) => ({ label: row.label, fields: row.answers.fields })),
  ];
  const { status: _status, components: _components, fields: _fields, ...others } = anyAnswer;
  const properties: JsonSchema = { ...others };
  if (item.executed && item.executed.options.length > 0) properties['status'] = oneOf(item.executed.options);
  if (rows.length > 0) {
    properties['components'] = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(rows.map((row) => [row.label, oneOf(row.answers.options, row.isServer ? 'A server of the deployment' : 'A part of the item')])),
    };
  }
  if (fieldRows.length > 0) {
    properties['fields'] = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        fieldRows.map((row) => [row.label, { type: 'object', additionalProperties: false, properties: Object.fromEntries(row.fields.map((field) => [field, { type: 'string' }])) }]),
      ),
    };
  }
  return { type: 'object', additionalProperties: false, description: `${item.id} ${item.titleText}`, properties };
}

export function deploymentSchemaFor(master: Checklist): JsonSchema {
  const base = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema & { properties: Record<string, JsonSchema>; definitions: Record<string, JsonSchema> };
  const { meta } = master;
  const properties = base.properties;
  properties['checklist'] = { ...properties['checklist'], enum: [meta.id] };
  properties['checklistVersion'] = { ...properties['checklistVersion'], default: meta.version, examples: [meta.version] };
  if (meta.levels.length > 0) properties['level'] = { ...properties['level'], enum: meta.levels };
  if (meta.components.length > 0) properties['components'] = { ...properties['components'], items: { type: 'string', enum: meta.components } };
  const anyAnswer = (base.definitions['answer'] as { properties: JsonSchema }).properties;
  const answers = Object.fromEntries(master.items.map((item) => [item.id, answerSchema(item, anyAnswer)]));
  // Answers to retired and renamed items stay valid in the file (check warns; `upgrade` moves them).
  for (const retired of master.retired) answers[retired.id] ??= { type: 'object', description: `${retired.id}: retired` };
  for (const item of master.items) for (const old of item.replaces) answers[old] ??= { type: 'object', description: `${old}: now ${item.id} (\`checklist upgrade\` renames it)` };
  properties['answers'] = { type: 'object', description: properties['answers']?.['description'], additionalProperties: false, properties: answers };
  const labels = fillableLabels(master.body);
  properties['settings'] = { ...properties['settings'], additionalProperties: false, properties: Object.fromEntries(labels.map((label) => [label, { type: 'string' }])) };
  const { $id: _id, ...rest } = base;
  return { ...rest, title: `Deployment of ${meta.title || meta.id} (version ${meta.version})` };
}
