/**
 * Page numbers that are right: the HTML marks each place that shows the page of an anchor (the
 * contents, cross-reference lists) with `data-page-of="anchor"`. The pages the anchors will land
 * on are estimated from a layout in page-sized columns (page-estimate.ts), written in, and the
 * document printed; the pages each anchor landed on are read back from the PDF's named
 * destinations. When they are the estimate's, that print is the PDF: one print. When not (a
 * stylesheet that lays out otherwise in print), the landed numbers are written in and the
 * document printed again, until the numbers no longer move the anchors.
 */
import type { Page } from 'puppeteer-core';
import { draftPages } from './draft-pages.js';
import type { KeepCheck } from './keep-signatures.js';
import { estimatePages, type PageArea } from './page-estimate.js';
import { destinationPages } from './pdf-destinations.js';
import { letTallRowsBreak } from './tall-rows.js';

/** Prints the page as it is: `draft` may leave out what does not move text (tags, header, footer). */
export type Print = (draft: boolean) => Promise<Uint8Array>;

/** Prints after the estimate's where print lays the document out otherwise; after these the numbers are left as they are. */
const MAX_PASSES = 3;

/** Numbers of pages before they are known: two digits, as wide as most documents' will be. */
const PLACEHOLDER = '00';

async function targetsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.querySelectorAll<HTMLElement>('[data-page-of]')].map((e) => e.dataset.pageOf ?? ''))]);
}

async function writeNumbers(page: Page, numbers: Record<string, string>, fallback: string): Promise<void> {
  await page.evaluate(
    (byAnchor: Record<string, string>, otherwise: string) => {
      for (const slot of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
        slot.textContent = byAnchor[slot.dataset.pageOf ?? ''] ?? otherwise;
      }
    },
    numbers,
    fallback,
  );
}

function numbersFor(targets: readonly string[], pages: Map<string, number>): Record<string, string> {
  return Object.fromEntries(targets.flatMap((anchor) => (pages.has(anchor) ? [[anchor, String(pages.get(anchor))]] : [])));
}

const sameNumbers = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([anchor, page]) => b[anchor] === page);

/**
 * Prints a loaded page with every `data-page-of` slot showing the page its anchor is on, and
 * with what `keep` asks for. A document without slots or a keep check is printed once.
 */
export async function printWithPageNumbers(page: Page, print: Print, area: PageArea, keep?: KeepCheck): Promise<Uint8Array> {
  const targets = await targetsOf(page);
  // What is read of the page is read as it prints (render-pdf.ts skips the body in other media).
  await page.emulateMediaType('print');
  const kept = (await keep?.before(page)) ?? [];
  if (targets.length === 0 && kept.length === 0) {
    // No estimate to find the rows taller than a page in (it does, below): a layout of their own.
    await letTallRowsBreak(page, area);
    return print(false);
  }
  if (targets.length > 0) await writeNumbers(page, {}, PLACEHOLDER);
  const estimated = await estimatePages(page, [...targets, ...kept], area);
  // A page break the keep check adds moves what follows; the estimate above is of the page
  // without it, so the numbers are checked against the print below like any estimate.
  if (kept.length > 0) await keep!.after(page, estimated);
  if (targets.length === 0) return print(false);
  let numbers = numbersFor(targets, estimated);
  let pdf: Uint8Array = new Uint8Array();
  // The estimate's print, then at most MAX_PASSES more where print lays the document out otherwise.
  for (let pass = 0; pass <= MAX_PASSES; pass++) {
    await writeNumbers(page, numbers, '');
    pdf = await print(false);
    const landed = numbersFor(targets, destinationPages(pdf));
    if (sameNumbers(landed, numbers)) return pdf;
    numbers = landed;
    // The estimate was wrong, so may be the keep check's answer: it is asked again of a real
    // (hidden) draft, with the numbers that landed.
    if (pass === 0 && keep !== undefined) {
      await writeNumbers(page, numbers, '');
      await page.emulateMediaType('print');
      const anchors = await keep.before(page);
      if (anchors.length > 0) await keep.after(page, await draftPages(page, print, anchors));
    }
  }
  return pdf;
}
