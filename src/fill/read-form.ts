/** Reads the JSON a filled form saved (see templates/form.js), with the line of every answer. */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { parseJsonSource, pointer } from '../deployment/json-source.js';
import { FORM_FORMAT, type FilledFile } from './filled-file.js';

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string');

export function readForm(text: string, path: string, diagnostics: Diagnostics): FilledFile | null {
  const source = parseJsonSource(path, text.replace(/^\uFEFF/, ''));
  if (!('value' in source)) {
    diagnostics.error(path, source.point, source.reason, 'json');
    return null;
  }
  const saved = source.value as Record<string, unknown> | null;
  if (saved === null || typeof saved !== 'object' || saved.format !== FORM_FORMAT) {
    diagnostics.error(path, source.pointAt('/format'), `Not answers saved by a checklist form (no "format": "${FORM_FORMAT}"): import reads a form's saved JSON or a DOCX that checklist built`, 'import-foreign');
    return null;
  }
  let ok = true;
  const strings = ['checklist', 'version', 'deployment', 'fingerprint'] as const;
  for (const name of strings) {
    if (typeof saved[name] !== 'string') {
      diagnostics.error(path, source.pointAt(`/${name}`), `"${name}" must be a string, as the form saved it`, 'import-damaged');
      ok = false;
    }
  }
  for (const name of ['original', 'answers'] as const) {
    if (!isRecordOfStrings(saved[name])) {
      diagnostics.error(path, source.pointAt(`/${name}`), `"${name}" must be an object of strings, as the form saved it`, 'import-damaged');
      ok = false;
    }
  }
  if (!ok) return null;
  const answers = saved.answers as Record<string, string>;
  return {
    path,
    checklist: saved.checklist as string,
    version: saved.version as string,
    deployment: saved.deployment as string,
    fingerprint: saved.fingerprint as string,
    original: saved.original as Record<string, string>,
    answers: Object.entries(answers).map(([key, value]) => ({ key, value, place: source.pointAt(pointer('answers', key)) })),
  };
}
