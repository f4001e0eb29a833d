/**
 * Where anchors land, read from a print: a hidden draft (nothing painted) of the page as it is,
 * whose named destinations give each anchor's page. Chromium writes a destination only for an
 * element a link points to, so an invisible link to each anchor goes in for the draft.
 */
import type { Page } from 'puppeteer-core';
import type { Print } from './page-numbers.js';
import { destinationPages } from './pdf-destinations.js';

const PROBE_CLASS = 'checklist-draft-probe';

export async function draftPages(page: Page, print: Print, anchors: readonly string[]): Promise<Map<string, number>> {
  await page.evaluate(
    (anchors: string[], probeClass: string) => {
      for (const anchor of anchors) {
        const link = document.createElement('a');
        link.href = `#${encodeURIComponent(anchor)}`;
        link.className = probeClass;
        link.textContent = '.';
        link.setAttribute('style', 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;font-size:1px');
        document.body.append(link);
      }
    },
    [...new Set(anchors)],
    PROBE_CLASS,
  );
  try {
    return destinationPages(await print(true));
  } finally {
    await page.evaluate((probeClass: string) => {
      for (const probe of document.querySelectorAll(`.${probeClass}`)) probe.remove();
    }, PROBE_CLASS);
  }
}
