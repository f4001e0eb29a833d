/**
 * The text of a document in each format, cut into sections at its headings, so that a test can
 * compare the formats section by section: HTML from its DOM, PDF from poppler's text, DOCX from
 * its XML. Each section is its heading and the multiset of its words.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import JSZip from 'jszip';

export interface Section {
  heading: string;
  words: string[];
}

/** Words as a reader compares them: lines to fill in, boxes and stray punctuation left out. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/_{3,}/g, ' ')
    .replace(/[☐☒]/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[([„"“]+|[)\]."”:,;]+$/g, ''))
    .filter((word) => word !== '' && !/^[–·-]$/.test(word));
}

const BLOCKS = new Set(['td', 'th', 'tr', 'p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'header']);

/**
 * HTML: a section per h1–h6, in document order; the head left out, and the footnotes (Word keeps
 * them apart) unless asked for as `printed`: as the PDF prints the page, with each footnote's
 * mark, each note after its number, and each item of a numbered list after its number.
 */
export function htmlSections(html: string, options: { printed?: boolean } = {}): Section[] {
  const sections: Section[] = [{ heading: '', words: [] }];
  let buffer = '';
  const flush = () => {
    sections.at(-1)!.words.push(...wordsOf(buffer));
    buffer = '';
  };
  const textOf = (node: RootContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join(BLOCKS.has(node.tagName) ? ' ' : '') : '';
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') buffer += child.value;
      if (child.type !== 'element') continue;
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (child.tagName === 'head' || child.tagName === 'style') continue;
      if (!options.printed && (classes.includes('footnotes') || classes.includes('footnote-ref'))) continue;
      // A numbered list's markers (the notes' numbers too) are text in the PDF.
      if (options.printed && child.tagName === 'ol') {
        const start = Number(child.properties.start ?? 1);
        child.children.filter((li) => li.type === 'element' && li.tagName === 'li').forEach((li, k) => {
          const value = (li as Element).properties.value;
          (li as Element).children.unshift({ type: 'text', value: ` ${value ?? start + k} ` });
        });
      }
      if (/^h[1-6]$/.test(child.tagName)) {
        flush();
        sections.push({ heading: textOf(child).replace(/\s+/g, ' ').trim(), words: [] });
        continue;
      }
      // A code block's line is a block of its own (a span the stylesheet displays as a block).
      const block = BLOCKS.has(child.tagName) || classes.includes('code-line');
      if (block) buffer += ' ';
      walk(child);
      if (block) buffer += ' ';
    }
  };
  walk(fromHtml(html));
  flush();
  return sections;
}

const decode = (xml: string) =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The words of a DOCX's footnotes (word/footnotes.xml), each after its number. */
export async function docxFootnoteWords(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/footnotes.xml')?.async('string')) ?? '';
  // The separators Word draws above the notes are notes too, of a type of their own.
  return [...xml.matchAll(/<w:footnote (?![^>]*w:type=)[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)].flatMap(([, id, note]) => [
    id!,
    ...wordsOf(decode([...note!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))),
  ]);
}

/** The words of an HTML document's footnotes, each after its number. */
export function htmlFootnoteWords(html: string): string[] {
  return selectAll('section.footnotes li', fromHtml(html)).flatMap((li) => [String(li.properties.id).slice('fn-'.length), ...wordsOf(toString(li))]);
}

/** DOCX: a section per paragraph in a Title, Heading n or TOC Heading style. */
export async function docxSections(bytes: Uint8Array): Promise<Section[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'))
    .replace(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g, '')
    // A footnote's number, as a mark or (referred to again) as text, is left out as in the HTML.
    .replace(/<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr>[\s\S]*?<\/w:r>/g, '');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const sections: Section[] = [{ heading: '', words: [] }];
  for (const match of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const paragraph = match[0];
    const text = decode(
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)].map((m) => (m[1] !== undefined ? m[1] : ' ')).join(''),
    );
    const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '';
    if (/^(Title|Heading\d|TOCHeading)$/.test(style)) sections.push({ heading: text.replace(/\s+/g, ' ').trim(), words: [] });
    else sections.at(-1)!.words.push(...wordsOf(text));
  }
  return sections;
}

/**
 * PDF: poppler's text as laid out (`pdftotext -layout`: a heading's number and title on one
 * line), each page's running header and footer taken out, cut where a line starts with the next
 * heading expected (the headings of another format, in order).
 */
export function pdfSections(text: string, headings: string[], running: { header: string; footer: string }, repeatedHeads: string[][] = []): Section[] {
  const isFooter = (line: string) => line === running.footer || new RegExp(`^${escape(running.footer)} ?Page \\d+ of \\d+$`).test(line);
  // Poppler marks right-to-left runs with embedding characters the document does not hold.
  const lines = text.replace(/[\u202A-\u202E]/g, '').split('\f').flatMap((page) => {
    const onPage = page
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    // The running header opens each page and the footer closes it; the same words elsewhere stay.
    if (onPage[0] === running.header) onPage.shift();
    while (onPage.length > 0 && isFooter(onPage.at(-1)!)) onPage.pop();
    return onPage;
  });
  dropRepeats(lines, headings, repeatedHeads);
  // Matched from the end: the contents list the same headings earlier, the real one comes last.
  const starts: { line: number; end: number }[] = [];
  let before = lines.length;
  for (let k = headings.length - 1; k >= 0; k--) {
    const heading = headings[k]!;
    let found: { line: number; end: number } | undefined;
    for (let i = before - 1; i >= 0 && found === undefined; i--) {
      let joined = lines[i]!;
      let j = i;
      // A heading may wrap: join the lines until it is complete.
      while (heading.startsWith(joined) && joined.length < heading.length && j + 1 < before) joined += ` ${lines[++j]}`;
      if (joined.startsWith(heading)) found = { line: i, end: j };
    }
    if (found === undefined) throw new Error(`Heading not found in the PDF text: ${heading}`);
    starts.unshift(found);
    before = found.line;
  }
  const sections: Section[] = [{ heading: '', words: lines.slice(0, starts[0]?.line ?? lines.length).flatMap(wordsOf) }];
  starts.forEach((start, k) => {
    const heading = headings[k]!;
    const rest = [lines.slice(start.line, start.end + 1).join(' ').slice(heading.length), ...lines.slice(start.end + 1, starts[k + 1]?.line ?? lines.length)];
    sections.push({ heading, words: rest.flatMap(wordsOf) });
  });
  return sections;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A table's head repeated on every page it runs over: each copy after the first in a section goes. */
function dropRepeats(lines: string[], headings: string[], heads: string[][]): void {
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (headings.includes(lines[i]!)) seen.clear();
    for (const head of heads) {
      if (head.length === 0 || !head.every((cell, k) => lines[i + k] === cell)) continue;
      const key = head.join('\n');
      if (seen.has(key)) lines.splice(i--, head.length);
      else seen.add(key);
      break;
    }
  }
}

/** The words one list has more of than another, for a readable failure. */
export function wordDifference(a: string[], b: string[]): { onlyFirst: string[]; onlySecond: string[] } {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of b) count.set(w, (count.get(w) ?? 0) - 1);
  const onlyFirst: string[] = [];
  const onlySecond: string[] = [];
  for (const [w, n] of count) for (let k = 0; k < Math.abs(n); k++) (n > 0 ? onlyFirst : onlySecond).push(w);
  return { onlyFirst: onlyFirst.sort(), onlySecond: onlySecond.sort() };
}
