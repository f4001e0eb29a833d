/**
 * The annex's signature block never starts a page of its own: on the page where its heading is,
 * something of the part before it is printed above it (the PBX annex at level minimum used to
 * print the block alone on its last page). Read from the real PDF, page by page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { pdfDestinations, pdfOutline, pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const cases = sampleDeployments.flatMap((file) => ['minimum', 'medium', 'maximum'].map((level) => [file, level] as const));
const lines = (page: string) => page.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** How many lines every page starts with alike: the running header, however poppler splits it. */
function headerLength(pages: string[][]): number {
  let n = 0;
  while (pages.every((page) => page[n] !== undefined && page[n] === pages[0]![n])) n++;
  return n;
}

describe('the annex signature block is kept with what precedes it (PDF)', () => {
  it.each(cases)('%s at %s', async (file, level) => {
    const view = await sampleView(file, level);
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'annex', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const signatures = (await pdfOutline(pdf)).find((heading) => heading.title === 'Signatures');
    expect(signatures).toBeDefined();
    const pages = (await pdfText(pdf)).split('\f').filter((page) => page.trim() !== '').map(lines);
    expect(pages.length).toBeGreaterThan(1);
    const header = headerLength(pages);
    expect(header).toBeGreaterThan(0);
    const page = pages[signatures!.page - 1]!;
    // Below the running header, the heading is not the first line: the part before it goes on here.
    expect(page.indexOf('Signatures'), page.slice(0, header + 2).join(' | ')).toBeGreaterThan(header);
    // The probes that found where the block landed are gone from the printed file.
    expect([...(await pdfDestinations(pdf)).keys()].filter((name) => name.startsWith('checklist-keep'))).toEqual([]);
  }, 120_000);
});
