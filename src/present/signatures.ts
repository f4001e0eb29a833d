/** The signature block: a heading, the declaration both parties sign, and one column per party. */
import { keyText } from '../fill/keys.js';
import type { CustomerChecklist } from '../model/view.js';
import { hasTargets } from './level.js';
import { LABELS, PARTY, SENTENCES, TITLES } from './words.js';
import type { Field } from './presentation.js';

export interface SignatureParty {
  party: 'customer' | 'supplier';
  /** "Customer", "Supplier". */
  heading: string;
  /** The party's company from the overview, or "". */
  company: string;
  /** Name, function, place and date; "" is a line to write on. */
  fields: Field[];
}

export interface SignaturesPart {
  heading: string;
  declaration: string;
  parties: SignatureParty[];
  /** The label of the line to sign on. */
  signLabel: string;
  /** Labels of the fields, in order (for a table with one row per field). */
  fieldLabels: string[];
}

export function signaturesPart(view: CustomerChecklist, variant: 'full' | 'annex' | 'offer'): SignaturesPart {
  const { customer, supplier } = view.signatures;
  const parties = [customer, supplier].map((s) => ({
    party: s.party,
    heading: PARTY[s.party],
    company: view.overview[s.party].company,
    fields: [
      { label: LABELS.name, value: s.name, key: keyText({ kind: 'signature', party: s.party, field: 'name' }) },
      { label: LABELS.function, value: s.role, key: keyText({ kind: 'signature', party: s.party, field: 'role' }) },
      { label: LABELS.place, value: s.place, key: keyText({ kind: 'signature', party: s.party, field: 'place' }) },
      { label: LABELS.date, value: s.date, key: keyText({ kind: 'signature', party: s.party, field: 'date' }) },
    ],
  }));
  return {
    heading: TITLES.signatures,
    declaration: SENTENCES.declaration(variant, hasTargets(view)),
    parties,
    signLabel: LABELS.signature,
    fieldLabels: [LABELS.name, LABELS.function, LABELS.place, LABELS.date],
  };
}
