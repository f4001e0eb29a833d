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

/** The text in reading order (`pdftotext -raw`): a cell's lines follow each other; text off the page is not read. */
export function pdfRawText(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (path) => (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'])).stdout);
}

/** Every word with its page (from 1) and box in points, top-left origin (`pdftotext -bbox`), in reading order. */
export function pdfWords(pdf: Uint8Array): Promise<Array<{ page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }>> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const words: Array<{ page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }> = [];
    let page = 0;
    for (const match of stdout.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (match[0] === '<page ') page++;
      else {
        const text = match[5]!.replace(/&(\w+);/g, (whole, name: string) => entities[name] ?? whole);
        words.push({ page, text, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
      }
    }
    return words;
  });
}

/** The names of the fonts the PDF embeds (`pdffonts`), subset prefixes dropped. */
export function pdfFonts(pdf: Uint8Array): Promise<string[]> {
  return withPdfFile(pdf, async (path) =>
    (await run('pdffonts', [path])).stdout
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
      .filter((name) => name !== ''),
  );
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

/**
 * Named destination → page, as poppler reads them (`pdfinfo -dests`); the names are the URL
 * fragments of the links, percent-decoded.
 */
export function pdfDestinations(pdf: Uint8Array): Promise<Map<string, number>> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-dests', '-enc', 'UTF-8', path]);
    const pages = new Map<string, number>();
    for (const match of stdout.matchAll(/^\s*(\d+) \[[^\]]*\] "(.*)"$/gm)) {
      let name = match[2]!;
      try {
        name = decodeURIComponent(name);
      } catch {
        // not percent-encoded
      }
      pages.set(name, Number(match[1]));
    }
    return pages;
  });
}

/** The structure tree as `pdfinfo -struct` prints it (empty for an untagged PDF). */
export function pdfStructure(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (path) => (await run('pdfinfo', ['-struct', '-enc', 'UTF-8', path], { maxBuffer: 64 * 1024 * 1024 })).stdout);
}

/**
 * The types of each list item's kids, in a structure as `pdfinfo -struct` prints it (two spaces
 * an indentation level; attribute lines such as `/ListNumbering /Disc` are no kids).
 */
export function listItemKids(structure: string): string[][] {
  const lines = structure.split('\n');
  const indent = (line: string) => line.length - line.trimStart().length;
  const items: string[][] = [];
  lines.forEach((line, index) => {
    if (!/^\s*LI\b/.test(line)) return;
    const kids: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.trim() === '' || indent(next) <= indent(line)) break;
      if (indent(next) === indent(line) + 2 && !next.trimStart().startsWith('/')) kids.push(next.trim().split(/[\s:]/)[0]!);
    }
    items.push(kids);
  });
  return items;
}

/** The structure tree with the text of each element (`pdfinfo -struct-text`): what a screen reader reads. */
export function pdfStructureText(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (path) => (await run('pdfinfo', ['-struct-text', '-enc', 'UTF-8', path], { maxBuffer: 64 * 1024 * 1024 })).stdout);
}

/** Every link's target as poppler reads it (`pdftohtml -xml`): `#page` inside the file, or a URL. */
export function pdfLinks(pdf: Uint8Array): Promise<string[]> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { maxBuffer: 64 * 1024 * 1024 });
    return [...stdout.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!.replace(/^doc\.html(?=#)/, ''));
  });
}

/** What `pdfinfo` and `pdftotext` print on stderr reading the file (poppler's syntax errors); empty when it reads cleanly. */
export function popplerComplaints(pdf: Uint8Array): Promise<string> {
  return withPdfFile(pdf, async (path) => {
    const info = await run('pdfinfo', ['-struct', path], { maxBuffer: 64 * 1024 * 1024 });
    const text = await run('pdftotext', [path, '-']);
    return info.stderr + text.stderr;
  });
}
