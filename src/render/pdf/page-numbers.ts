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

/** Prints the page as it is: `draft` may leave out what does not move text (tags, header, footer). */
export type Print = (draft: boolean) => Promise<Uint8Array>;

/** Prints after a first pass have settled the numbers; more than this and they are left as they are. */
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
  const kept = (await keep?.before(page)) ?? [];
  if (targets.length === 0 && kept.length === 0) return print(false);
  if (targets.length > 0) await writeNumbers(page, {}, PLACEHOLDER);
  const estimated = await estimatePages(page, [...targets, ...kept], area);
  // A page break the keep check adds moves what follows; the estimate above is of the page
  // without it, so the numbers are checked against the print below like any estimate.
  if (kept.length > 0) await keep!.after(page, estimated);
  if (targets.length === 0) return print(false);
  let numbers = numbersFor(targets, estimated);
  await writeNumbers(page, numbers, '');
  let pdf = await print(false);
  let landed = numbersFor(targets, destinationPages(pdf));
  if (sameNumbers(landed, numbers)) return pdf;
  // Print lays this document out otherwise than the estimate: the keep check's answer may be
  // wrong too, so it is asked again of a real (hidden) draft, with the numbers that landed.
  numbers = landed;
  await writeNumbers(page, numbers, '');
  if (keep !== undefined) {
    const anchors = await keep.before(page);
    if (anchors.length > 0) await keep.after(page, await draftPages(page, print, anchors));
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    pdf = await print(false);
    landed = numbersFor(targets, destinationPages(pdf));
    if (sameNumbers(landed, numbers)) return pdf;
    numbers = landed;
    await writeNumbers(page, numbers, '');
  }
  return pdf;
}
