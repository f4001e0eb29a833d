/**
 * Print layout rules, checked on rendered pages of the annexes at the level with the most items:
 * every item ID printed whole (never broken inside a word), the summary's total printed once (its
 * table never split), and no heading left alone at the foot of a page. The PDF is read with
 * pdftotext, the DOCX through LibreOffice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { pdfOutline, pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const level = 'maximum';
const views: Record<string, CustomerChecklist> = {};
beforeAll(async () => {
  for (const file of sampleDeployments) views[file] = await sampleView(file, level);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An ID printed whole: not run into letters or digits on either side. */
const whole = (id: string) => new RegExp(`(?<![\\w:-])${escape(id)}(?![\\w:])`);
const bodyLines = (page: string) => page.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(1, -1);

function checkIdsAndTotal(view: CustomerChecklist, text: string): void {
  const inScope = view.items.map((item) => item.id);
  expect(inScope.length).toBeGreaterThan(5);
  expect(inScope.filter((id) => !whole(id).test(text))).toEqual([]);
  for (const word of ['Installation', 'Operation', level]) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
  expect(text.match(/^\s*Total\b/gm)).toHaveLength(1);
}

describe('print layout rules on the annex PDF', () => {
  it.each(sampleDeployments)('%s: IDs whole, one total, no heading at the foot of a page', async (file) => {
    const view = views[file]!;
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'annex', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const text = await pdfText(pdf);
    checkIdsAndTotal(view, text);
    const pages = text.split('\f');
    for (const heading of await pdfOutline(pdf)) {
      expect(bodyLines(pages[heading.page - 1]!).at(-1), `${heading.title} on page ${heading.page}`).not.toBe(heading.title);
    }
  }, 120_000);
});

describe('print layout rules on a full checklist at a level that leaves sections out', () => {
  it('pbx-hafen at medium: IDs whole, no heading at the foot of a page (a section left with nothing is gone)', async () => {
    const view = await sampleView('pbx-hafen.json', 'medium');
    expect(view.level.leftOutSections?.length).toBeGreaterThan(0);
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const text = await pdfText(pdf);
    expect(view.items.map((item) => item.id).filter((id) => !whole(id).test(text))).toEqual([]);
    const pages = text.split('\f');
    const outline = await pdfOutline(pdf);
    expect(outline.length).toBeGreaterThan(10);
    for (const heading of outline) {
      expect(bodyLines(pages[heading.page - 1]!).at(-1), `${heading.title} on page ${heading.page}`).not.toBe(heading.title);
    }
  }, 120_000);
});

describe.skipIf(!hasLibreOffice && !process.env.CI)('print layout rules on the annex DOCX, through LibreOffice', () => {
  let texts: Record<string, string> = {};
  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    for (const file of sampleDeployments) files[file] = await renderDocx(views[file]!, { variant: 'annex' });
    texts = await libreOfficeText(files);
  }, 300_000);

  it.each(sampleDeployments)('%s: IDs whole, one total', (file) => checkIdsAndTotal(views[file]!, texts[file]!));
});
