/**
 * The signature block never alone on a page. The block itself never splits, but Chromium does
 * not move the rows of a table begun on an earlier page to keep them with what follows, so the
 * block can start a page of its own with nothing it confirms above it. The page numbers' layout
 * says where the block and the last line before it land; when they land on different pages, a page break
 * goes before the last rows of what precedes (a table's header row repeats there), or before
 * its last block (with the heading and lines the stylesheet keeps with it), so that the block
 * starts its page with them.
 */
import type { Page } from 'puppeteer-core';

const TAIL_ID = 'checklist-keep-tail';
/** Rows of a table that go with the block to its page: the last ones, never a whole short table. */
const ROWS_KEPT = 2;

/**
 * The check rides on the page numbers' layout (page-numbers.ts): `before` marks the block and
 * what precedes it and names the anchors to find; `after` is told the page each landed on,
 * takes the marks away and breaks the page if the block would start one alone. Says whether
 * anything changed.
 */
export interface KeepCheck {
  before(page: Page): Promise<string[]>;
  after(page: Page, pages: ReadonlyMap<string, number>): Promise<boolean>;
}

export function keepSignaturesCheck(): KeepCheck {
  let anchors: { block: string; tail: string } | null = null;
  return {
    async before(page) {
      anchors = await markTail(page);
      return anchors === null ? [] : [anchors.block, anchors.tail];
    },
    async after(page, pages) {
      if (anchors === null) return false;
      const blockPage = pages.get(anchors.block);
      const tailPage = pages.get(anchors.tail);
      const alone = blockPage !== undefined && tailPage !== undefined && blockPage > tailPage;
      await breakBeforeTail(page, alone);
      return alone;
    },
  };
}

/**
 * Marks the last line before the signature block (giving it an id if it has none). Null when
 * there is no block, nothing before it, or a page break before it that the stylesheet asks for.
 */
async function markTail(page: Page): Promise<{ block: string; tail: string } | null> {
  return page.evaluate((tailId: string) => {
    const part = document.querySelector<HTMLElement>('.signatures-part');
    const heading = part?.querySelector<HTMLElement>('[id]');
    const before = part?.previousElementSibling;
    if (!part || !heading || !before || getComputedStyle(part).breakBefore === 'page') return null;
    const lines = [...before.querySelectorAll<HTMLElement>('tr, p, li, h2, h3, h4, h5, h6, pre')].filter((e) => e.checkVisibility());
    const tail = lines.at(-1) ?? (before as HTMLElement);
    if (!tail.id) tail.id = tailId;
    tail.dataset.keepTail = '';
    return { block: heading.id, tail: tail.id };
  }, TAIL_ID);
}

/** The page break (when `alone`): before the last rows of a table, or the last block and its heading. */
async function breakBeforeTail(page: Page, alone: boolean): Promise<void> {
  await page.evaluate(
    (tailId: string, kept: number, alone: boolean) => {
      const tail = document.querySelector<HTMLElement>('[data-keep-tail]');
      if (!tail) return;
      delete tail.dataset.keepTail;
      if (tail.id === tailId) tail.removeAttribute('id');
      if (!alone) return;
      let target: HTMLElement = tail;
      if (tail instanceof HTMLTableRowElement) {
        const rows = [...(tail.parentElement?.children ?? [])] as HTMLElement[];
        // A short table goes whole, with the caption or heading right above it.
        target = rows.length > kept ? rows[rows.length - kept]! : (tail.closest('table') as HTMLElement);
      }
      // What the stylesheet keeps with the block moved goes with it: its heading or caption,
      // and a line that introduces it (the open items' "to be resolved until"), else left alone at a page's foot.
      while (!(target instanceof HTMLTableRowElement)) {
        const previous = target.previousElementSibling as HTMLElement | null;
        const titled = previous !== null && (/^H[1-6]$/.test(previous.tagName) || previous.classList.contains('part-caption'));
        if (previous === null || !(titled || /^avoid/.test(getComputedStyle(previous).breakAfter))) break;
        target = previous;
      }
      target.style.setProperty('break-before', 'page');
    },
    TAIL_ID,
    ROWS_KEPT,
    alone,
  );
}
