/**
 * A chapter's notes that run past the foot of a page, read back from the real PDF (Chromium):
 * a note of two or three lines was cut between its lines, its first line alone under "Notes"
 * at the foot of one page and the rest at the top of the next. Each note now stays whole.
 */
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { pdfWords } from './poppler.js';

/** Chapters whose text ends at every height near a page's foot, each closed by its own notes. */
const CHAPTERS = 24;
const NOTES = 2;
/** Note n of chapter c: its own word (`cCnN`) repeated, so every word of it is known; two lines. */
const word = (c: number, n: number) => `c${c}n${n}`;
const note = (c: number, n: number) => Array.from({ length: 30 }, () => word(c, n)).join(' ');

const chapter = (c: number) => `# Chapter ${c}

${Array.from({ length: 28 + c }, (_, line) => `Line ${line} of chapter ${c}.`).join('\n\n')}

${Array.from({ length: NOTES }, (_, n) => `Remark ${n}.[^${n}]`).join(' ')}

${Array.from({ length: NOTES }, (_, n) => `[^${n}]: ${note(c, n)}`).join('\n\n')}
`;

const master = (c: number) => `${c === 0 ? `---
title: Note Pages Checklist
product: Note Server 1.0
version: "1.0"
date: 2025-03-14
---

| CL-NOTE1 Note Server | Remarks read |
| --- | --- |
| Executed | Yes / No |

` : ''}${chapter(c)}`;

let words: Awaited<ReturnType<typeof pdfWords>> = [];

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'checklist-note-pages-'));
  await mkdir(join(folder, 'content/checklists'), { recursive: true });
  await mkdir(join(folder, 'content/checklists/notes'));
  for (let c = 0; c < CHAPTERS; c++) await writeFile(join(folder, `content/checklists/notes/${String(c).padStart(2, '0')}.md`), master(c));
  const built = await runCli(['build', '--blank', 'notes', '--content', join(folder, 'content'), '--out', join(folder, 'out'), '--format', 'pdf']);
  expect(built.stderr).toBe('');
  words = await pdfWords(await readFile(join(folder, 'out/blank/notes-1.0.pdf')));
}, 120_000);

describe("a chapter's notes across a page break", () => {
  it('keeps every note on one page', () => {
    const notes = Array.from({ length: CHAPTERS }, (_, c) => Array.from({ length: NOTES }, (_, n) => word(c, n))).flat();
    const pages = notes.map((text) => new Set(words.filter((found) => found.text === text).map((found) => found.page)));
    expect(pages.every((set) => set.size > 0)).toBe(true);
    const split = notes.filter((_, index) => pages[index]!.size > 1);
    expect(split).toEqual([]);
  });
});
