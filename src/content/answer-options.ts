/**
 * The answer boxes of an `Executed` or component row, in either written form:
 * `Yes / No / Deactivated`, or the vendors' `Yes: ☐ No: ☐ Deactivated: ☐` (☐, ☒ or `[ ]`),
 * where a trailing `Version:` with no box is a write-in field, or `☐ Yes ☐ No`, each box
 * before its label.
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
  // Boxes before their labels, `☐ Yes ☐ No`: nothing before the first box.
  if ((parts[0] ?? '').trim() === '') return boxesFirst(parts.slice(1));
  const tail = parts.pop() ?? '';
  const options = parts.map(label).filter((option) => option !== '');
  // `Version: Yes: ☐ No: ☐`: a field before the boxes would become part of the first option.
  const fieldFirst = options.find((option) => option.includes(':'));
  if (fieldFirst !== undefined) return { options: [], fields: [], stray: text };
  const fields = [...tail.matchAll(/([^:]+):/g)]
    .map((match) => (match[1] ?? '').trim())
    .filter((field) => field !== '');
  // After the last box: fields (`Version:`), and text that is neither (`No` without its box).
  const stray = tail.replace(/[^:]+:/g, '').trim();
  return { options, fields, ...(stray === '' ? {} : { stray }) };
}

/** `☐ Yes ☐ No`: each box's label after it. A colon makes it ambiguous (a field?): reported. */
function boxesFirst(labels: string[]): AnswerOptions {
  const options = labels.map(label).filter((option) => option !== '');
  if (!labels.some((part) => part.includes(':'))) return { options, fields: [] };
  return { options: [], fields: [], stray: labels.join(' ').replace(/\s+/g, ' ').trim() };
}

/** An option's label: without the colon after it, or a separator before it (`, Deactivated:`). */
function label(part: string): string {
  return part.trim().replace(/:$/, '').replace(/^[,;]\s*/, '').trim();
}
