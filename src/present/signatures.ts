/** The signature block: a heading, the declaration both parties sign, and one column per party. */
import type { CustomerChecklist } from '../model/view.js';
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

export function signaturesPart(view: CustomerChecklist, what: 'checklist' | 'annex'): SignaturesPart {
  const { customer, supplier } = view.signatures;
  const parties = [customer, supplier].map((s) => ({
    party: s.party,
    heading: PARTY[s.party],
    company: view.overview[s.party].company,
    fields: [
      { label: LABELS.name, value: s.name },
      { label: LABELS.function, value: s.role },
      { label: LABELS.place, value: s.place },
      { label: LABELS.date, value: s.date },
    ],
  }));
  return {
    heading: TITLES.signatures,
    declaration: SENTENCES.declaration(what),
    parties,
    signLabel: LABELS.signature,
    fieldLabels: [LABELS.name, LABELS.function, LABELS.place, LABELS.date],
  };
}
