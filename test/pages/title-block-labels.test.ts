/**
 * The title block's labels stay on one line: beside the annex's long *Full checklist* value
 * (the title, ID, version and date of the checklist), the PDF broke "Checklist version" into
 * "Checklist" / "version" (Müller Klinikum's sample), while the DOCX kept it whole. Read back
 * from the real PDF with pdftotext -layout, for the annex and the offer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { LABELS } from '../../src/present/words.js';
import { sampleView } from '../helpers/samples.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

describe.each(['annex', 'offer'] as const)('the %s’s title block', (variant) => {
  it('prints each label on one line', async () => {
    const view = await sampleView('mueller-klinikum.json');
    const pdf = await renderPdf(browser, await renderViewHtml(view, variant, builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const text = await pdfText(pdf);
    expect(text).toMatch(/Full checklist/);
    for (const label of [LABELS.checklistVersion, LABELS.securityLevel]) expect(text.split('\n').some((line) => line.includes(label))).toBe(true);
  }, 60_000);
});
