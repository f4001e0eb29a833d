// An item taller than a page cannot be kept on one; it starts a page and runs on, its header row
// repeated on the next. A row taller than a page (a procedure of 80 lines) was first pushed whole
// to the next page, whose break it then crossed anyway: the page before held the item's header
// and one row, and the rest of it stood empty.
import { rm, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { runCli } from '../helpers/run-cli.js';
import { pdfWords } from './poppler.js';
import { contentFolder } from '../helpers/content-folder.js';

const steps = Array.from({ length: 80 }, (_, i) => `- Step ${i + 1}: restart unit${i + 1}.service`).join('<br>');

const master = `---
title: Tall Rows
product: Probe
version: "1.0"
date: 2026-01-15
---

# Procedures

| CL-TALL1 Probe | Eighty steps |
| --- | --- |
| Measures | Follow the procedure |
| Procedure | ${steps} |
| Executed | Yes / No |

| CL-SHORT1 Probe | A short item |
| --- | --- |
| Measures | One step |
| Executed | Yes / No |
`;

let dir = '';
beforeAll(async () => {
  dir = await contentFolder('checklist-tall-rows-', { tall: master }, { acme: { checklist: 'tall' } });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a row taller than a page', () => {
  it('starts on the page of its item, which it fills, and loses nothing', async () => {
    const run = await runCli(['build', '--format', 'pdf', '--content', join(dir, 'content'), '--out', join(dir, 'dist')]);
    expect(run.code, run.stderr).toBe(0);
    const words = await pdfWords(new Uint8Array(await readFile(join(dir, 'dist/acme/tall-1.0.pdf'))));
    const pageOf = (text: string) => words.find((word) => word.text === text)!.page;
    const item = pageOf('CL-TALL1');
    // The procedure begins under the item's header, on its page.
    expect(pageOf('Procedure')).toBe(item);
    const steps = words.filter((word) => word.text === 'Step');
    expect(steps).toHaveLength(80);
    expect(steps[0]!.page).toBe(item);
    // Two pages hold it all, the second with the item's header again; the next item follows it.
    expect(steps.at(-1)!.page).toBe(item + 1);
    expect(words.filter((word) => word.text === 'CL-TALL1' && word.page === item + 1)).toHaveLength(1);
    expect(pageOf('Executed')).toBe(item + 1);
  }, 120_000);
});

// The rows taller than a page are found in the page estimate's layout where there is one; a
// document with nothing to estimate (a custom template with no contents and no signature block)
// is measured on its own.
describe('a row taller than a page in a document with no page numbers to estimate', () => {
  const browser = new BrowserManager();
  afterAll(() => browser.close());

  it('starts under the paragraph before it, on the first page', async () => {
    const lines = Array.from({ length: 90 }, (_, i) => `Line ${i + 1} of the procedure`).join('<br>');
    const html = `<!doctype html><html lang="en"><head><title>t</title><style>tr { break-inside: avoid; }</style></head><body>
<p>Opening paragraph.</p><table><thead><tr><th>Step</th></tr></thead><tbody><tr><td>${lines}</td></tr></tbody></table></body></html>`;
    const words = await pdfWords(await renderPdf(browser, html, { title: 't', customer: 'c', documentId: '', version: '', date: '' }));
    const pageOf = (text: string) => words.find((word) => word.text === text)!.page;
    expect(pageOf('Opening')).toBe(1);
    expect(words.find((word) => word.text === 'Line')!.page).toBe(1);
    expect(words.filter((word) => word.text === 'Line')).toHaveLength(90);
  }, 60_000);
});
