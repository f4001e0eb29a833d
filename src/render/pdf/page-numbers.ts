/**
 * Page numbers that are right: the HTML marks each place that shows the page of an anchor (the
 * contents, cross-reference lists) with `data-page-of="anchor"`; the PDF is printed, the page
 * each anchor landed on is read from the PDF's named destinations, the numbers are written in
 * and the document is printed again, until the numbers no longer move the anchors.
 */
import type { Page } from 'puppeteer-core';
import type { KeepCheck } from './keep-signatures.js';
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
 * Prints a loaded page with every `data-page-of` slot showing the page its anchor is on. A
 * document without slots is printed once, unless `keep` needs a draft to look at.
 */
export async function printWithPageNumbers(page: Page, print: Print, keep?: KeepCheck): Promise<Uint8Array> {
  const targets = await targetsOf(page);
  const checking = (await keep?.before(page)) ?? false;
  if (targets.length === 0 && !checking) return print(false);
  await writeNumbers(page, {}, PLACEHOLDER);
  const draft = await print(true);
  // A page break the keep check adds moves what follows; the passes below catch it.
  if (checking) await keep!.after(page, draft);
  if (targets.length === 0) return print(false);
  let numbers = numbersFor(targets, destinationPages(draft));
  let pdf: Uint8Array = new Uint8Array();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    await writeNumbers(page, numbers, '');
    pdf = await print(false);
    const landed = numbersFor(targets, destinationPages(pdf));
    if (sameNumbers(landed, numbers)) return pdf;
    numbers = landed;
  }
  return pdf;
}
