/**
 * The page-sized-columns estimate (page-estimate.ts) against real prints: on every sample it
 * names the page Chromium prints each element on, so the PDF is printed once; where a
 * stylesheet prints otherwise, the numbers still come out right, from a print more.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { draftPages } from '../../src/render/pdf/draft-pages.js';
import { estimatePages } from '../../src/render/pdf/page-estimate.js';
import { printWithPageNumbers, type Print } from '../../src/render/pdf/page-numbers.js';
import { PAGE_AREA as AREA, PDF_MARGINS } from '../../src/render/pdf/render-pdf.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { pdfText } from './poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());


/** Prints as the renderer does (same paper and margins), counting the prints. */
function countingPrint(page: Page): { print: Print; count: () => number } {
  let prints = 0;
  return {
    print: async () => {
      prints++;
      return page.pdf({ format: 'A4', printBackground: true, margin: PDF_MARGINS });
    },
    count: () => prints,
  };
}

/** Ids of every element that has one, and of every row, paragraph, list item and heading (given one). */
const idsOf = (page: Page) =>
  page.evaluate(() => {
    const lines = document.body.querySelectorAll('[id], tr, p, li, h1, h2, h3, h4, h5, h6, table');
    return [...lines].map((element, index) => (element.id ||= `line-${index}`));
  });

describe('the page estimate', () => {
  const cases = sampleDeployments.flatMap((file) => (['full', 'annex'] as const).map((variant): [string, 'full' | 'annex'] => [file, variant]));
  it.each(cases)('%s (%s): every heading, row, paragraph and anchor is estimated on the page a print puts it on', async (file, variant) => {
    const html = await renderViewHtml(await sampleView(file), variant, builtInTemplatesDir);
    await browser.withPage(async (page) => {
      await page.setContent(html);
      const ids = await idsOf(page);
      const estimated = await estimatePages(page, ids, AREA);
      const printed = await draftPages(page, countingPrint(page).print, ids);
      expect(printed.size).toBeGreaterThan(50);
      expect(Object.fromEntries(estimated)).toEqual(Object.fromEntries(printed));
      // The page is as it was: no estimate style or marks left behind.
      expect(await page.evaluate(() => document.querySelectorAll('#checklist-page-estimate, [data-checklist-estimate-break]').length)).toBe(0);
    });
  }, 120_000);

  it('the area is the height Chromium fills a page to, to a 64th of a pixel', async () => {
    // A stack of 1/64 px boxes around the expected height: the first on page 2 starts the page.
    const step = 1 / 64;
    const from = AREA.height - 2;
    const boxes = Array.from({ length: 4 * 64 }, (_, index) => `<div id="h${index}" style="height:${step}px"></div>`).join('');
    const html = `<!doctype html><html><head><style>@page { margin: ${PDF_MARGINS.top} ${PDF_MARGINS.right} ${PDF_MARGINS.bottom} ${PDF_MARGINS.left} } body { margin: 0 }</style></head><body><div style="height:${from}px"></div>${boxes}</body></html>`;
    await browser.withPage(async (page) => {
      await page.setContent(html);
      const ids = Array.from({ length: 4 * 64 }, (_, index) => `h${index}`);
      const printed = await draftPages(page, countingPrint(page).print, ids);
      const first = ids.findIndex((id) => printed.get(id) === 2);
      expect(from + first * step).toBe(AREA.height);
    });
  });

  it('a sample full checklist is printed once', async () => {
    const html = await renderViewHtml(await sampleView(sampleDeployments[0]!), 'full', builtInTemplatesDir);
    await browser.withPage(async (page) => {
      await page.setContent(html);
      const { print, count } = countingPrint(page);
      await printWithPageNumbers(page, print, AREA);
      expect(count()).toBe(1);
    });
  }, 120_000);

  it('a stylesheet that prints otherwise costs a print more, not a wrong number', async () => {
    // In print the viewport is the page's width (658 px), so the tall spacer is only there.
    const html =
      '<!doctype html><html><head><style>@media (max-width: 700px) { .spacer { height: 2400px; } }</style></head><body>' +
      '<p>Contents: <a href="#far">Far</a> on page <span data-page-of="far"></span>.</p>' +
      '<div class="spacer"></div><h1 id="far">Far</h1></body></html>';
    await browser.withPage(async (page) => {
      await page.setContent(html);
      expect(Object.fromEntries(await estimatePages(page, ['far'], AREA))).toEqual({ far: 1 });
      const { print, count } = countingPrint(page);
      const pdf = await printWithPageNumbers(page, print, AREA);
      expect(count()).toBe(2);
      const pages = (await pdfText(pdf)).split('\f');
      expect(pages[0]).toContain('on page 3.');
      expect(pages[2]).toContain('Far');
    });
  }, 120_000);
});
