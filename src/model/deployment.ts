/** A customer's deployment file, as FORMATS.md §2 defines it (after schema validation). */

export type Party = 'customer' | 'supplier' | 'shared';

export interface Responsibility {
  installation: Party | null;
  operation: Party | null;
}

export interface ContactDetails {
  company: string;
  name: string;
  address: string;
  telephone: string;
  email: string;
}

export interface Signature {
  party: 'customer' | 'supplier';
  name: string;
  role: string;
  place: string;
  date: string;
}

export interface Answer {
  status?: string;
  /** Per component-row label: the chosen option. */
  components?: Record<string, string>;
  /** Values of write-in fields such as `Version:`, keyed by component label then field. */
  fields?: Record<string, Record<string, string>>;
  comment?: string;
  /** When the item, if open, is to be resolved (default: the deployment's openIssuesUntil). */
  due?: string;
  responsible?: Partial<Responsibility>;
  /** What changed in the item since this answer was given (set by `checklist upgrade`). */
  review?: string;
}

export interface Deployment {
  $schema?: string;
  checklist: string;
  checklistVersion?: string;
  level?: string;
  date?: string;
  customer?: Partial<ContactDetails>;
  supplier?: Partial<ContactDetails>;
  coveredSystems?: string;
  components?: string[];
  generalRemark?: string;
  openIssuesUntil?: string;
  /** The Statement of Work this checklist belongs to. */
  sowReference?: string;
  responsible?: Partial<Responsibility>;
  answers?: Record<string, Answer>;
  /** Answers to items retired from the master, kept by `checklist upgrade`; never shown. */
  retired?: Record<string, Answer>;
  settings?: Record<string, string>;
  signatures?: Partial<Signature>[];
}
