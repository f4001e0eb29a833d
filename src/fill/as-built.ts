/**
 * A deployment with the answers a built file records (its `original`) in place of its own: what
 * the file was built from, as far as its answers go, so the document can be built again.
 */
import type { Checklist } from '../model/checklist.js';
import type { Answer, Deployment } from '../model/deployment.js';
import { answerId, answerSlots, existingKey, partyOf, type AnswerSlot } from './answers.js';

export function deploymentAsBuilt(deployment: Deployment, master: Checklist, original: Readonly<Record<string, string>>): Deployment {
  const built = structuredClone(deployment);
  for (const [text, slot] of answerSlots(master)) setSlot(built, slot, original[text] ?? '');
  return built;
}

/** `record[key] = value`, or no `key` at all for an empty value (a slot with no answer). */
function put(record: Record<string, string>, key: string, value: string): void {
  if (value === '') delete record[key];
  else record[key] = value;
}

function setSlot(deployment: Deployment, slot: AnswerSlot, value: string): void {
  const key = slot.key;
  if (key.kind === 'setting') {
    const settings = (deployment.settings ??= {});
    put(settings, existingKey(settings, key.label), value);
    return;
  }
  if (key.kind === 'signature') {
    const signatures = (deployment.signatures ??= []);
    let entry = signatures.find((signature) => signature.party === key.party);
    if (entry === undefined && value !== '') signatures.push((entry = { party: key.party }));
    if (entry !== undefined) put(entry as Record<string, string>, key.field, value);
    return;
  }
  if (key.kind === 'contact') {
    const contact = (deployment[key.party] ??= {});
    put(contact as Record<string, string>, key.field, value);
    return;
  }
  if (key.kind === 'fact') {
    put(deployment as unknown as Record<string, string>, key.field, value);
    return;
  }
  const answers = (deployment.answers ??= {});
  const answer: Answer = (answers[answerId(answers, key.item, slot.replaces)] ??= {});
  if (key.kind === 'status' || key.kind === 'comment') put(answer as Record<string, string>, key.kind, value);
  else if (key.kind === 'responsible') {
    const party = partyOf(value);
    if (party !== undefined) answer.responsible = { ...answer.responsible, [key.phase]: party };
    else if (answer.responsible !== undefined) delete answer.responsible[key.phase];
  }
  else if (key.kind === 'component') {
    const components = (answer.components ??= {});
    put(components, existingKey(components, key.row), value);
  } else {
    const fields = (answer.fields ??= {});
    const row = (fields[existingKey(fields, key.row)] ??= {});
    put(row, existingKey(row, key.field), value);
  }
}
