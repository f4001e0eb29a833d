import type { Page, PDFOptions } from 'puppeteer-core';
import type { BrowserManager } from '../../browser/browser-manager.js';
import { marginBoxes, type PdfMeta } from './header-footer.js';
import { toolSignature } from '../../tool.js';
import { finishPdfOffThread } from './finish-off-thread.js';
import { keepSignaturesCheck } from './keep-signatures.js';
import { printedArea } from './page-estimate.js';
import { printWithPageNumbers, type Print } from './page-numbers.js';

export type { PdfMeta } from './header-footer.js';
export { escapeHtml } from './header-footer.js';

/** Optional knobs of `renderPdf`. */
export interface RenderPdfOptions {
  /** Milliseconds allowed for loading the HTML and for printing, each; 0: none. Default 0 (the
   * build's per-document --timeout budget, through `signal`, is what bounds a print). */
  timeoutMs?: number;
  /** Stops the print at once: the page is closed, so Chromium stops laying it out. */
  signal?: AbortSignal;
}

/** Page margins: room for the running header and footer above and below the body. */
export const PDF_MARGINS = { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } as const;

/** What of an A4 page the body is printed on: the paper less the margins. */
export const PAGE_AREA = printedArea(
  { width: 210, height: 297 },
  { top: parseFloat(PDF_MARGINS.top), right: parseFloat(PDF_MARGINS.right), bottom: parseFloat(PDF_MARGINS.bottom), left: parseFloat(PDF_MARGINS.left) },
);

// Chromium lets a document's `@page { margin }` beat the margins given to page.pdf(), and the
// header and footer are then drawn over the body. This rule, appended last and !important,
// wins over any @page rule of the HTML (also `:first` and named pages); its margin boxes are
// the running header and footer (header-footer.ts).
const pageCss = (meta: PdfMeta) =>
  `@page { margin: ${PDF_MARGINS.top} ${PDF_MARGINS.right} ${PDF_MARGINS.bottom} ${PDF_MARGINS.left} !important;\n${marginBoxes(meta)}\n}`;

// A draft only finds the pages the anchors land on. Hidden content keeps its layout (and
// Chromium still writes the named destinations) but paints nothing: no glyphs, no fonts.
const DRAFT_CSS = '* { visibility: hidden !important; }';

/**
 * Prints self-contained checklist HTML to an A4 PDF in a page of the shared browser: running
 * header (title, customer) and footer (document ID, version, date, `Page X of Y`) marked as
 * artifacts, bookmarks from the headings, a tagged structure, and the document information
 * (Title, Author, Subject, Creator: finish-pdf.ts), written with object streams; the page
 * numbers of the contents and cross-references are those the anchors land on
 * (`printWithPageNumbers`). Returns the bytes; writing them (atomically) is the caller's job.
 *
 * The HTML is loaded with `setContent` into a page whose JavaScript is off and whose every
 * network request is blocked (see `hardenPage`), so it must inline what it needs.
 * Margins come from here and override the HTML's `@page` margins, so header and footer fit.
 */
export async function renderPdf(
  browser: BrowserManager,
  html: string,
  meta: PdfMeta,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const timeout = options.timeoutMs ?? 0;
  const { signal } = options;
  signal?.throwIfAborted();
  return browser.withPage(async (page) => {
    // A closed page rejects what is pending on it; withPage then discards it.
    const stop = () => void page.close().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      signal?.throwIfAborted();
      return await printPage(page, html, meta, timeout);
    } catch (error) {
      throw signal?.aborted ? signal.reason : error;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  });
}

// Chromium lays a document out on its own as it finishes loading and after each print, in the
// window's media and size. A print never uses those layouts: it lays the document out in print
// media at the paper's size. So in the window's media (screen) the body's content is skipped
// (`content-visibility: hidden` keeps what Chromium built of it, and its shaped text, for the
// print), and what reads the page as it will print (the page estimate, the signature block's
// check) switches to print media first (`emulateMediaType('print')`); the print switches back
// (`print` below), since printing puts the page in print media by itself. A document that
// declares fonts of its own is shown in every media (`preparePrint`): a font is only fetched
// for text that is laid out, and the print waits for those fetched. Measured: the renderer's
// CPU for ten PDFs 2.97 -> 2.56 s, the same PDFs (text, structure, pages as images).
const SCREEN_SKIP_ID = 'checklist-screen-skip';

/** `html` with its body's content skipped in the window's media (unchanged where it has no `</head>`). */
export function skippedOnScreen(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  if (end < 0) return html;
  return `${html.slice(0, end)}<style id="${SCREEN_SKIP_ID}">@media screen { body { content-visibility: hidden !important; } }</style>${html.slice(end)}`;
}

/** What the print needs to know of a prepared page. */
export interface PreparedPrint {
  /** Whether the document declares fonts of its own (`@font-face`), which the print waits for. */
  webFonts: boolean;
  /** The text of each heading (h1–h6) in document order, white space collapsed: what its bookmark says. */
  headings: string[];
}

/**
 * Makes a loaded page ready to print as `meta` says: its title (the PDF's Title), the margins
 * and the running header and footer (`pageCss`); returns what the print and its finishing need.
 */
export async function preparePrint(page: Page, meta: PdfMeta): Promise<PreparedPrint> {
  // Chromium writes the document's <title> into the PDF's Title; make it the meta title even
  // if the HTML has none or another. Evaluation through DevTools works with page JS off.
  return page.evaluate(
    (title: string, css: string, skipId: string) => {
      document.title = title;
      const style = document.createElement('style');
      style.textContent = css;
      (document.head ?? document.documentElement).append(style);
      // Reading the declared faces needs the style sheets, not a layout.
      const declared = document.fonts.size > 0;
      if (declared) document.getElementById(skipId)?.remove();
      const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
      return { webFonts: declared, headings };
    },
    meta.documentTitle ?? meta.title,
    pageCss(meta),
    SCREEN_SKIP_ID,
  );
}

async function printPage(page: Page, html: string, meta: PdfMeta, timeout: number): Promise<Uint8Array> {
  await page.setContent(skippedOnScreen(html), { waitUntil: 'load', timeout });
  const title = meta.documentTitle ?? meta.title;
  const { webFonts, headings } = await preparePrint(page, meta);
  const print: Print = async (draft) => {
    if (draft) await toggleDraftStyle(page, true);
    try {
      // Out of print media, so that the layouts before and after the print skip the body.
      await page.emulateMediaType();
      return await page.pdf({ ...printOptions(draft, webFonts), timeout });
    } finally {
      if (draft) await toggleDraftStyle(page, false);
    }
  };
  const printed = await printWithPageNumbers(page, print, PAGE_AREA, keepSignaturesCheck());
  return finishPdfOffThread(printed, {
    title,
    author: meta.author ?? '',
    subject: meta.subject ?? title,
    keywords: meta.keywords ?? [],
    creator: toolSignature(),
    margins: { top: millimetres(PDF_MARGINS.top), bottom: millimetres(PDF_MARGINS.bottom) },
    headings,
  });
}

/**
 * What Chromium is asked to print: A4 in the margins above, backgrounds, and but for a draft
 * (which leaves out what moves no text) bookmarks and tags. The running header and footer are
 * the page's own (`preparePrint`). Puppeteer waits for the document's fonts before it prints,
 * which lays the document out once more (at the window's size: the print lays it out anew);
 * a document that declares no fonts of its own has none to wait for.
 */
export function printOptions(draft = false, webFonts = true): PDFOptions {
  return {
    waitForFonts: webFonts,
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: false,
    margin: PDF_MARGINS,
    outline: !draft,
    tagged: !draft,
  };
}

/** Points of a `20mm` length. */
const millimetres = (length: string) => (parseFloat(length) * 72) / 25.4;

async function toggleDraftStyle(page: Page, on: boolean): Promise<void> {
  await page.evaluate(
    (on: boolean, css: string) => {
      const id = 'checklist-draft-print';
      if (!on) return void document.getElementById(id)?.remove();
      const style = document.createElement('style');
      style.id = id;
      style.textContent = css;
      (document.head ?? document.documentElement).append(style);
    },
    on,
    DRAFT_CSS,
  );
}
