// renderPdf with real Chromium, read back with poppler: what a reader of the PDF sees
// (text, header, footer, Title, bookmarks), and that hostile HTML neither runs nor calls out.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager, type PageRequestEvent } from '../../src/browser/browser-manager.js';
import { renderPdf, type PdfMeta } from '../../src/render/pdf/render-pdf.js';
import { pdfFonts, pdfInfo, pdfOutline, pdfText } from './poppler.js';

const meta: PdfMeta = {
  title: 'Example Server <V5R0> Security Checklist',
  // HTML and CSS both: the header is a CSS string in an @page rule.
  customer: 'Müller & Söhne <b>GmbH</b> "Nord" \\ }; @top-left { content: "x" }',
  documentId: 'EX-SEC-0042',
  version: '2.1',
  date: '2026-03-02',
};

// The @page margin is deliberately too small: renderPdf must override it to fit header and footer.
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}` +
  `<style>body { font-family: sans-serif; } @page { margin: 4mm; }</style></head><body>${body}</body></html>`;

describe('renderPdf', () => {
  const requests: PageRequestEvent[] = [];
  const browser = new BrowserManager({ onRequest: (event) => requests.push(event) });
  afterAll(() => browser.close());

  it('prints A4 with header, footer, Page X of Y, the meta title and bookmarks', async () => {
    const html = page(
      'A different HTML title',
      '<h1>Introduction</h1><p>This checklist hardens the example server.</p>' +
        '<h2 style="break-before: page">Scope</h2><p>Covers the main and standby servers.</p>',
    );
    const pdf = await renderPdf(browser, html, meta);
    expect(pdf).toBeInstanceOf(Uint8Array);

    const info = await pdfInfo(pdf);
    expect(info.get('Title')).toBe(meta.title);
    expect(info.get('Page size')).toMatch(/\(A4\)/);
    expect(info.get('Pages')).toBe('2');
    expect(info.get('Tagged')).toBe('yes');

    const pages = (await pdfText(pdf)).split('\f');
    const [first = '', second = ''] = pages;
    const firstLines = first.split('\n').filter((line) => line.trim() !== '');
    // header above the body, footer below it; meta values escaped, so they print literally
    expect(firstLines[0]).toMatch(/^\s*Example Server <V5R0> Security Checklist\s+Müller & Söhne <b>GmbH<\/b> "Nord" \\ }; @top-left { content: "x" }\s*$/);
    expect(first).toContain('This checklist hardens the example server.');
    expect(firstLines.at(-1)).toMatch(/^\s*EX-SEC-0042 · Version 2\.1 · 2026-03-02\s+Page 1 of 2\s*$/);
    expect(second).toContain('Covers the main and standby servers.');
    expect(second).toContain('Page 2 of 2');

    expect(await pdfOutline(pdf)).toEqual([
      { depth: 1, title: 'Introduction', page: 1 },
      { depth: 2, title: 'Scope', page: 2 },
    ]);
  });

  // The body is skipped in the window's media, where fonts are fetched for nothing (render-pdf.ts):
  // a document's own font must still be in the PDF, also where nothing is numbered (one print).
  it("prints a document's own font (@font-face), fetched before the print", async () => {
    const face = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf').toString('base64');
    const html = page(
      'Own font',
      '<p style="font-family: ChecklistOwnFace">Printed in the document\'s own font.</p>',
      `<style>@font-face { font-family: ChecklistOwnFace; src: url(data:font/ttf;base64,${face}); }</style>`,
    );
    const pdf = await renderPdf(browser, html, meta);
    expect(await pdfFonts(pdf)).toContain('DejaVuSansMono');
    expect(await pdfText(pdf)).toContain("Printed in the document's own font.");
  });

  describe('with hostile HTML', () => {
    let server: Server;
    let hits = 0;
    let origin = '';
    beforeAll(async () => {
      server = createServer((_request, response) => {
        hits++;
        response.end('reached');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('runs no script and lets no request out', async () => {
      requests.length = 0;
      const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
      const html = page(
        'Hostile',
        `<link rel="stylesheet" href="${origin}/style.css">` +
          `<p>Still here.</p><img src="http://example.com/x.png"><img src="${origin}/x.png">` +
          `<img src="${pixel}"><iframe src="${origin}/frame"></iframe>` +
          `<script src="${origin}/x.js"></script>` +
          `<script>document.body.innerHTML = 'pwned'</script>`,
        `<meta http-equiv="refresh" content="0; url=${origin}/away">`,
      );
      const text = await pdfText(await renderPdf(browser, html, meta));
      expect(text).toContain('Still here.');
      expect(text).not.toContain('pwned');
      expect(hits).toBe(0);

      const blocked = requests.filter((request) => request.blocked).map((request) => request.url);
      expect(blocked).toEqual(
        expect.arrayContaining([
          'http://example.com/x.png',
          `${origin}/x.png`,
          `${origin}/style.css`,
          `${origin}/frame`,
          `${origin}/away`,
        ]),
      );
      // only data: URLs (ours, and Chromium's own broken-image icons) were let through
      const allowed = requests.filter((request) => !request.blocked).map((request) => request.url);
      expect(allowed).toContain(pixel);
      expect(allowed.every((url) => url.startsWith('data:'))).toBe(true);
    });

    it('prints escaped markup literally', async () => {
      const html = page('Escaped', '<p>Example: &lt;script&gt;alert(1)&lt;/script&gt;</p>');
      const text = await pdfText(await renderPdf(browser, html, meta));
      expect(text).toContain('Example: <script>alert(1)</script>');
    });
  });
});
