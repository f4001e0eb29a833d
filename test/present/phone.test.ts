/** The HTML on a phone: at 390 px wide nothing runs off the screen, in real Chromium. */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { renderDom } from '../html/dom.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

async function overflowAt390(html: string) {
  return browser.withPage(async (page) => {
    await page.setViewport({ width: 390, height: 844 });
    await page.setContent(html, { waitUntil: 'load' });
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5).map((e) => `${e.tagName}.${e.className}`) };
    });
  });
}

describe('the HTML on a 390 px screen', () => {
  for (const variant of ['full', 'annex', 'offer'] as const) {
    it(`needs no horizontal scrolling (${variant})`, async () => {
      const { html } = await renderDom(viewFixture, variant);
      const result = await overflowAt390(html);
      expect(result.wide).toEqual([]);
      expect(result.scrollWidth).toBe(result.width);
    }, 60_000);
  }
});
