/**
 * The theme in the outputs: read back from the HTML's DOM, from Chromium's computed styles
 * (the accent and fonts really reach the page; the logo really loads under the page's CSP)
 * and from the PDF's images.
 */
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { DEFAULT_THEME, palette, type Theme } from '../../src/present/theme.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { one } from '../html/dom.js';
import { png } from './images.js';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
const browser = new BrowserManager();
afterAll(() => browser.close());

const logo = png(150, 50);
const branded: Theme = {
  accent: '0B6E4F',
  text: '222222',
  fonts: { body: 'DejaVu Sans', headings: 'DejaVu Serif', mono: 'DejaVu Sans Mono' },
  logo: { path: 'logo.png', mediaType: 'image/png', data: logo, width: 150, height: 50 },
};

/** `1D4F7A` as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** What Chromium makes of the page: computed colours and fonts, and whether the logo loaded. */
async function computed(html: string) {
  return browser.withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const image = document.querySelector<HTMLImageElement>('img.logo');
      return {
        heading: style('h2').color,
        headingFont: style('h1').fontFamily,
        bodyFont: style('body').fontFamily,
        text: style('body').color,
        headerFill: style('table.cl-item thead th').backgroundColor,
        logo: image && { loaded: image.complete && image.naturalWidth > 0, natural: [image.naturalWidth, image.naturalHeight], shown: [image.width, image.height] },
      };
    });
  });
}

describe('the theme in the HTML', () => {
  let html = '';
  let tree: Root;

  it('embeds the logo as a data: URI with its natural size, and the page may load nothing else', async () => {
    html = await renderHtml(viewFixture, { templatesDir, theme: branded });
    tree = fromHtml(html);
    const image = one('.title-block img.logo', tree);
    expect(image.properties.src).toBe(`data:image/png;base64,${logo.toString('base64')}`);
    expect([image.properties.width, image.properties.height]).toEqual([150, 50]);
    expect(image.properties.alt).toBe('Logo of Beispiel Integration AG');
    const policy = String(one('meta[http-equiv="Content-Security-Policy"]', tree).properties.content);
    expect(policy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('draws headings, text and header rows in the theme colours, in the theme fonts, with the logo loaded', async () => {
    const page = await computed(html);
    expect(page).toMatchObject({
      heading: 'rgb(11, 110, 79)',
      text: 'rgb(34, 34, 34)',
      headerFill: rgb(palette(branded).headerFill),
      logo: { loaded: true, natural: [150, 50] },
    });
    expect(page.headingFont).toMatch(/^"DejaVu Serif", /);
    expect(page.bodyFont).toMatch(/^"DejaVu Sans", /);
  }, 60_000);

  it('keeps the built-in look without a theme: no logo, the default accent', async () => {
    const plain = await renderHtml(viewFixture, { templatesDir });
    const page = await computed(plain);
    expect(page.logo).toBeNull();
    expect(page.heading).toBe(rgb(DEFAULT_THEME.accent));
    expect(page.bodyFont).toMatch(/^"Liberation Sans", /);
  }, 60_000);
});
