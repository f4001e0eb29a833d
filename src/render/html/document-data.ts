/**
 * The root data every template receives (see templates/README.md): the view's parts prepared
 * for layout, with labels as plain strings so that templates escape all of them.
 */
import type { ContactDetails, Party, Signature } from '../../model/deployment.js';
import type { CustomerChecklist, Summary } from '../../model/view.js';
import type { Footnote, HistoryEntry } from '../../model/checklist.js';
import { blockData, tocEntries, type BlockData, type DirectiveContexts, type TocEntry } from './body-data.js';
import { statusDetail } from '../labels.js';
import { OVERALL, PARTY, PART_IDS, TITLES } from './labels.js';

export type Variant = 'full' | 'annex';

const party = (value: Party | null) => (value === null ? '' : PARTY[value]);

export function levelData(view: CustomerChecklist, variant: Variant) {
  const { chosen, levels, omitted } = view.level;
  const count = omitted.length;
  // The full checklist lists them in an appendix; the annex, having no prose, right below.
  const where = variant === 'full' ? ', listed in the appendix' : ', listed below';
  const statement =
    levels.length === 0
      ? 'This checklist has no security levels: every item applies.'
      : chosen === null
        ? `Security level: none chosen, every level applies (${levels.join(', ')}).`
        : `Security level: ${chosen} (${count === 0 ? 'no item of a higher level left out' : `${count} item${count === 1 ? '' : 's'} of higher levels left out${where}`}).`;
  return { chosen, levels, omitted, omittedCount: count, statement, appendix: variant === 'full' && count > 0, listedBelow: variant === 'annex' && count > 0 };
}

export function overviewData(view: CustomerChecklist) {
  const { overview } = view;
  return { ...overview, componentsText: overview.components.join(', ') };
}

function signatureData(signature: Signature, contact: ContactDetails) {
  return { ...signature, heading: PARTY[signature.party], company: contact.company };
}

export function signaturesData(view: CustomerChecklist) {
  const { customer, supplier } = view.signatures;
  return { parties: [signatureData(customer, view.overview.customer), signatureData(supplier, view.overview.supplier)] };
}

export function matrixData(view: CustomerChecklist, linkItems: boolean) {
  return {
    linkItems,
    rows: view.responsibilityMatrix.map((row) => ({
      id: row.id,
      title: row.titleText,
      level: row.level ?? 'every level',
      installation: party(row.installation),
      operation: party(row.operation),
      overall: row.overall,
      status: OVERALL[row.overall],
      statusDetail: statusDetail(row.overall, row.statusText),
    })),
  };
}

export function openItemsData(view: CustomerChecklist, linkItems: boolean) {
  return {
    linkItems,
    until: view.overview.openIssuesUntil,
    rows: view.openItems.map((row) => ({ id: row.id, title: row.titleText, status: row.statusText, comment: row.comment })),
  };
}

export interface TitleBlockData {
  title: string;
  /** "Customer-specific security checklist", "Checklist to fill in" or the annex's name. */
  subtitle: string;
  product: string;
  version: string;
  date: string;
  documentId: string;
  /** The customer's company, or "". */
  customer: string;
  /** The deployment's date, or "". */
  deploymentDate: string;
  blank: boolean;
}

export interface TemplateData {
  lang: string;
  variant: Variant;
  /** The `<title>`: meta title, the annex's name, the customer's company. */
  documentTitle: string;
  css: string;
  blank: boolean;
  ids: typeof PART_IDS;
  titles: typeof TITLES;
  titleBlock: TitleBlockData;
  history: HistoryEntry[];
  /** Summary, overview (when first), chapters to depth 3, appendix, signatures (when last). */
  toc: TocEntry[];
  summary: Summary;
  level: ReturnType<typeof levelData>;
  overview: ReturnType<typeof overviewData>;
  signatures: ReturnType<typeof signaturesData>;
  matrix: ReturnType<typeof matrixData>;
  openItems: ReturnType<typeof openItemsData>;
  body: BlockData[];
  footnotes: Footnote[];
  /** The master has no `::deployment-overview`: the layout puts it first. */
  overviewFirst: boolean;
  /** The master has no `::signatures`: the layout puts them last. */
  signaturesLast: boolean;
  view: CustomerChecklist;
}

export function templateData(view: CustomerChecklist, variant: Variant, css: string): TemplateData {
  const full = variant === 'full';
  const customer = view.customerName;
  const subtitle = full ? (view.blank ? 'Checklist to fill in' : 'Customer-specific security checklist') : TITLES.annex;
  const data: Omit<TemplateData, 'body' | 'toc'> = {
    lang: 'en',
    variant,
    documentTitle: [view.meta.title, full ? '' : TITLES.annex, customer].filter(Boolean).join(' – '),
    css,
    blank: view.blank,
    ids: PART_IDS,
    titles: TITLES,
    titleBlock: {
      title: view.meta.title,
      subtitle,
      product: view.meta.product,
      version: view.meta.version,
      date: view.meta.date,
      documentId: view.meta.documentId,
      customer,
      deploymentDate: view.overview.date,
      blank: view.blank,
    },
    history: view.meta.history,
    summary: view.summary,
    level: levelData(view, variant),
    overview: overviewData(view),
    signatures: signaturesData(view),
    matrix: matrixData(view, full),
    openItems: openItemsData(view, full),
    footnotes: view.footnotes,
    overviewFirst: !view.hasOverviewDirective,
    signaturesLast: !view.hasSignaturesDirective,
    view,
  };
  const directives = directiveContexts(data);
  return { ...data, body: full ? view.body.map((block) => blockData(block, directives)) : [], toc: full ? toc(view, data) : [] };
}

/** The table of contents of the full document, with the parts its layout adds. */
function toc(view: CustomerChecklist, data: Pick<TemplateData, 'overviewFirst' | 'signaturesLast' | 'level'>): TocEntry[] {
  const part = (anchor: string, title: string): TocEntry => ({ number: '', title, anchor, depth: 1, part: true });
  return [
    ...(data.overviewFirst ? [part(PART_IDS.overview, TITLES.overview)] : []),
    part(PART_IDS.summary, TITLES.summary),
    ...tocEntries(view.body),
    ...(data.level.appendix ? [part(PART_IDS.omitted, TITLES.omitted)] : []),
    ...(data.signaturesLast ? [part(PART_IDS.signatures, TITLES.signatures)] : []),
  ];
}

/** The data of each directive's partial, wherever the directive stands. */
export function directiveContexts(data: Pick<TemplateData, 'overview' | 'signatures' | 'matrix' | 'openItems'>): DirectiveContexts {
  return { 'deployment-overview': data.overview, signatures: data.signatures, 'responsibility-matrix': data.matrix, 'open-items': data.openItems };
}
