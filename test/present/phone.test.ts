/**
 * The HTML on a phone and for assistive technology, in real Chromium: at 390 px wide nothing runs
 * off the screen; one h1, headings in order; every box a checkbox with its state. For the test
 * fixture and for every shipped sample, full checklist, annex and offer, at a level that leaves
 * chapters out too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { renderDom } from '../html/dom.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { mergeDeployment } from '../../src/deployment/merge.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

async function onPhone(html: string) {
  return browser.withPage(async (page) => {
    await page.setViewport({ width: 390, height: 844 });
    await page.setContent(html, { waitUntil: 'load' });
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1);
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      const boxes = [...document.querySelectorAll('.option, [role="checkbox"]')];
      return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        wide: wide.slice(0, 5).map((e) => `${e.tagName}.${e.className}`),
        levels,
        // A box a screen reader cannot tell ticked from empty.
        stateless: boxes.filter((b) => b.getAttribute('role') !== 'checkbox' || !['true', 'false'].includes(b.getAttribute('aria-checked') ?? '')).length,
        boxes: boxes.length,
        // The ☐/☒ characters themselves are hidden: the state is said once.
        spokenBoxes: [...document.querySelectorAll('[role="checkbox"]')].filter((b) => /[☐☒]/.test(b.textContent ?? '') && ![...b.querySelectorAll('[aria-hidden="true"]')].some((h) => /[☐☒]/.test(h.textContent ?? ''))).length,
      };
    });
  });
}

function expectReadable(result: Awaited<ReturnType<typeof onPhone>>, boxes: boolean): void {
  expect(result.wide).toEqual([]);
  expect(result.scrollWidth).toBe(result.width);
  expect(result.levels[0]).toBe(1);
  expect(result.levels.filter((level) => level === 1)).toHaveLength(1);
  // Never deeper than one below the heading before it (h2 → h4 would skip a level).
  expect(result.levels.filter((level, i) => i > 0 && level > result.levels[i - 1]! + 1)).toEqual([]);
  expect(result.stateless).toBe(0);
  expect(result.spokenBoxes).toBe(0);
  if (boxes) expect(result.boxes).toBeGreaterThan(10);
}

describe('the HTML on a 390 px screen and for screen readers', () => {
  for (const variant of ['full', 'annex', 'offer'] as const) {
    it(`needs no horizontal scrolling (fixture, ${variant})`, async () => {
      const { html } = await renderDom(viewFixture, variant);
      const result = await onPhone(html);
      expect(result.wide).toEqual([]);
      expect(result.scrollWidth).toBe(result.width);
    }, 60_000);
  }

  it.each(sampleDeployments.flatMap((file) => ['its own level', 'minimum'].map((level) => [file, level] as const)))(
    '%s at %s: full, annex and offer',
    async (file, level) => {
      const view = await sampleView(file, level === 'minimum' ? level : undefined);
      for (const variant of ['full', 'annex', 'offer'] as const) {
        expectReadable(await onPhone(await renderViewHtml(view, variant, builtInTemplatesDir)), variant === 'full');
      }
    },
    120_000,
  );

  it('wraps a long address in the prose rather than running off the screen (a vendor’s references list)', async () => {
    const address = 'http://wiki.example.com/images/c/c0/Security_Policy_-_Support_of_Operating_System_Updates_for_Server_Applications.pdf';
    const { checklist, errors } = parse(`${frontMatter}\n# References\n\nSee ${address} for the policy.\n\n- [8] Updates for server applications\n  ${address}\n- [9] <${address.replace('wiki', 'docs')}>\n`);
    expect(errors).toEqual([]);
    const html = await renderViewHtml(mergeDeployment(checklist, null, { name: 'refs' }), 'full', builtInTemplatesDir);
    expect(html).toContain('Security_Policy_-_Support');
    const result = await onPhone(html);
    expect(result.wide).toEqual([]);
    expect(result.scrollWidth).toBe(result.width);
  }, 60_000);
});
