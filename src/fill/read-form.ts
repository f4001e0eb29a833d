/** Reads the JSON a filled form saved (see templates/form.js), with the line of every answer. */
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { findDuplicateKeys } from '../deployment/duplicate-keys.js';
import { parseJsonSource, pointer, reportSyntax } from '../deployment/json-source.js';
import { FORM_FORMAT, type FilledFile } from './filled-file.js';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isRecordOfStrings = (value: unknown): value is Record<string, string> => isObject(value) && Object.values(value).every((entry) => typeof entry === 'string');

export function readForm(written: string, path: string, diagnostics: Diagnostics): FilledFile | null {
  const text = written.replace(/^\uFEFF/, '');
  const source = parseJsonSource(path, text);
  if (!('value' in source)) {
    reportSyntax(diagnostics, path, source);
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
    const record = saved[name];
    if (isRecordOfStrings(record)) continue;
    ok = false;
    // A value edited by hand (a number, null) is named at its key, not at the whole object.
    const wrong = isObject(record) ? Object.entries(record).filter(([, value]) => typeof value !== 'string') : [];
    if (wrong.length === 0) diagnostics.error(path, source.pointAt(`/${name}`), `"${name}" must be an object of strings, as the form saved it`, 'import-damaged');
    for (const [key] of wrong) {
      const at = pointer(name, key);
      diagnostics.error(path, source.pointAt(at), `${at}: must be a string, as the form saved it (write it in quotes)`, 'import-damaged');
    }
  }
  // JSON keeps the last of two equal keys: an answer edited by hand would be lost in silence.
  for (const duplicate of findDuplicateKeys(text)) {
    diagnostics.error(path, duplicate.point, `${duplicate.pointer}: duplicate key: it is already at line ${duplicate.first.line}, and JSON keeps only the last; remove one`, 'duplicate-key');
    ok = false;
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
