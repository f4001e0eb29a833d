/**
 * Writes import changes into the deployment's JSON text in place (src/deployment/json-edit.ts):
 * each answer at its own spot, under the key the file already uses for a row or setting
 * (which may differ in case and spacing from the master's), so the rest stays byte for byte.
 */
import { appendJsonValue, setJsonValue, type JSONPath } from '../deployment/json-edit.js';
import type { Deployment } from '../model/deployment.js';
import { answerId, existingKey } from './answers.js';
import type { ImportChange } from './plan-import.js';

export function applyChanges(text: string, deployment: Deployment, changes: readonly ImportChange[]): string {
  let edited = text;
  let signatures = deployment.signatures?.length ?? (deployment.signatures === undefined ? -1 : 0);
  const parties = new Map((deployment.signatures ?? []).map((entry, index) => [entry.party, index] as const));
  for (const { slot, to } of changes) {
    const key = slot.key;
    if (key.kind === 'signature') {
      const index = parties.get(key.party);
      if (index !== undefined) edited = setJsonValue(edited, ['signatures', index, key.field], to);
      else {
        const entry = { party: key.party, [key.field]: to };
        edited = signatures < 0 ? setJsonValue(edited, ['signatures'], [entry]) : appendJsonValue(edited, ['signatures'], entry);
        parties.set(key.party, Math.max(signatures, 0));
        signatures = Math.max(signatures, 0) + 1;
      }
      continue;
    }
    edited = setJsonValue(edited, pathOf(key, slot.replaces, deployment), to);
  }
  return edited;
}

function pathOf(key: Exclude<ImportChange['slot']['key'], { kind: 'signature' }>, replaces: readonly string[], deployment: Deployment): JSONPath {
  if (key.kind === 'setting') return ['settings', existingKey(deployment.settings, key.label)];
  // A deployment not yet upgraded keeps the answer under an earlier ID: it is changed there.
  const id = answerId(deployment.answers, key.item, replaces);
  const answer = deployment.answers?.[id];
  switch (key.kind) {
    case 'status':
    case 'comment':
      return ['answers', id, key.kind];
    case 'component':
      return ['answers', id, 'components', existingKey(answer?.components, key.row)];
    case 'field': {
      const row = existingKey(answer?.fields, key.row);
      return ['answers', id, 'fields', row, existingKey(answer?.fields?.[row], key.field)];
    }
  }
}
