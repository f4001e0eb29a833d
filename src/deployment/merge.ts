/**
 * Merges a master checklist with one deployment (or none, for a blank checklist) into the
 * customer's view: only the deployment's components, items up to the chosen level, the
 * answers, comments, responsibilities and settings, the summary and the pre-sales tables.
 */
import { answerFor } from './answer-lineage.js';
import type { Block, Checklist, ClItem, ComponentGroup, ComponentRow, Inline, TargetValue } from '../model/checklist.js';
import type { Deployment, Responsibility, Signature } from '../model/deployment.js';
import type { CustomerChecklist, ViewBlock, ViewComponentRow, ViewItem, ViewItemRow } from '../model/view.js';
import { matchOption, normalizeLabel } from '../model/labels.js';
import { answersFingerprint, canonicalValue, deploymentValues, givenAnswers } from '../fill/answers.js';
import { overallLabels, overallStatus, partsMoot, summarize } from './status.js';
import { leftOutAtLevel, sectionAnchors, unlinkGone, type LeftOutSection } from './level-scope.js';
import { SENTENCES } from '../present/words.js';

export interface MergeOptions {
  /** `--level`: overrides the deployment's level. */
  level?: string;
  /** Name for the output folder: the deployment file's stem, or "blank". */
  name: string;
}

export function mergeDeployment(master: Checklist, deployment: Deployment | null, options: MergeOptions): CustomerChecklist {
  const d: Deployment = deployment ?? { checklist: master.meta.id };
  const { levels } = master.meta;
  const chosen = options.level ?? d.level ?? null;
  const rank = (level: string | null) => (level === null ? -1 : levels.indexOf(level));
  const inScope = (item: ClItem) => chosen === null || rank(item.level) <= rank(chosen);
  const servers = d.components ? new Set(d.components.map(normalizeLabel)) : null;
  const settings = new Map(Object.entries(d.settings ?? {}).map(([key, value]) => [normalizeLabel(key), canonicalValue(value)]));

  const viewItem = (item: ClItem): ViewItem => toViewItem(item, d, chosen, servers);
  const context: BlockContext = { inScope, viewItem, settings, chosen, leftOut: [], gone: new Set() };
  const leftOutItems = master.items.filter((item) => !inScope(item));
  for (const item of leftOutItems) context.gone.add(item.id);
  const built = master.body.flatMap((block) => toViewBlocks(block, context));
  // A link to what the level left out is printed as text that says so (one note in every format).
  const note = chosen === null ? '' : SENTENCES.notInLevel(chosen);
  const body = unlinkGone(built, context.gone, note);
  const items = collectItems(body);
  const omitted = leftOutItems.map((item) => ({ id: item.id, titleText: item.titleText, level: item.level ?? '' }));

  return {
    meta: master.meta,
    deploymentName: options.name,
    blank: deployment === null,
    customerName: shown(d.customer?.company),
    overview: {
      customer: contact(d.customer),
      supplier: contact(d.supplier),
      coveredSystems: shown(d.coveredSystems),
      masterVersion: master.meta.version,
      masterDate: master.meta.date,
      generalRemark: shown(d.generalRemark),
      openIssuesUntil: d.openIssuesUntil ?? '',
      sowReference: shown(d.sowReference),
      date: d.date ?? '',
      // As the master writes each name, as the rows print it: `check` accepts "main  Server" for
      // "Main server", and the overview printed it so, beside rows that say "Main server".
      components: d.components?.map((name) => master.meta.components.find((known) => normalizeLabel(known) === normalizeLabel(name)) ?? name) ?? (deployment ? master.meta.components : []),
    },
    level: { chosen, levels, omitted, ownLevel: d.level ?? null, leftOutSections: context.leftOut },
    body,
    items,
    footnotes: unlinkGone(master.footnotes, context.gone, note),
    responsibilityMatrix: items.map((item) => ({
      id: item.id,
      titleText: item.titleText,
      level: item.level,
      installation: item.responsible.installation,
      operation: item.responsible.operation,
      overall: item.overall,
      statusText: statusText(item),
    })),
    openItems: items
      .filter((item) => item.overall === 'open' || item.overall === 'unanswered' || item.review !== undefined)
      .map((item) => ({
        id: item.id,
        titleText: item.titleText,
        statusText: statusText(item) || overallLabels.unanswered,
        comment: item.comment,
        ...(item.review !== undefined ? { review: item.review } : {}),
      })),
    summary: { ...summarize(items, levels), changedSinceAnswered: items.filter((item) => item.review !== undefined).length },
    signatures: { customer: signature(d, 'customer'), supplier: signature(d, 'supplier') },
    hasOverviewDirective: hasDirective(master.body, 'deployment-overview'),
    hasSignaturesDirective: hasDirective(master.body, 'signatures'),
    answers: recordedAnswers(master, deployment),
  };
}

interface BlockContext {
  inScope: (item: ClItem) => boolean;
  viewItem: (item: ClItem) => ViewItem;
  settings: Map<string, string>;
  chosen: string | null;
  /** Sections the level leaves with nothing (see level-scope.ts), in document order. */
  leftOut: LeftOutSection[];
  /** Anchors of what the level leaves out: item IDs and the left-out sections' anchors. */
  gone: Set<string>;
}

function toViewBlocks(block: Block, context: BlockContext): ViewBlock[] {
  switch (block.kind) {
    case 'section':
      if (context.chosen !== null && leftOutAtLevel(block, context.inScope)) {
        context.leftOut.push({ number: block.number, titleText: block.titleText, depth: block.depth });
        for (const anchor of sectionAnchors(block)) context.gone.add(anchor);
        return [];
      }
      return [{ ...block, children: block.children.flatMap((child) => toViewBlocks(child, context)) }];
    case 'item':
      return context.inScope(block) ? [context.viewItem(block)] : [];
    case 'list':
      return [{ ...block, items: block.items.map((item) => ({ checked: item.checked, children: item.children.flatMap((child) => toViewBlocks(child, context)) })) }];
    case 'blockquote':
      return [{ kind: 'blockquote', children: block.children.flatMap((child) => toViewBlocks(child, context)) }];
    case 'table': {
      const column = block.fillable?.column ?? null;
      const rows = block.rows.map((row) => {
        const value = row.label === null ? undefined : context.settings.get(normalizeLabel(row.label));
        if (column === null || value === undefined) return row.cells;
        const cells = [...row.cells];
        while (cells.length <= column) cells.push([]);
        // An empty setting ("", as `init` writes it) is an empty cell: a line to fill, as in the DOCX.
        cells[column] = value === '' ? [] : settingInlines(value);
        return cells;
      });
      return [{ kind: 'table', align: block.align, header: block.header, rows, fillableColumn: column, labels: block.rows.map((row) => (column === null ? null : row.label)) }];
    }
    case 'directive':
      return [{ kind: 'directive', name: block.name }];
    default:
      return [block];
  }
}

function toViewItem(item: ClItem, d: Deployment, chosen: string | null, servers: Set<string> | null): ViewItem {
  const answer = answerFor(d.answers, item) ?? {};
  const chosenTarget = chosen === null ? undefined : item.target.find((target) => target.level === chosen);
  const targetValue = chosenTarget?.value ?? null;
  // The value with its footnote marks, when it has any (`8[^admins]`).
  const targetRow = (label: string, target: TargetValue): ViewItemRow => ({ kind: 'target', label: `${label} (${target.level})`, value: target.value, ...(target.content && { content: target.content }) });
  const rows: ViewItemRow[] = item.rows.flatMap((row): ViewItemRow[] => {
    if (row.kind === 'text') return [{ kind: 'text', role: row.role, label: row.label, content: row.content }];
    if (row.kind === 'level') return [{ kind: 'level', label: row.label, level: row.level }];
    if (chosen === null) return row.values.map((target) => targetRow(row.label, target));
    return chosenTarget === undefined ? [] : [targetRow(row.label, chosenTarget)];
  });
  const answered = new Map(Object.entries(answer.components ?? {}).map(([label, status]) => [normalizeLabel(label), status]));
  const fields = new Map(Object.entries(answer.fields ?? {}).map(([label, values]) => [normalizeLabel(label), writeIns(values)]));
  const visible = item.components.filter((row) => row.kind === 'group' || !row.isServer || servers === null || servers.has(normalizeLabel(row.label)));
  const components = dropEmptyGroups(visible).map((row): ViewComponentRow | { kind: 'group'; label: string } =>
    row.kind === 'group'
      ? { kind: 'group', label: row.label }
      : {
          kind: 'component',
          label: row.label,
          answers: row.answers,
          status: option(answered.get(normalizeLabel(row.label)), row.answers.options),
          fieldValues: byFieldLabel(row.answers.fields, fields.get(normalizeLabel(row.label))),
        },
  );
  const status = option(answer.status, item.executed?.options ?? []);
  const ownBox = item.executed !== null && item.executed.options.length > 0;
  const statuses = [
    ...(ownBox ? [status] : []),
    // A whole answered as not applicable needs no answer for its parts: an empty row does not hold it open.
    ...components.flatMap((row) => (row.kind === 'component' && !(ownBox && partsMoot(status) && row.status === null) ? [row.status] : [])),
  ];
  return {
    kind: 'item',
    id: item.id,
    scope: item.scope,
    title: item.title,
    titleText: item.titleText,
    rows,
    level: item.level,
    targetValue,
    targets: item.target,
    executed: item.executed,
    status,
    executedFieldValues: fields.get('executed') ?? {},
    components,
    commentLabel: item.commentLabel,
    commentPrompt: item.commentPrompt,
    comment: shown(answer.comment),
    due: answer.due ?? '',
    responsible: responsibility(answer.responsible, d.responsible),
    overall: overallStatus(statuses),
    ...(answer.review !== undefined ? { review: answer.review } : {}),
  };
}

/** The option as the master writes it (answers may differ in case and spacing). */
function option(status: string | undefined, options: readonly string[]): string | null {
  // An empty string is a box left to fill (as `checklist init` writes it).
  return status === undefined || status === '' ? null : (matchOption(status, options) ?? null);
}

/** Write-in values keyed by the master's field labels (the deployment may differ in case and spacing). */
function byFieldLabel(labels: readonly string[], values: Record<string, string> | undefined): Record<string, string> {
  const given = new Map(Object.entries(values ?? {}).map(([label, value]) => [normalizeLabel(label), value]));
  return Object.fromEntries(labels.flatMap((label) => (given.has(normalizeLabel(label)) ? [[label, given.get(normalizeLabel(label))!]] : [])));
}

function recordedAnswers(master: Checklist, deployment: Deployment | null) {
  const values = deploymentValues(master, deployment);
  return { fingerprint: answersFingerprint(values), given: givenAnswers(values) };
}

function dropEmptyGroups(rows: (ComponentRow | ComponentGroup)[]): (ComponentRow | ComponentGroup)[] {
  return rows.filter((row, index) => row.kind !== 'group' || rows[index + 1]?.kind === 'component');
}

/** Who is responsible for an item: its answer's party for each phase, else the deployment's (`responsible` at the top). */
export function responsibility(own: Partial<Responsibility> | undefined, fallback: Partial<Responsibility> | undefined): Responsibility {
  return {
    installation: own?.installation ?? fallback?.installation ?? null,
    operation: own?.operation ?? fallback?.operation ?? null,
  };
}

function statusText(item: ViewItem): string {
  const parts = item.status === null ? [] : [item.status];
  for (const row of item.components) if (row.kind === 'component' && row.status !== null) parts.push(`${row.label}: ${row.status}`);
  return parts.join('; ');
}

/**
 * Free text as every format shows it: text of only spaces and line breaks is nothing written, a
 * line to fill (the DOCX, which tests for text, drew the line; the HTML drew blank space).
 */
function shown(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? '' : value;
}

/** Write-ins (fields, settings, signatures) as the DOCX and `import` hold them: canonicalValue. */
function writeIns(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([label, value]) => [label, canonicalValue(value)]).filter(([, value]) => value !== ''));
}

/** A setting in its table cell: its lines kept (the DOCX breaks them), never read as Markdown. */
function settingInlines(value: string): Inline[] {
  return value.split('\n').flatMap((line, i): Inline[] => [...(i > 0 ? [{ kind: 'break' } as const] : []), { kind: 'text', value: line }]);
}

function contact(details: Deployment['customer']) {
  return {
    company: shown(details?.company),
    name: shown(details?.name),
    address: shown(details?.address),
    telephone: shown(details?.telephone),
    email: shown(details?.email),
  };
}

function signature(d: Deployment, party: Signature['party']): Signature {
  const given = d.signatures?.find((entry) => entry.party === party);
  const value = (text: string | undefined) => canonicalValue(text ?? '');
  return { party, name: value(given?.name), role: value(given?.role), place: value(given?.place), date: value(given?.date) };
}

function collectItems(blocks: readonly ViewBlock[]): ViewItem[] {
  return blocks.flatMap((block): ViewItem[] => {
    if (block.kind === 'item') return [block];
    if (block.kind === 'section') return collectItems(block.children);
    return [];
  });
}

function hasDirective(blocks: readonly Block[], name: string): boolean {
  return blocks.some((block) => (block.kind === 'directive' && block.name === name) || (block.kind === 'section' && hasDirective(block.children, name)));
}
