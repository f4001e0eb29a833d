import type { HTTPRequest, Page } from 'puppeteer-core';

/** A request a page tried to make, and what was done with it. */
export interface PageRequestEvent {
  url: string;
  /**
   * `false` only for `data:` URLs, which never leave the browser. Blocked requests are
   * aborted, or for navigations answered with an empty local 204 that keeps the document.
   */
  blocked: boolean;
}

/** Options of `hardenPage`. */
export interface HardenPageOptions {
  /** Default timeout of every page operation (loading, printing), in ms. */
  timeout: number;
  /** Called for every request the page makes (for diagnostics and tests). */
  onRequest?: ((event: PageRequestEvent) => void) | undefined;
}

/**
 * Locks a page down before any HTML is loaded into it: JavaScript off (the document's own
 * scripts never run; DevTools evaluation still works, which renderPdf uses) and request
 * interception on, with every request that would leave the browser blocked. Documents are
 * loaded with `page.setContent`, which needs no request at all, so nothing but `data:` URLs
 * (inline images, Chromium's own broken-image icons) is let through.
 */
export async function hardenPage(page: Page, options: HardenPageOptions): Promise<void> {
  page.setDefaultTimeout(options.timeout);
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    const allowed = url.startsWith('data:');
    const settled = allowed
      ? request.continue()
      : request.isNavigationRequest()
        ? // An aborted navigation (a meta refresh, a frame) would replace the document with
          // Chromium's error page; an empty 204 cancels it and the document stays.
          request.respond({ status: 204, body: '' })
        : request.abort('blockedbyclient');
    settled.catch(() => undefined); // the page may be closing
    options.onRequest?.({ url, blocked: !allowed });
  });
}
