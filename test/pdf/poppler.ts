/**
 * Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdftohtml), so tests check what a
 * reader sees rather than bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Uint8Array, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-pdf-test-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, pdf);
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, laid out as printed (`pdftotext -layout`). Pages end in a form feed. */
export function pdfText(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);
}

/** `pdfinfo` fields as a map (`Title`, `Pages`, `Page size`, `Tagged`, …). */
export function pdfInfo(pdf: Uint8Array): Promise<Map<string, string>> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path]);
    const fields = new Map<string, string>();
    for (const line of stdout.split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match) fields.set(match[1]!, match[2]!);
    }
    return fields;
  });
}

/** The bookmark titles with their nesting depth, as poppler reads the outline (`pdftohtml -xml`). */
export function pdfOutline(pdf: Uint8Array): Promise<Array<{ depth: number; title: string; page: number }>> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path]);
    const items: Array<{ depth: number; title: string; page: number }> = [];
    let depth = 0;
    for (const match of stdout.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (match[0] === '<outline>') depth++;
      else if (match[0] === '</outline>') depth--;
      else items.push({ depth, title: match[2]!, page: Number(match[1]) });
    }
    return items;
  });
}
