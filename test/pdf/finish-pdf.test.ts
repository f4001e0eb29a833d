// The finished PDF against Chromium's own print of the same page, both read back with poppler:
// the rewrite loses nothing (structure tree, bookmarks, destinations, links, text), is smaller,
// carries the document information, and marks all that is not tagged as an artifact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, formats, renderViewHtml } from '../../src/render/formats.js';
import { finishPdf } from '../../src/render/pdf/finish-pdf.js';
import { preparePrint, printOptions } from '../../src/render/pdf/render-pdf.js';
import { DEFAULT_THEME } from '../../src/present/theme.js';
import { toolVersion } from '../../src/tool.js';
import { sampleView } from '../helpers/samples.js';
import { pageContents } from './page-contents.js';
import { pdfDestinations, pdfInfo, pdfLinks, pdfOutline, pdfStructure, pdfStructureText, pdfText } from './poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const meta = { title: 'Example Checklist', customer: 'Müller Klinikum GmbH', documentId: 'EX-1', version: '2.1', date: '2026-03-02' };
const info = {
  title: 'Example Checklist – Müller Klinikum GmbH',
  author: 'Rheinland Kommunikationstechnik GmbH',
  subject: 'Security checklist for Müller Klinikum GmbH, level medium',
  keywords: ['security checklist', 'EX-1'],
  creator: 'checklist 9.9.9 (test)',
  margins: { top: 56.69, bottom: 56.69 },
  headings: [] as string[],
};

/** Chromium's print of a sample checklist, as the renderer's final pass makes it. */
async function chromiumPrint(): Promise<Uint8Array> {
  const view = await sampleView('mueller-klinikum.json');
  const html = await renderViewHtml(view, 'full', builtInTemplatesDir);
  return browser.withPage(async (page) => {
    await page.setContent(html);
    await preparePrint(page, meta);
    return page.pdf(printOptions());
  });
}

/** What each page paints outside marked content, and the artifacts it marks, by page. */
async function markedContent(pdf: Uint8Array) {
  return (await pageContents(pdf)).map((content) => {
    const open: string[] = [];
    const artifacts: string[] = [];
    let unmarked = 0;
    // Chromium shows glyphs as hex strings, so these words appear only as operators.
    for (const match of content.matchAll(/\/(\w+)(?:\s*<<([^>]*)>>)?\s*(BDC|BMC)\b|\bEMC\b|<[0-9A-F]*>\s*Tj\b|\b(?:f\*?|S)\n/g)) {
      if (match[3]) {
        open.push(match[1]!);
        if (match[1] === 'Artifact') artifacts.push((match[2] ?? '').trim());
      } else if (match[0] === 'EMC') open.pop();
      else if (open.length === 0) unmarked++;
    }
    return { unmarked, artifacts };
  });
}

/** A structure as `pdfinfo -struct` prints it, without the Span elements and what is in them. */
function withoutSpans(structure: string): string {
  const kept: string[] = [];
  let spanIndent = -1;
  for (const line of structure.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (spanIndent >= 0 && indent > spanIndent) continue;
    spanIndent = line.trimStart().startsWith('Span (inline)') ? indent : -1;
    if (spanIndent < 0) kept.push(line);
  }
  return kept.join('\n');
}

/** A structure as `pdfinfo -struct` prints it, each LBody replaced by its kids (list-bodies.ts adds them). */
function withoutListBodies(structure: string): string {
  const kept: string[] = [];
  const bodies: number[] = []; // the indentation of the LBody elements the line is in
  for (const line of structure.split('\n')) {
    const indent = line.length - line.trimStart().length;
    while (bodies.length > 0 && indent <= bodies.at(-1)!) bodies.pop();
    if (line.trimStart().startsWith('LBody (block)')) bodies.push(indent);
    else kept.push(line.slice(2 * bodies.length));
  }
  return kept.join('\n');
}

describe('finishPdf', () => {
  let raw: Uint8Array;
  let finished: Uint8Array;
  beforeAll(async () => {
    raw = await chromiumPrint();
    finished = await finishPdf(raw, info);
  }, 120_000);

  it('keeps the structure tree, bookmarks, destinations, links and text', async () => {
    const structure = await pdfStructure(finished);
    expect(structure).toContain('Table');
    // Bold and italic text, which poppler leaves out of Chromium's file (Strong and Em, PDF 2.0
    // types), is read as Span through the role map the finishing adds (role-map.ts).
    expect(structure).toContain('Span (inline)');
    // Each list item's content is in an LBody (list-bodies.ts).
    expect(structure).toContain('LBody (block)');
    expect(withoutListBodies(withoutSpans(structure))).toBe(await pdfStructure(raw));
    const outline = await pdfOutline(finished);
    expect(outline.length).toBeGreaterThan(20);
    expect(outline).toEqual(await pdfOutline(raw));
    expect((await pdfDestinations(finished)).size).toBeGreaterThan(50);
    expect(await pdfDestinations(finished)).toEqual(await pdfDestinations(raw));
    expect((await pdfLinks(finished)).length).toBeGreaterThan(50);
    expect(await pdfLinks(finished)).toEqual(await pdfLinks(raw));
    expect(await pdfText(finished)).toBe(await pdfText(raw));
    expect((await pdfInfo(finished)).get('Tagged')).toBe('yes');
  }, 60_000);

  it('is written with object streams, less than half the size', async () => {
    expect(Buffer.from(finished).toString('latin1')).toMatch(/\/Type\s*\/ObjStm/);
    expect((await pdfInfo(finished)).get('PDF version')).toBe('1.7');
    expect(finished.length * 2).toBeLessThan(raw.length);
  });

  it('carries the document information', async () => {
    const fields = await pdfInfo(finished);
    expect(fields.get('Title')).toBe(info.title);
    expect(fields.get('Author')).toBe(info.author);
    expect(fields.get('Subject')).toBe(info.subject);
    expect(fields.get('Keywords')).toBe('security checklist; EX-1');
    expect(fields.get('Creator')).toBe(info.creator);
  });

  it('is the same finished on a thread of its own, as the compiled CLI finishes it', async () => {
    // The CLI's own module (lib/, compiled before the tests): under the tests the sources have
    // no compiled thread module, and finish on this thread.
    const compiled = '../../lib/render/pdf/finish-off-thread.js';
    const { finishPdfOffThread, finishesOffThread } = (await import(compiled)) as typeof import('../../src/render/pdf/finish-off-thread.js');
    expect(finishesOffThread()).toBe(true);
    const [one, two] = await Promise.all([finishPdfOffThread(raw, info), finishPdfOffThread(raw, { ...info, title: 'Another title' })]);
    expect(Buffer.from(one).equals(Buffer.from(finished))).toBe(true);
    expect(Buffer.from(two).equals(Buffer.from(await finishPdf(raw, { ...info, title: 'Another title' })))).toBe(true);
    // What finishing throws comes back as thrown.
    await expect(finishPdfOffThread(new TextEncoder().encode('not a PDF'), info)).rejects.toThrow();
  });

  it('finishes on a thread for every four jobs, started only while the others are busy, each PDF as on one', async () => {
    const compiled = '../../lib/render/pdf/finish-off-thread.js';
    const { finishPdfOffThread, finishingThreads, startFinishing } = (await import(compiled)) as typeof import('../../src/render/pdf/finish-off-thread.js');
    startFinishing(8);
    const titles = ['One', 'Two', 'Three', 'Four'];
    const finishedOnThreads = await Promise.all(titles.map((title) => finishPdfOffThread(raw, { ...info, title })));
    expect(finishingThreads()).toBe(2); // eight jobs: two threads, however many PDFs were waiting
    for (const [index, title] of titles.entries()) {
      expect(Buffer.from(finishedOnThreads[index]!).equals(Buffer.from(await finishPdf(raw, { ...info, title })))).toBe(true);
    }
    // One PDF at a time: the idle thread takes it, no other starts.
    startFinishing(64);
    await finishPdfOffThread(raw, info);
    expect(finishingThreads()).toBe(2);
  });

  it('marks the running header and footer and all untagged painting as artifacts', async () => {
    const before = await markedContent(raw);
    expect(before.every((page) => page.unmarked > 0)).toBe(true); // Chromium leaves them unmarked
    const after = await markedContent(finished);
    expect(after.map((page) => page.unmarked)).toEqual(after.map(() => 0));
    for (const page of after) {
      // The header's text (title, customer) and the footer's (ID · version · date, page), in
      // Chromium's order of its margin boxes: each a run of the page's own running text.
      expect(page.artifacts.filter((a) => a === '/Type /Pagination /Subtype /Header').length).toBeGreaterThanOrEqual(1);
      expect(page.artifacts.filter((a) => a === '/Type /Pagination /Subtype /Footer').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('leaves the running header and footer out of the structure a screen reader reads', async () => {
    const structure = await pdfStructureText(finished);
    expect(structure).toContain('Müller Klinikum GmbH'); // in the body, as the customer
    expect(structure).not.toMatch(/Page \d+ of \d+/);
    expect(structure).not.toContain('EX-1 · Version 2.1');
    // …while every page shows them.
    const pages = (await pdfText(finished)).split('\f').filter((page) => page.trim() !== '');
    expect(pages.every((page, index) => page.includes(`Page ${index + 1} of ${pages.length}`) && page.includes('EX-1 · Version 2.1 · 2026-03-02'))).toBe(true);
  });
});

describe('the PDF a build writes', () => {
  it('names the checklist, the annex, the customer, the supplier and this tool', async () => {
    const view = await sampleView('pbx-hafen.json');
    const pdf = (await formats.pdf.render(view, 'annex', { templatesDir: builtInTemplatesDir, theme: DEFAULT_THEME, browser: () => browser, html: () => renderViewHtml(view, 'annex', builtInTemplatesDir) })) as Uint8Array;
    const fields = await pdfInfo(pdf);
    expect(fields.get('Title')).toBe(`${view.meta.title} – Statement of Work annex – ${view.customerName}`);
    expect(fields.get('Author')).toBe(view.overview.supplier.company);
    expect(view.overview.supplier.company).not.toBe('');
    expect(fields.get('Subject')).toBe(`Statement of Work annex for ${view.customerName}, level ${view.level.chosen}`);
    expect(fields.get('Creator')).toBe(`checklist ${toolVersion()} (security-checklist-builder)`);
  }, 120_000);
});
