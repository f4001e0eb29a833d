/** `checklist init ID [--level LEVEL]`: a deployment skeleton with every item in scope, ready to fill. */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { Checklist } from '../model/checklist.js';
import { fillableLabels } from '../model/fillable-labels.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { schemaPath } from '../deployment/schema.js';

/**
 * Every field present (empty strings mark what to fill), every in-scope item with an empty
 * status or, per component, an empty answer for each component row. It passes the schema
 * and `checklist check` as it stands.
 */
export function deploymentSkeleton(master: Checklist, level: string | undefined, deploymentsDir: string, schema?: string): Deployment {
  const { meta } = master;
  const rank = (value: string | null) => (value === null ? -1 : meta.levels.indexOf(value));
  const answers: Record<string, Answer> = {};
  for (const item of master.items) {
    if (level !== undefined && rank(item.level) > rank(level)) continue;
    const answer: Answer = {};
    if (item.executed && item.executed.options.length > 0) answer.status = '';
    const rows = item.components.filter((row) => row.kind === 'component');
    if (rows.length > 0) answer.components = Object.fromEntries(rows.map((row) => [row.label, '']));
    const withFields = [
      ...(item.executed && item.executed.fields.length > 0 ? [{ label: 'Executed', fields: item.executed.fields }] : []),
      ...rows.filter((row) => row.answers.fields.length > 0).map((row) => ({ label: row.label, fields: row.answers.fields })),
    ];
    if (withFields.length > 0) {
      answer.fields = Object.fromEntries(withFields.map((row) => [row.label, Object.fromEntries(row.fields.map((field) => [field, '']))]));
    }
    answer.comment = '';
    answers[item.id] = answer;
  }
  const contact = { company: '', name: '', address: '', telephone: '', email: '' };
  const signature = { name: '', role: '', place: '', date: '' };
  return {
    // `--schema PATH`: the schema `checklist schema ID` wrote, as the deployment should name it.
    $schema: schema ?? relative(deploymentsDir, schemaPath).split('\\').join('/'),
    checklist: meta.id,
    checklistVersion: meta.version,
    ...(level !== undefined ? { level } : {}),
    date: '',
    customer: { ...contact },
    supplier: { ...contact },
    coveredSystems: '',
    components: [...meta.components],
    generalRemark: '',
    openIssuesUntil: '',
    responsible: {},
    answers,
    settings: Object.fromEntries(fillableLabels(master.body).map((label) => [label, ''])),
    signatures: [
      { party: 'customer', ...signature },
      { party: 'supplier', ...signature },
    ],
  };
}

/**
 * Said beside a skeleton whose `$schema` names a schema outside the project: the tool installed
 * globally (or run from a clone elsewhere), whose path from the deployments holds on this machine
 * alone. Inside the project means in the folder that holds the `node_modules` the tool is
 * installed in (pnpm's `.pnpm` store too), or, for a clone, in the clone.
 */
export function schemaOutsideProject(deploymentsDir: string, id: string, schema = schemaPath): string | undefined {
  const tool = dirname(dirname(schema));
  const installed = tool.split(sep).indexOf('node_modules');
  const project = installed === -1 ? tool : tool.split(sep).slice(0, installed).join(sep) || sep;
  const inside = relative(project, deploymentsDir);
  // Another drive (Windows) gives an absolute path.
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return undefined;
  return (
    `"$schema" names the schema of the tool at ${tool}, outside this project: the path holds on this machine only. ` +
    `For one that goes with the deployments: checklist schema ${id} > ${relative(process.cwd(), deploymentsDir) || '.'}/${id}.schema.json, then checklist init ${id} --schema ./${id}.schema.json`
  );
}
