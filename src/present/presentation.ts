/**
 * The presentation of a customer view: every heading, sentence, label and table row that the
 * formats print around the master's content, decided once. The HTML templates and the DOCX
 * builders only lay this out, so the three formats carry the same parts, in the same order,
 * with the same words. A value of "" is a line to write on by hand.
 */
import { CONTACT_FIELDS, keyText } from '../fill/keys.js';
import type { CustomerChecklist, ViewItem } from '../model/view.js';
import { notApplicablePart, openItemRows, scopePart, settingsPart, targetsPart, type SettingsPart, type TextTable } from './annex.js';
import { answeredRows, componentDetail } from './component-detail.js';
import { hasTargets, levelStatement, omittedPart, type OmittedPart } from './level.js';
import { REVIEW } from './review.js';
import { signaturesPart, type SignaturesPart } from './signatures.js';
import { oneLine } from './running-label.js';
import { BLANK_FIELD, LABELS, OVERALL, PARTY, SENTENCES, TITLES } from './words.js';

/** The full checklist, the Statement-of-Work annex, or the offer annex (before installation). */
export type Variant = 'full' | 'annex' | 'offer';

/** A label and its value; an empty value is a line to fill in. */
export interface Field {
  label: string;
  value: string;
  /** The answer a reader writes here (`signature/customer/name`), for the DOCX's and the form's controls. */
  key?: string;
}

/** The parts the tool adds, by name; `body` is the master's chapters. */
export type PartName =
  | 'history'
  | 'summary'
  | 'contents'
  | 'overview'
  | 'body'
  | 'omitted'
  | 'scope'
  | 'matrix'
  | 'targets'
  | 'settings'
  | 'notApplicable'
  | 'openItems'
  | 'signatures';

export interface TitleBlock {
  title: string;
  subtitle: string;
  facts: Field[];
}

export interface Table {
  heading: string;
  columns: string[];
  rows: string[][];
}

export interface SummaryPart {
  heading: string;
  /** What the chosen level means, in one sentence. */
  levelStatement: string;
  /** The annex lists the items the level leaves out here (the full checklist in its appendix). */
  omitted: OmittedPart | null;
  /** Status, level and responsibility counts; the first table ends with the total. */
  tables: { columns: [string, string]; rows: [string, string][] }[];
  total: [string, string];
  /** How many answers are marked "Changed since answered", as a sentence; "" when none. */
  changedNote: string;
}

export interface OverviewPart {
  heading: string;
  columns: [string, string, string];
  /** A row per contact detail; `keys`: the answers a reader writes there (the DOCX's and the form's controls). */
  contacts: { label: string; customer: string; supplier: string; keys: { customer: string; supplier: string }; names: { customer: string; supplier: string } }[];
  facts: Field[];
}

export interface MatrixRow {
  id: string;
  item: string;
  level: string;
  installation: string;
  operation: string;
  overall: ViewItem['overall'];
  status: string;
  /**
   * What the boxes say beyond the status word, or "": the option chosen ("Deactivated"); for a
   * per-component item only what is not done ("No: Standby server; not answered: Main server").
   */
  statusDetail: string;
}

export interface ItemsPart<Row> {
  heading: string;
  columns: string[];
  rows: Row[];
  /** The sentence printed instead of an empty table. */
  empty: string;
}

export interface MatrixPart extends ItemsPart<MatrixRow> {
  /** Whether the table has a Level column: not when the master defines no levels. */
  levelColumn: boolean;
}

export interface OpenItemsPart extends ItemsPart<{ id: string; item: string; why: string; owner: string; due: string; comment: string; review: string }> {
  until: Field;
}

export interface Presentation {
  variant: Variant;
  /** Language of the words, BCP 47. */
  lang: string;
  /** The document's title metadata: checklist, (annex,) customer. */
  documentTitle: string;
  /** The document's subject metadata: what it is, for whom, at which level. */
  documentSubject: string;
  /** The document's keywords metadata: security checklist, checklist ID, version, document ID. */
  documentKeywords: string[];
  /** The running header's title. */
  runningTitle: string;
  /** The running footer's left part: document ID, version, the title block's date (none where that is blank). */
  runningFooter: string;
  titleBlock: TitleBlock;
  history: Table | null;
  summary: SummaryPart;
  contents: string;
  overview: OverviewPart;
  omitted: OmittedPart | null;
  matrix: MatrixPart;
  openItems: OpenItemsPart;
  signatures: SignaturesPart;
  targets: TextTable;
  settings: SettingsPart;
  notApplicable: TextTable;
  /** The offer's scope: the level statement as intro, the items the level leaves out, the table. */
  scope: TextTable & { omitted: OmittedPart | null };
  /** The parts in print order; `overview` and `signatures` only when the master does not place them. */
  order: PartName[];
}

const party = (value: ViewItem['responsible']['installation']) => (value === null ? '' : PARTY[value]);

/** The running title of a document: the master's title, and for the annex what it is. */
export function runningTitle(view: CustomerChecklist, variant: Variant): string {
  const { title } = view.meta;
  return variant === 'full' ? title : `${title} – ${variantName(variant, view)}`;
}

/** "Security checklist for Müller Klinikum GmbH, level medium" (the annex: what it is). */
function documentSubject(view: CustomerChecklist, variant: Variant): string {
  const what = variant === 'full' ? 'Security checklist' : variantName(variant, view);
  const customer = view.customerName.trim() === '' ? '' : ` for ${oneLine(view.customerName)}`;
  const level = view.level.chosen ? `, level ${view.level.chosen}` : '';
  return `${what}${customer}${level}`;
}

/** What an annex is called: "Statement of Work annex", "Offer annex: …" (naming targets only where there can be some). */
export function variantName(variant: Variant, view: CustomerChecklist): string {
  if (variant === 'offer') return hasTargets(view) ? TITLES.offer : TITLES.offerWithoutTargets;
  return variant === 'annex' ? TITLES.annex : '';
}

/**
 * The boxes behind an item's status when they say more than the status word does: the
 * components' answers or the option chosen ("Deactivated"); empty for a plain Yes or No.
 */
export function statusDetail(overall: ViewItem['overall'], statusText: string): string {
  const plain = (overall === 'done' && statusText === 'Yes') || (overall === 'open' && statusText === 'No');
  return plain || statusText.trim() === '' || statusText === OVERALL[overall] ? '' : statusText;
}

function titleBlock(view: CustomerChecklist, variant: Variant): TitleBlock {
  const { meta, level, customerName } = view;
  // The phrase on one line; the Customer row below prints the name as written.
  const whom = customerName.trim() === '' ? '' : ` for ${oneLine(customerName)}`;
  const subtitle =
    variant !== 'full' ? `${variantName(variant, view)}${whom}` : view.blank ? 'Checklist to fill in' : `Customer-specific security checklist${whom}`;
  const facts: Field[] = [
    { label: LABELS.customer, value: customerName },
    { label: LABELS.product, value: meta.product },
    { label: LABELS.documentId, value: meta.documentId },
    { label: LABELS.checklistVersion, value: `${meta.version} of ${meta.date}` },
    // A master without levels has no level to state: "none" would read as "no security".
    ...(level.levels.length === 0 ? [] : [{ label: LABELS.securityLevel, value: level.chosen ?? (view.blank ? '' : 'all levels') }]),
    { label: LABELS.date, value: view.overview.date },
    // An annex names the checklist it belongs to, and both the Statement of Work when given.
    ...(variant === 'full' ? [] : [{ label: LABELS.fullChecklist, value: `${meta.title} (${meta.id}), version ${meta.version} of ${meta.date}` }]),
    { label: LABELS.sowReference, value: view.overview.sowReference ?? '' },
  ];
  // A fact the master or the deployment does not have is left out; the customer's are lines to fill in.
  const own = new Set<string>([LABELS.customer, LABELS.securityLevel, LABELS.date]);
  return { title: meta.title, subtitle, facts: facts.filter((f) => f.value.trim() !== '' || own.has(f.label)) };
}

function summaryPart(view: CustomerChecklist, variant: Variant): SummaryPart {
  const { summary } = view;
  const rows = (entries: { label: string; count: number }[]) => entries.map((e): [string, string] => [e.label, String(e.count)]);
  return {
    heading: TITLES.summary,
    levelStatement: levelStatement(view, variant),
    omitted: variant === 'annex' ? omittedPart(view, variant) : null,
    tables: [
      { columns: [LABELS.status, LABELS.items], rows: rows(summary.byStatus) },
      // Without levels every item is of "every level": a table of one row that says nothing.
      ...(view.level.levels.length === 0 ? [] : [{ columns: [LABELS.level, LABELS.items] as [string, string], rows: rows(summary.byLevel) }]),
      { columns: [LABELS.responsible, LABELS.items], rows: rows(summary.byResponsible) },
    ],
    total: [LABELS.total, String(summary.total)],
    changedNote: REVIEW.summary(summary.changedSinceAnswered ?? 0),
  };
}

function overviewPart(view: CustomerChecklist): OverviewPart {
  const { overview, meta } = view;
  const master = overview.masterVersion === '' ? '' : `${meta.title}, version ${overview.masterVersion}${overview.masterDate ? ` of ${overview.masterDate}` : ''}`;
  return {
    heading: TITLES.overview,
    columns: ['', LABELS.customer, LABELS.supplier],
    contacts: CONTACT_FIELDS.map((field) => ({
      label: LABELS[field],
      customer: overview.customer[field],
      supplier: overview.supplier[field],
      keys: { customer: keyText({ kind: 'contact', party: 'customer', field }), supplier: keyText({ kind: 'contact', party: 'supplier', field }) },
      // What a field is called where its column is not in view (a screen reader, Word's control).
      names: { customer: `${LABELS.customer}: ${LABELS[field]}`, supplier: `${LABELS.supplier}: ${LABELS[field]}` },
    })),
    facts: [
      { label: LABELS.coveredSystems, value: overview.coveredSystems, key: keyText({ kind: 'fact', field: 'coveredSystems' }) },
      { label: LABELS.components, value: overview.components.join(', ') },
      { label: LABELS.master, value: master },
      { label: LABELS.generalRemark, value: overview.generalRemark, key: keyText({ kind: 'fact', field: 'generalRemark' }) },
      { label: LABELS.openIssuesUntil, value: overview.openIssuesUntil, key: keyText({ kind: 'fact', field: 'openIssuesUntil' }) },
      { label: LABELS.date, value: overview.date, key: keyText({ kind: 'fact', field: 'date' }) },
    ],
  };
}

function matrixPart(view: CustomerChecklist): MatrixPart {
  const items = new Map(view.items.map((item) => [item.id, item]));
  const detail = (row: CustomerChecklist['responsibilityMatrix'][number]) => {
    const item = items.get(row.id);
    return item !== undefined && answeredRows(item).length > 0 ? componentDetail(item) : statusDetail(row.overall, row.statusText);
  };
  // Without levels every row would say "every level".
  const levelColumn = view.level.levels.length > 0;
  return {
    heading: TITLES.matrix,
    columns: [LABELS.id, LABELS.item, ...(levelColumn ? [LABELS.level] : []), LABELS.installation, LABELS.operation, LABELS.status],
    levelColumn,
    empty: SENTENCES.noItems,
    rows: view.responsibilityMatrix.map((row) => ({
      id: row.id,
      item: row.titleText,
      level: row.level ?? LABELS.everyLevel,
      installation: party(row.installation),
      operation: party(row.operation),
      overall: row.overall,
      status: OVERALL[row.overall],
      statusDetail: detail(row),
    })),
  };
}

function openItemsPart(view: CustomerChecklist): OpenItemsPart {
  return {
    heading: TITLES.openItems,
    until: { label: LABELS.openIssuesUntil, value: view.overview.openIssuesUntil },
    columns: [LABELS.id, LABELS.item, LABELS.whyOpen, LABELS.owner, LABELS.due, LABELS.comment],
    empty: SENTENCES.noOpenItems,
    rows: openItemRows(view),
  };
}

function order(view: CustomerChecklist, variant: Variant, omitted: boolean, history: boolean): PartName[] {
  if (variant === 'offer') return ['overview', 'scope', 'settings', 'signatures'];
  // Without levels no item has a target: no part that always says so.
  const targets = hasTargets(view) ? (['targets'] as const) : [];
  if (variant === 'annex') return ['overview', 'summary', 'matrix', ...targets, 'settings', 'notApplicable', 'openItems', 'signatures'];
  return [
    ...(history ? (['history'] as const) : []),
    'summary',
    'contents',
    ...(view.hasOverviewDirective ? [] : (['overview'] as const)),
    'body',
    ...(omitted ? (['omitted'] as const) : []),
    ...(view.hasSignaturesDirective ? [] : (['signatures'] as const)),
  ];
}

/** The presentation of `view` as `variant`. */
export function present(view: CustomerChecklist, variant: Variant): Presentation {
  const { meta } = view;
  const history: Table | null =
    meta.history.length === 0
      ? null
      : { heading: TITLES.history, columns: [LABELS.date, LABELS.version, LABELS.description], rows: meta.history.map((h) => [h.date, h.version, h.description]) };
  const omitted = variant === 'full' ? omittedPart(view, variant) : null;
  // The title block's Date, never the master's: a date written there by hand and the footer
  // would disagree. Where it is blank, the footer has none.
  const footerDate = view.overview.date;
  return {
    variant,
    lang: 'en',
    documentTitle: [meta.title, variantName(variant, view), oneLine(view.customerName)].filter((part) => part.trim() !== '').join(' – '),
    documentSubject: documentSubject(view, variant),
    documentKeywords: ['security checklist', meta.id, `version ${meta.version}`, meta.documentId].filter((part) => part.trim() !== ''),
    runningTitle: runningTitle(view, variant),
    runningFooter: [meta.documentId, meta.version ? `Version ${meta.version}` : '', footerDate].filter((part) => part.trim() !== '').join(' · '),
    titleBlock: titleBlock(view, variant),
    history,
    summary: summaryPart(view, variant),
    targets: targetsPart(view),
    settings: settingsPart(view),
    notApplicable: notApplicablePart(view),
    scope: { ...scopePart(view), intro: levelStatement(view, variant), omitted: variant === 'offer' ? omittedPart(view, variant) : null },
    contents: TITLES.contents,
    overview: overviewPart(view),
    omitted,
    matrix: matrixPart(view),
    openItems: openItemsPart(view),
    signatures: signaturesPart(view, variant),
    order: order(view, variant, omitted !== null, history !== null),
  };
}

export { BLANK_FIELD };

/** The title of each part a master can place with `::name`. */
export const DIRECTIVE_TITLES = {
  'deployment-overview': TITLES.overview,
  signatures: TITLES.signatures,
  'responsibility-matrix': TITLES.matrix,
  'open-items': TITLES.openItems,
} as const;

/**
 * Whether a part placed inside a section needs a caption of its own: not when only prose stands
 * between the section's heading and the part (the heading introduces it), else yes.
 */
export function needsCaption(siblings: readonly { kind: string }[], index: number): boolean {
  return siblings.slice(0, index).some((block) => block.kind !== 'paragraph');
}
