/**
 * The answer boxes of an `Executed` or component row, in either written form:
 * `Yes / No / Deactivated`, or the vendors' `Yes: ☐ No: ☐ Deactivated: ☐` (☐, ☒ or `[ ]`),
 * where a trailing `Version:` with no box is a write-in field.
 */
import type { AnswerOptions } from '../model/checklist.js';

const box = /☐|☒|\[[ xX]?\]/;
const boxes = /☐|☒|\[[ xX]?\]/g;

export function parseAnswerOptions(value: string): AnswerOptions {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return { options: [], fields: [] };
  if (box.test(text)) return parseBoxForm(text);
  const options = text
    .split(/\s+\/\s+/)
    .map((option) => option.trim())
    .filter((option) => option !== '');
  return { options, fields: [] };
}

function parseBoxForm(text: string): AnswerOptions {
  const parts = text.split(boxes);
  const tail = parts.pop() ?? '';
  const options = parts.map((part) => stripColon(part)).filter((option) => option !== '');
  const fields = [...tail.matchAll(/([^:]+):/g)]
    .map((match) => (match[1] ?? '').trim())
    .filter((field) => field !== '');
  return { options, fields };
}

function stripColon(part: string): string {
  return part.trim().replace(/:$/, '').trim();
}
