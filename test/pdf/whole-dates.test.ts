// A date in a value never wraps at its hyphens: the annex's title block printed the full
// checklist's date as "2025-" / "03-14" (a browser breaks a line after a hyphen).
import { afterAll, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { sampleView } from '../helpers/samples.js';
import { pdfText } from './poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

it('prints the annex\'s dates whole, each on one line', async () => {
  const view = await sampleView('mueller-klinikum.json');
  const html = await renderViewHtml(view, 'annex', builtInTemplatesDir);
  expect(html).toContain('version 2.1 of <span class="date">2025-03-14</span>');
  const text = await pdfText(await renderPdf(browser, html, { title: 'Annex', customer: 'Müller Klinikum GmbH', documentId: 'EX-SEC-0042', version: '2.1', date: '2026-03-02' }));
  expect(text).toContain('2025-03-14');
  expect(text).not.toMatch(/\d{4}-\s*\n\s*\d{2}-\d{2}|\d{4}-\d{2}-\s*\n\s*\d{2}/);
}, 120_000);
