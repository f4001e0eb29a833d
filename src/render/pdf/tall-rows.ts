/**
 * Rows taller than a page. The stylesheet keeps every table row whole (`break-inside: avoid`),
 * and an item's table too; a row that cannot fit one page (a procedure of 80 lines, a comment of
 * 5,000 characters) was pushed whole to the next page, whose break it then crossed anyway,
 * leaving the page before it empty under the item's first rows. Such a row may break from the
 * start: it runs on under the rows before it, and the next page repeats the table's header.
 *
 * Where the page numbers are estimated (page-estimate.ts), that layout in page-sized columns
 * finds such rows as it goes (a row it splits across columns), at no cost of its own; this lays
 * the page out once more, so only a document with no estimate (no contents, no signature block to
 * keep) is measured here. Measured on the sample: 56–129 ms of the renderer's time per document.
 */
import type { Page } from 'puppeteer-core';
import type { PageArea } from './page-estimate.js';

/**
 * Lets each row that could not fit a page of `area`, under its table's repeated header, break
 * across pages: measured in print media at the printed width, before the print and the page
 * numbers' layout read the page. Leaves the page in print media.
 */
export async function letTallRowsBreak(page: Page, area: PageArea): Promise<void> {
  await page.emulateMediaType('print');
  await page.evaluate((width: number, height: number) => {
    const body = document.body;
    const previous = body.style.width;
    body.style.width = `${width}px`;
    try {
      // All measured before any is changed: a change makes the next measure lay the page out again.
      const tall = [...document.querySelectorAll<HTMLTableRowElement>('tbody > tr')].filter(
        (row) => row.getBoundingClientRect().height + (row.closest('table')?.tHead?.getBoundingClientRect().height ?? 0) > height,
      );
      for (const row of tall) row.style.setProperty('break-inside', 'auto');
    } finally {
      body.style.width = previous;
    }
  }, area.width, area.height);
}
