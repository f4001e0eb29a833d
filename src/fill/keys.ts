/**
 * Names of the answers a reader can give, shared by the DOCX's content-control tags, the form's
 * input names and `checklist import`. A key names one answer (`item/CL-SMTP1/status`); a box of
 * a choice adds its option (`item/CL-SMTP1/status=Yes`). Parts are escaped (`%`, `/`, `=`, `+`),
 * so any item ID, row label or option reads back exactly.
 */

export type SignatureField = 'name' | 'role' | 'place' | 'date';
export const SIGNATURE_FIELDS: readonly SignatureField[] = ['name', 'role', 'place', 'date'];
export type Party = 'customer' | 'supplier';
/** The two phases an item's responsibility is agreed for (a deployment's `responsible`). */
export type Phase = 'installation' | 'operation';
export const PHASES: readonly Phase[] = ['installation', 'operation'];

/** The contact details of customer and supplier in the deployment overview (`customer.telephone`). */
export type ContactField = 'company' | 'name' | 'address' | 'telephone' | 'email';
export const CONTACT_FIELDS: readonly ContactField[] = ['company', 'name', 'address', 'telephone', 'email'];
/** The deployment's own facts in the overview a reader may write (`generalRemark`, …). */
export type FactField = 'coveredSystems' | 'generalRemark' | 'openIssuesUntil' | 'date';
export const FACT_FIELDS: readonly FactField[] = ['coveredSystems', 'generalRemark', 'openIssuesUntil', 'date'];

export type AnswerKey =
  | { kind: 'status'; item: string }
  | { kind: 'component'; item: string; row: string }
  | { kind: 'field'; item: string; row: string; field: string }
  | { kind: 'comment'; item: string }
  /** Who is responsible for an item in a phase, where the deployment leaves it open: a box per party. */
  | { kind: 'responsible'; item: string; phase: Phase }
  | { kind: 'setting'; label: string }
  | { kind: 'signature'; party: Party; field: SignatureField }
  | { kind: 'contact'; party: Party; field: ContactField }
  | { kind: 'fact'; field: FactField };

const escapePart = (part: string) => part.replace(/%/g, '%25').replace(/\//g, '%2F').replace(/=/g, '%3D').replace(/\+/g, '%2B');
const unescapePart = (part: string) => part.replace(/%2F/gi, '/').replace(/%3D/gi, '=').replace(/%2B/gi, '+').replace(/%25/g, '%');
const join = (...parts: string[]) => parts.map(escapePart).join('/');

/** The text of a key: `item/CL-SMTP1/status`, `setting/Minimal password length`, … */
export function keyText(key: AnswerKey): string {
  switch (key.kind) {
    case 'status':
    case 'comment':
      return join('item', key.item, key.kind);
    case 'component':
      return join('item', key.item, 'component', key.row);
    case 'field':
      return join('item', key.item, 'field', key.row, key.field);
    case 'responsible':
      return join('item', key.item, 'responsible', key.phase);
    case 'setting':
      return join('setting', key.label);
    case 'signature':
      return join('signature', key.party, key.field);
    case 'contact':
      return join('overview', key.party, key.field);
    case 'fact':
      return join('overview', key.field);
  }
}

/** The key a text names, or null when it is not one. */
export function parseKey(text: string): AnswerKey | null {
  const parts = text.split('/').map(unescapePart);
  const [head, a, b, c, d, ...rest] = parts;
  if (rest.length > 0 || a === undefined || a === '') return null;
  if (head === 'setting' && b === undefined) return { kind: 'setting', label: a };
  if (head === 'signature' && (a === 'customer' || a === 'supplier') && SIGNATURE_FIELDS.includes(b as SignatureField) && c === undefined) {
    return { kind: 'signature', party: a, field: b as SignatureField };
  }
  if (head === 'overview' && b === undefined && FACT_FIELDS.includes(a as FactField)) return { kind: 'fact', field: a as FactField };
  if (head === 'overview' && (a === 'customer' || a === 'supplier') && CONTACT_FIELDS.includes(b as ContactField) && c === undefined) {
    return { kind: 'contact', party: a, field: b as ContactField };
  }
  if (head !== 'item') return null;
  if ((b === 'status' || b === 'comment') && c === undefined) return { kind: b, item: a };
  if (b === 'component' && c !== undefined && d === undefined) return { kind: 'component', item: a, row: c };
  if (b === 'field' && c !== undefined && d !== undefined) return { kind: 'field', item: a, row: c, field: d };
  if (b === 'responsible' && PHASES.includes(c as Phase) && d === undefined) return { kind: 'responsible', item: a, phase: c as Phase };
  return null;
}

/** The tag of one box of a choice: the key, `=`, the option. */
export function boxTag(key: AnswerKey, option: string): string {
  return `${keyText(key)}=${escapePart(option)}`;
}

/** A tag read back: the key's text and, for a box, its option. */
export function splitTag(tag: string): { key: string; option: string | null } {
  const at = tag.indexOf('=');
  return at < 0 ? { key: tag, option: null } : { key: tag.slice(0, at), option: unescapePart(tag.slice(at + 1)) };
}

/**
 * A long write-in is cut into paragraphs, each a control of its own: a piece that goes on the
 * line of the piece before (no line break between) carries its key with a `+`.
 */
export const continuedTag = (tag: string): string => `${tag}+`;

/** A tag of a write-in piece: its key, and whether it continues the piece before. */
export function splitPiece(tag: string): { key: string; continued: boolean } {
  return tag.endsWith('+') ? { key: tag.slice(0, -1), continued: true } : { key: tag, continued: false };
}

/** Whether a key is answered by ticking one of several boxes. */
export const isChoice = (key: AnswerKey): boolean => key.kind === 'status' || key.kind === 'component' || key.kind === 'responsible';
