/**
 * The PDF's contents carry the page each heading is printed on: every sample deployment printed
 * by real Chromium, read back per page with pdftotext.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { destinationPages } from '../../src/render/pdf/pdf-destinations.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { sampleDeployments as deployments, sampleView } from '../helpers/samples.js';
import { checkToc } from '../helpers/toc-pages.js';
import { pdfDestinations, pdfOutline, pdfText } from '../pdf/poppler.js';

async function samplePdf(file: string, level?: string) {
  const view = await sampleView(file, level);
  const html = await renderViewHtml(view, 'full', builtInTemplatesDir);
  return renderPdf(browser, html, { title: view.meta.title, customer: view.customerName, documentId: '', version: '', date: '' });
}

const browser = new BrowserManager();
afterAll(() => browser.close());

describe('page numbers in the PDF', () => {
  const cases: [string, string | undefined][] = [...deployments.map((file): [string, undefined] => [file, undefined]), ['mueller-klinikum.json', 'maximum']];
  it.each(cases)(
    '%s at level %s: every contents entry names the page its heading is printed on',
    async (file, level) => {
      const pdf = await samplePdf(file, level);
      const { entries, wrong } = checkToc(await pdfText(pdf));
      expect(entries.length).toBeGreaterThan(10);
      expect(wrong).toEqual([]);
      // Every number is a page of the document, and the headings that follow land later.
      const pages = await pdfDestinations(pdf);
      expect(Math.max(...entries.map((entry) => entry.page))).toBeLessThanOrEqual(Math.max(...pages.values()));
      // No heading is left at the foot of its page: it is kept with what follows it.
      const printed = (await pdfText(pdf)).split('\f');
      for (const heading of await pdfOutline(pdf)) {
        const lines = printed[heading.page - 1]!.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
        expect(lines.at(-2), `${heading.title} on page ${heading.page}`).not.toMatch(new RegExp(`${heading.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
    },
    120_000,
  );

  it('the responsibility matrix and the open items name the page of each item they list', async () => {
    const pdf = await samplePdf('mueller-klinikum.json');
    const pages = await pdfDestinations(pdf);
    // As laid out: `p. N` starts the line under the ID it belongs to (an ID may wrap in its cell).
    const lines = (await pdfText(pdf)).split('\n').filter((line) => line.trim() !== '');
    const firstCell = (line: string) => line.trim().split(/\s{2,}/)[0]!;
    const refs = lines.flatMap((line, i) => {
      const match = /^p\. (\d+)$/.exec(firstCell(line));
      if (!match) return [];
      const id = [1, 2, 3].map((k) => lines.slice(i - k, i).map(firstCell).join('')).find((candidate) => pages.has(candidate));
      return [{ id, page: Number(match[1]), line }];
    });
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(ref.id, `an item ID above ${ref.line}`).toBeDefined();
      expect(ref.page, ref.id).toBe(pages.get(ref.id!));
    }
  }, 120_000);

  it('reads the page of every named destination of a Chromium print as poppler does', async () => {
    const html =
      '<!doctype html><html><body><p><a href="#a">a</a> <a href="#b">b</a> <a href="#c%C3%BC">c</a> <a href="#dä:1">d</a></p>' +
      '<h1 id="a">A</h1><h1 id="b" style="break-before: page">B</h1><h1 id="cü" style="break-before: page">C</h1>' +
      '<p id="dä:1">D</p></body></html>';
    // The draft the renderer reads: Chromium's own file, before finish-pdf rewrites it.
    const draft = await browser.withPage(async (page) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', tagged: false });
    });
    expect(Object.fromEntries(destinationPages(draft))).toEqual({ a: 1, b: 2, 'cü': 3, 'dä:1': 3 });
    expect(Object.fromEntries(await pdfDestinations(draft))).toEqual({ a: 1, b: 2, 'cü': 3, 'dä:1': 3 });
    // The finished file keeps them (packed into object streams, which poppler reads).
    const pdf = await renderPdf(browser, html, { title: 't', customer: '', documentId: '', version: '', date: '' });
    expect(Object.fromEntries(await pdfDestinations(pdf))).toEqual({ a: 1, b: 2, 'cü': 3, 'dä:1': 3 });
  });
});
