/**
 * The customer's view of a master checklist: the master merged with one deployment (or with
 * none, for a blank checklist). Every renderer (HTML, PDF through HTML, DOCX) reads only this.
 */
import type { ChecklistMeta, Footnote, Inline, ItemRow, AnswerOptions, CellBlock, SourcePlace, TargetValue } from './checklist.js';
import type { Party, Responsibility, ContactDetails, Signature } from './deployment.js';

export type ViewBlock =
  | ViewSection
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: { checked: boolean | null; children: ViewBlock[] }[] }
  | { kind: 'code'; lang: string | null; value: string }
  | { kind: 'blockquote'; children: ViewBlock[] }
  | ViewTable
  | ViewItem
  | { kind: 'directive'; name: 'deployment-overview' | 'signatures' | 'responsibility-matrix' | 'open-items' }
  | { kind: 'thematic-break' };

export interface ViewSection {
  kind: 'section';
  depth: number;
  number: string;
  title: Inline[];
  titleText: string;
  anchor: string;
  children: ViewBlock[];
}

export interface ViewTable {
  kind: 'table';
  align: ('left' | 'right' | 'center' | null)[];
  header: Inline[][];
  /** Cells as written; in a fillable table the "Customer setting" cell holds the customer's value. */
  rows: Inline[][][];
  /** Index of the "Customer setting" column, or null for a plain table. */
  fillableColumn: number | null;
  /** Each row's `settings` label (fillable tables), or null. */
  labels?: (string | null)[];
}

/** Status of an item or a component: one of its options, or null when not answered. */
export type Status = string | null;

export interface ViewComponentRow {
  kind: 'component';
  label: string;
  answers: AnswerOptions;
  status: Status;
  /** Values of write-in fields (`Version:`), keyed by field label; empty when none. */
  fieldValues: Record<string, string>;
}

export interface ViewItem {
  kind: 'item';
  id: string;
  scope: string;
  title: Inline[];
  titleText: string;
  /** Rows before Executed; a Target row here holds only the chosen level's value. */
  rows: ViewItemRow[];
  level: string | null;
  /** The chosen level's target value, when the item has one for it. */
  targetValue: string | null;
  /** Every level's target value, as the master gives them (the annexes print these when no level is chosen). */
  targets: readonly TargetValue[];
  executed: AnswerOptions | null;
  status: Status;
  /** Values of the Executed row's write-in fields (`fields.Executed` of the answer). */
  executedFieldValues?: Record<string, string>;
  /** Only the components of this deployment (and the non-server parts of the item). */
  components: (ViewComponentRow | { kind: 'group'; label: string })[];
  commentLabel: string;
  commentPrompt: Inline[];
  /** The customer's comment, plain text with its line breaks; empty when none. */
  comment: string;
  /** The answer's due date for an open item, or "" (then the deployment's openIssuesUntil). */
  due?: string;
  responsible: Responsibility;
  /** A summary status over the item and its components (see src/deployment/status.ts). */
  overall: 'done' | 'open' | 'not-applicable' | 'unanswered';
  /** What changed in the item since the answer was given (`review` mark); absent when none. */
  review?: string;
}

export type ViewItemRow =
  | { kind: 'text'; role: 'measures' | 'references' | 'access-rights' | 'extra'; label: string; content: CellBlock[] }
  | { kind: 'level'; label: string; level: string }
  /** `content`: the value with its footnote marks, when it has any. */
  | { kind: 'target'; label: string; value: string; content?: Inline[] };

export interface DeploymentOverview {
  customer: ContactDetails;
  supplier: ContactDetails;
  coveredSystems: string;
  /** The master this checklist was made from. */
  masterVersion: string;
  masterDate: string;
  generalRemark: string;
  openIssuesUntil: string;
  /** The Statement of Work this checklist belongs to, or "". */
  sowReference?: string;
  date: string;
  components: string[];
}

export interface LevelInfo {
  /** The chosen level, or null when every level applies. */
  chosen: string | null;
  /** The deployment's own level (before `--level`), or null. */
  ownLevel?: string | null;
  levels: string[];
  /** Items of higher levels left out by the choice. */
  omitted: { id: string; titleText: string; level: string }[];
  /** Sections left out because the choice leaves them no item and no other content (src/deployment/level-scope.ts). */
  leftOutSections?: { number: string; titleText: string; depth: number }[];
}

export interface ResponsibilityRow {
  id: string;
  titleText: string;
  level: string | null;
  installation: Party | null;
  operation: Party | null;
  overall: ViewItem['overall'];
  statusText: string;
}

export interface OpenItemRow {
  id: string;
  titleText: string;
  statusText: string;
  comment: string;
  /** What changed since the answer was given (`review` mark): such an item is listed even when done. */
  review?: string;
}

export interface Summary {
  total: number;
  byStatus: { label: string; count: number }[];
  byLevel: { label: string; count: number }[];
  byResponsible: { label: string; count: number }[];
  /** Answers marked `review`: their item changed since they were given. */
  changedSinceAnswered?: number;
}

export interface CustomerChecklist {
  meta: ChecklistMeta;
  /** Stem of the deployment file ("mueller-klinikum"), or "blank". */
  deploymentName: string;
  /** True for a blank printable checklist (no deployment). */
  blank: boolean;
  /** Company of the customer, for headers; empty when unknown. */
  customerName: string;
  overview: DeploymentOverview;
  level: LevelInfo;
  body: ViewBlock[];
  items: ViewItem[];
  footnotes: Footnote[];
  responsibilityMatrix: ResponsibilityRow[];
  openItems: OpenItemRow[];
  summary: Summary;
  signatures: { customer: Signature; supplier: Signature };
  /** Whether the master placed `::deployment-overview` / `::signatures` itself. */
  hasOverviewDirective: boolean;
  hasSignaturesDirective: boolean;
  /** What a fillable output records of the answers it was built from (see src/fill/answers.ts). */
  answers: RecordedAnswers;
}

export interface RecordedAnswers {
  /** sha256 of the deployment's answers in canonical form. */
  fingerprint: string;
  /** Every answer given, by key (`item/CL-SMTP1/status`), sorted. */
  given: Record<string, string>;
}

export type { SourcePlace, ItemRow };
