/**
 * The custom document properties `checklist import` reads back (FORMATS.md §6): the checklist,
 * its version, the deployment and the fingerprint of its answers, and the answers themselves as
 * built, so an import can tell what the reader changed from what changed in the deployment since.
 */
import type { CustomerChecklist } from '../../model/view.js';
import { RECORD } from '../../fill/filled-file.js';
import { cleanText } from './text.js';

/** Word's dialog edits a text property of at most 255 characters: longer JSON goes in parts. */
const PART = 240;

export function fillProperties(view: CustomerChecklist): { name: string; value: string }[] {
  const json = [...JSON.stringify(view.answers.given)];
  const parts = Array.from({ length: Math.ceil(json.length / PART) }, (_, i) => json.slice(i * PART, (i + 1) * PART).join(''));
  return [
    { name: RECORD.generator, value: 'checklist' },
    { name: RECORD.checklist, value: view.meta.id },
    { name: RECORD.version, value: view.meta.version },
    { name: RECORD.deployment, value: view.deploymentName },
    { name: RECORD.fingerprint, value: view.answers.fingerprint },
    ...parts.map((value, i) => ({ name: `${RECORD.original}${i + 1}`, value })),
  ].map(({ name, value }) => ({ name, value: cleanText(value) }));
}
