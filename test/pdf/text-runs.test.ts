/**
 * Chromium writes a line's words as one text run only where the font size is a multiple of a
 * quarter pixel; at any other size (10pt is 13.33px) it places each letter by itself, which
 * doubles a PDF's page content. The stylesheet rounds every size (templates/style.css): every
 * text of the sample, headings, tables, boxes, header and footer included, is printed in runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { sampleView } from '../helpers/samples.js';
import { pageContents } from './page-contents.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

/** The glyphs a content stream shows (2 hex digits of a glyph ID each) and the text operators showing them. */
function glyphsAndRuns(content: string): { glyphs: number; runs: number } {
  const shown = [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)];
  return { glyphs: shown.reduce((sum, [, hex]) => sum + hex!.length / 4, 0), runs: shown.length };
}

describe('text runs in the PDF', () => {
  it('prints the sample with several letters to a text operator on every page, not one each', async () => {
    const view = await sampleView('mueller-klinikum.json');
    const html = await renderViewHtml(view, 'full', builtInTemplatesDir);
    const pdf = await renderPdf(browser, html, { title: view.meta.title, customer: view.customerName, documentId: 'EX-1', version: '2.1', date: '2026-03-02' });
    const pages = (await pageContents(pdf)).map(glyphsAndRuns);
    expect(pages.length).toBeGreaterThan(20);
    for (const [index, { glyphs, runs }] of pages.entries()) {
      // A letter a run is what a size off the quarter pixel gives (about 1.05 glyphs a run).
      expect(glyphs / runs, `page ${index + 1}: ${glyphs} glyphs in ${runs} runs`).toBeGreaterThan(3);
    }
  }, 120_000);
});
