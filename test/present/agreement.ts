/**
 * Whether the HTML, the PDF and the DOCX of one document say the same thing: each read back
 * (HTML DOM, `pdftotext -layout`, DOCX XML), cut at its headings and compared section by section.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { docxFootnoteWords, docxSections, htmlFootnoteWords, htmlSections, pdfSections, wordDifference, type Section } from './section-texts.js';

const run = promisify(execFile);

export interface Formats {
  html: Section[];
  /** The HTML as printed: with the footnotes' marks and the notes themselves. */
  printed: Section[];
  pdf: Section[];
  docx: Section[];
  footnotes: { html: string[]; docx: string[] };
}

/** The page's running header and footer, and the heads of tables that repeat on every page they run over. */
export interface Running {
  header: string;
  footer: string;
  repeatedHeads?: string[];
}

/** The three outputs `base`.html, .pdf and .docx, read back. */
export async function readFormats(base: string, running: Running): Promise<Formats> {
  const page = await readFile(`${base}.html`, 'utf8');
  const docxBytes = await readFile(`${base}.docx`);
  const html = htmlSections(page);
  const printed = htmlSections(page, { printed: true });
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.pdf`, '-']);
  const pdf = pdfSections(stdout, html.slice(1).map((s) => s.heading), running, (running.repeatedHeads ?? []).map((h) => [h]));
  return { html, printed, pdf, docx: await docxSections(docxBytes), footnotes: { html: htmlFootnoteWords(page), docx: await docxFootnoteWords(docxBytes) } };
}

// The contents' page numbers are each format's own; their entries must agree.
const entries = (s: Section) => (s.heading === 'Contents' ? s.words.filter((w) => !/^\d+$/.test(w)) : s.words);
// The PDF's cross-references (`p. 12` under an item's ID in the matrix) are its own too.
const withoutPageRefs = (s: Section): Section => ({ ...s, words: s.words.filter((w, i, all) => !(w === 'p' && /^\d+$/.test(all[i + 1] ?? '')) && !(all[i - 1] === 'p' && /^\d+$/.test(w))) });
const letters = (words: string[]) => [...words.join('')].sort().join('');

export function expectAgreement({ html, printed, pdf, docx, footnotes }: Formats): void {
  expect(docx.map((s) => s.heading)).toEqual(html.map((s) => s.heading));
  expect(pdf.map((s) => s.heading)).toEqual(html.map((s) => s.heading));
  html.forEach((section, i) => {
    const diff = wordDifference(entries(section), entries(docx[i]!));
    expect(diff, `DOCX section "${section.heading}"`).toEqual({ onlyFirst: [], onlySecond: [] });
    // A PDF line may break a word in a narrow column: its letters are compared, not its words.
    expect(letters(entries(withoutPageRefs(pdf[i]!))), `PDF section "${section.heading}"`).toBe(letters(entries(printed[i]!)));
  });
  // Word keeps the notes at the foot of their page.
  expect(footnotes.docx).toEqual(footnotes.html);
}
