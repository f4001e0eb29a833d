/**
 * Where anchors will land in print, without printing: the page is laid out once more with the
 * body as a row of columns exactly as large as a printed page's area, and each column is a page.
 * Chromium fragments columns and pages with the same engine (forced breaks, `break-inside:
 * avoid`, orphans and widows, repeated table headers), so the columns an anchor lands in are
 * the pages it will print on; a layout costs tens of milliseconds where a print costs hundreds.
 *
 * Page breaks do not apply between columns, so for the estimate each page break the stylesheet
 * asks for is made a column break (and `avoid-page` an `avoid-column`); the page is put back as
 * it was afterwards. An estimate is only that: the caller checks it against the PDF it prints
 * (page-numbers.ts), so a stylesheet that lays out otherwise in print costs a print, not a wrong
 * number.
 */
import type { Page } from 'puppeteer-core';

/** The printed area of a page (the paper less the margins), in CSS pixels. */
export interface PageArea {
  width: number;
  height: number;
}

const PIXELS_PER_MM = 96 / 25.4;

/**
 * The area Chromium lays a page's body out in, for paper and margins in millimetres. Measured
 * on Chromium 156 (a stack of 1/64 px boxes, A4 and Letter, margins of 13 to 25 mm): the paper
 * is rounded up to whole pixels, and so is what the margins leave of it. A Chromium that rounds
 * otherwise costs a print (see page-numbers.ts), not a wrong number.
 */
export function printedArea(paper: { width: number; height: number }, margins: { top: number; right: number; bottom: number; left: number }): PageArea {
  const side = (paperMm: number, marginsMm: number) => Math.ceil(Math.ceil(paperMm * PIXELS_PER_MM) - marginsMm * PIXELS_PER_MM);
  return { width: side(paper.width, margins.left + margins.right), height: side(paper.height, margins.top + margins.bottom) };
}

const STYLE_ID = 'checklist-page-estimate';
const MARK = 'data-checklist-estimate-break';

/**
 * The page (1-based) each anchor's element starts on, by its id; anchors without an element,
 * or one that is not laid out, are left out. The page is left emulating print media, and each
 * row taller than a page let break where it stands (tall-rows.ts).
 */
export async function estimatePages(page: Page, anchors: readonly string[], area: PageArea): Promise<Map<string, number>> {
  await page.emulateMediaType('print');
  return new Map(await page.evaluate(columnsOf, [...anchors], area, STYLE_ID, MARK));
}

/** Runs in the page: lays the body out in page-sized columns and reads each anchor's column. */
function columnsOf(anchors: string[], area: PageArea, styleId: string, mark: string): [string, number][] {
  const { width, height } = area;
  const pageBreaks = new Set(['page', 'left', 'right', 'recto', 'verso']);
  const marked: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    const tokens = [
      pageBreaks.has(style.breakBefore) ? 'before' : style.breakBefore === 'avoid-page' ? 'avoid-before' : '',
      pageBreaks.has(style.breakAfter) ? 'after' : style.breakAfter === 'avoid-page' ? 'avoid-after' : '',
      style.breakInside === 'avoid-page' ? 'avoid-inside' : '',
    ].filter((token) => token !== '');
    if (tokens.length === 0) continue;
    element.setAttribute(mark, tokens.join(' '));
    marked.push(element);
  }
  const style = document.createElement('style');
  style.id = styleId;
  style.textContent = `
    html { width: ${width}px !important; margin: 0 !important; padding: 0 !important; }
    body { margin: 0 !important; width: ${width}px !important; height: ${height}px !important;
      columns: ${width}px auto !important; column-gap: 0 !important; column-fill: auto !important; }
    [${mark}~=before] { break-before: column !important; }
    [${mark}~=after] { break-after: column !important; }
    [${mark}~=avoid-before] { break-before: avoid-column !important; }
    [${mark}~=avoid-after] { break-after: avoid-column !important; }
    [${mark}~=avoid-inside] { break-inside: avoid-column !important; }`;
  (document.head ?? document.documentElement).append(style);
  try {
    // A row taller than a page (tall-rows.ts) is split across columns by this layout as by the
    // print, whole (`break-inside: avoid`) as it is: it may now break where it stands, and the
    // anchors are read from the layout with it so. Found in this layout, not in one of its own.
    // All read before any is changed: a change makes the next read lay the page out again.
    const tall = [...document.body.querySelectorAll<HTMLTableRowElement>('tbody > tr')].filter((row) => row.getClientRects().length > 1);
    for (const row of tall) if (getComputedStyle(row).breakInside !== 'auto') row.style.setProperty('break-inside', 'auto');
    const origin = document.body.getBoundingClientRect().left;
    const found: [string, number][] = [];
    for (const anchor of new Set(anchors)) {
      const box = document.getElementById(anchor)?.getClientRects()[0];
      // A pixel of slack: a box that starts a column may sit a hair left of its edge.
      if (box !== undefined) found.push([anchor, Math.floor((box.left - origin + 1) / width) + 1]);
    }
    return found;
  } finally {
    style.remove();
    for (const element of marked) element.removeAttribute(mark);
  }
}
