// Which way a PDF is finished: Chromium's own layout is rewritten in place (pdf-rewrite.ts) and
// read back cleanly by pdf-lib and poppler; a file laid out otherwise falls back to pdf-lib and
// is finished all the same.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { finishChromiumPdf, finishPdf } from '../../src/render/pdf/finish-pdf.js';
import { UnexpectedPdf } from '../../src/render/pdf/pdf-syntax.js';
import { preparePrint, printOptions } from '../../src/render/pdf/render-pdf.js';
import { pageContents } from './page-contents.js';
import { listItemKids, pdfInfo, pdfOutline, pdfStructure, pdfStructureText, pdfText, popplerComplaints } from './poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const meta = { title: 'Short Checklist', customer: 'Hafen GmbH', documentId: 'SC-1', version: '1.0', date: '2026-03-02' };
const info = {
  title: 'Short Checklist – Hafen GmbH',
  author: 'Supplier AG',
  subject: 'Security checklist for Hafen GmbH',
  keywords: ['security checklist', 'SC-1'],
  creator: 'checklist 9.9.9 (test)',
  margins: { top: 56.69, bottom: 56.69 },
  headings: [] as string[],
};
const html = `<!doctype html><html lang="en"><title>Short Checklist</title>
<h1>Short Checklist</h1><p>See <a href="#two">the second part</a>.</p>
<table><tr><th>Item</th><th>Done</th></tr><tr><td>Passwords changed</td><td>yes</td></tr></table>
<h2 id="two" style="break-before: page">Second part</h2><p>Text on the second page.</p></html>`;

/** The artifact tags of each page's content, as pdf-lib reads the file. */
async function artifactTags(pdf: Uint8Array): Promise<string[][]> {
  return (await pageContents(pdf, { strict: true })).map((content) => [...content.matchAll(/\/Artifact(?: <<([^>]*)>> BDC| BMC)/g)].map((match) => match[1] ?? ''));
}

describe('finishing a PDF', () => {
  let raw: Uint8Array;
  beforeAll(async () => {
    raw = await browser.withPage(async (page) => {
      await page.setContent(html);
      await preparePrint(page, meta);
      return page.pdf(printOptions());
    });
  }, 120_000);

  it('rewrites Chromium’s print in place, and pdf-lib and poppler read the result cleanly', async () => {
    const finished = finishChromiumPdf(raw, info);
    expect(Buffer.from(await finishPdf(raw, info)).equals(finished)).toBe(true); // the path finishPdf takes
    const doc = await PDFDocument.load(finished, { throwOnInvalidObject: true, updateMetadata: false });
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toBe(info.title);
    expect(doc.getKeywords()).toBe('security checklist; SC-1');
    expect(await popplerComplaints(finished)).toBe('');
    expect((await pdfInfo(finished)).get('Author')).toBe(info.author);
    expect(await pdfText(finished)).toBe(await pdfText(raw));
    expect(await pdfStructure(finished)).toBe(await pdfStructure(raw));
    expect(await pdfOutline(finished)).toEqual(await pdfOutline(raw));
    const latin1 = finished.toString('latin1');
    expect(latin1).toMatch(/\/Type \/XRef/);
    expect(latin1).not.toMatch(/^xref$/m);
    // The running header and footer: at least one Pagination artifact for each, on every page.
    for (const tags of await artifactTags(finished)) {
      expect(tags.filter((tag) => tag.includes('/Subtype /Header')).length).toBeGreaterThanOrEqual(1);
      expect(tags.filter((tag) => tag.includes('/Subtype /Footer')).length).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);

  it('falls back to pdf-lib for a file laid out otherwise (a cross-reference stream), with the same result', async () => {
    const rewritten = await (await PDFDocument.load(raw, { updateMetadata: false })).save({ useObjectStreams: true });
    expect(() => finishChromiumPdf(rewritten, info)).toThrow(UnexpectedPdf);
    const finished = await finishPdf(rewritten, info);
    const fields = await pdfInfo(finished);
    expect(fields.get('Title')).toBe(info.title);
    expect(fields.get('Creator')).toBe(info.creator);
    expect(fields.get('Keywords')).toBe('security checklist; SC-1');
    expect(await pdfText(finished)).toBe(await pdfText(raw));
    expect(await artifactTags(finished)).toEqual(await artifactTags(finishChromiumPdf(raw, info)));
  }, 60_000);

  it('titles the bookmarks with their headings and maps Strong and Em on either path alike', async () => {
    const heading = 'A heading long enough to wrap on an A4 page, which Chromium’s bookmark then reads without the space at the wrap';
    const wrapped = await browser.withPage(async (page) => {
      await page.setContent(`<!doctype html><html lang="en"><h1>Short Checklist</h1><h2>${heading}</h2><p>Some <strong>bold</strong> and <em>italic</em> text.</p></html>`);
      await preparePrint(page, meta);
      return page.pdf(printOptions());
    });
    const headings = ['Short Checklist', heading];
    expect((await pdfOutline(wrapped)).map(({ title }) => title)).not.toEqual(headings); // Chromium's own
    const fast = finishChromiumPdf(wrapped, { ...info, headings });
    const rewritten = await (await PDFDocument.load(wrapped, { updateMetadata: false })).save({ useObjectStreams: true });
    const fallback = await finishPdf(rewritten, { ...info, headings });
    for (const finished of [fast, fallback]) {
      expect((await pdfOutline(finished)).map(({ title }) => title)).toEqual(headings);
      expect(await popplerComplaints(finished)).toBe('');
      expect(await pdfStructureText(finished)).toMatch(/Span \(inline\)\n\s+NonStruct\n\s+"bold"/);
    }
    expect(await pdfStructureText(fallback)).toBe(await pdfStructureText(fast));
  }, 60_000);

  it('puts each list item’s content in an LBody beside its Lbl, on either path alike', async () => {
    const lists = await browser.withPage(async (page) => {
      await page.setContent(`<!doctype html><html lang="en"><h1 id="top">Lists</h1>
<ul><li>Plain <strong>text</strong></li><li><p>A paragraph</p><p>and another</p></li><li>Nested<ol><li>inner</li></ol></li></ul>
<ol><li>See <a href="#top">the top</a></li></ol><ul style="list-style: none"><li><a href="#top">A contents line</a></li></ul></html>`);
      await preparePrint(page, meta);
      return page.pdf(printOptions());
    });
    // Chromium's own: the marker, then the content as it comes (or a link alone; poppler leaves
    // out the Strong, a PDF 2.0 type, until the role map).
    expect(listItemKids(await pdfStructure(lists))).toEqual([['Lbl', 'NonStruct'], ['Lbl', 'P', 'P'], ['Lbl', 'NonStruct', 'L'], ['Lbl', 'NonStruct'], ['Lbl', 'NonStruct', 'Link'], ['Link']]);
    const fast = finishChromiumPdf(lists, info);
    const fallback = await finishPdf(await (await PDFDocument.load(lists, { updateMetadata: false })).save({ useObjectStreams: true }), info);
    for (const finished of [fast, fallback]) {
      expect(listItemKids(await pdfStructure(finished))).toEqual([['Lbl', 'LBody'], ['Lbl', 'LBody'], ['Lbl', 'LBody'], ['Lbl', 'LBody'], ['Lbl', 'LBody'], ['LBody']]);
      expect(await popplerComplaints(finished)).toBe('');
      // The same text in the same order, each item's now one level deeper.
      expect(await pdfStructureText(finished)).toMatch(/LI \(block\)\n\s+Lbl \(block\)\n[\s\S]*?LBody \(block\)\n\s+P \(block\)\n\s+NonStruct\n\s+"A paragraph"/);
      expect(await pdfText(finished)).toBe(await pdfText(lists));
    }
    expect(await pdfStructureText(fallback)).toBe(await pdfStructureText(fast));
    // Each element's parent is the element that lists it: the moved ones point at their LBody.
    const doc = await PDFDocument.load(fast, { updateMetadata: false });
    const parents = doc.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('S')) !== undefined) as Array<[PDFRef, PDFDict]>;
    expect(parents.filter(([, element]) => element.get(PDFName.of('S')) === PDFName.of('LBody'))).toHaveLength(6);
    for (const [ref, element] of parents) {
      const kids = element.lookup(PDFName.of('K'));
      for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) {
        if (kid instanceof PDFRef && doc.context.lookup(kid) instanceof PDFDict && doc.context.lookup(kid, PDFDict).has(PDFName.of('S'))) expect(doc.context.lookup(kid, PDFDict).get(PDFName.of('P'))).toBe(ref);
      }
    }
  }, 60_000);

  it('tells what it does not expect rather than guess', () => {
    const text = Buffer.from(raw).toString('latin1');
    // An object of generation 1 in the table.
    const generation = text.replace(/(\d{10}) 00000 n(?![\s\S]*\d{10} 00000 n)/, '$1 00001 n');
    expect(generation).not.toBe(text);
    expect(() => finishChromiumPdf(Buffer.from(generation, 'latin1'), info)).toThrow(UnexpectedPdf);
    // A stream whose /Length does not reach its endstream.
    const length = text.replace(/\/Length (\d+)/, (_, n: string) => `/Length ${Number(n) - 1}`);
    expect(() => finishChromiumPdf(Buffer.from(length, 'latin1'), info)).toThrow(UnexpectedPdf);
    // Encrypted.
    const encrypted = text.replace(/trailer\n<</, 'trailer\n<</Encrypt 1 0 R\n');
    expect(() => finishChromiumPdf(Buffer.from(encrypted, 'latin1'), info)).toThrow(UnexpectedPdf);
  });
});
