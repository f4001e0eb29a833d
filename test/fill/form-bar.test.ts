/**
 * The form's bar (progress and the save button) stays at the top of the window as the page
 * scrolls: what the keyboard moves to, or a link of the contents jumps to, must be scrolled
 * below it, not under it, where the reader cannot see the field being filled.
 *
 * Runs the CLI (runCli) and Chromium: in the whole suite, not in `npm run test:unit`.
 */
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { OFFLINE_CHROMIUM_ARGS } from '../../src/browser/offline-args.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleCopy } from './helpers.js';

let browser: Browser;
let form: string;
beforeAll(async () => {
  const { content, out } = await sampleCopy();
  const built = await runCli(['build', join(content, 'deployments', 'stadtwerke-nord.json'), '--format', 'form', '--content', content, '--out', out]);
  expect(built.code, built.stderr).toBe(0);
  form = `file://${join(out, 'stadtwerke-nord', 'example-uc-server-2.1-form.html')}`;
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...OFFLINE_CHROMIUM_ARGS] });
}, 120_000);
afterAll(async () => browser?.close());

describe('the form bar, which stays at the top of the window', () => {
  it('covers no field the keyboard moves to, nor the item a link of the contents jumps to', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    await page.goto(form);
    // Shift+Tab walks up the page: each field it reaches is scrolled to the top of the window.
    await page.evaluate(() => document.querySelectorAll<HTMLTextAreaElement>('textarea[name]')[40]!.focus());
    const covered: string[] = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        // A radio button is drawn by its label's box: that is what must show.
        const shown = element.type === 'radio' ? element.parentElement! : element;
        return { name: element.name, top: shown.getBoundingClientRect().top, bar: document.querySelector('.form-bar')!.getBoundingClientRect().bottom };
      });
      if (focus.top < focus.bar - 1) covered.push(`${focus.name} at ${Math.round(focus.top)}px, the bar to ${Math.round(focus.bar)}px`);
    }
    expect(covered).toEqual([]);

    const item = await page.$$eval('a[href^="#CL-"]', (links) => links.at(-1)!.getAttribute('href')!);
    await page.evaluate((hash) => (location.hash = hash), item);
    const jumped = await page.evaluate((hash) => ({ top: document.getElementById(decodeURIComponent(hash.slice(1)))!.getBoundingClientRect().top, bar: document.querySelector('.form-bar')!.getBoundingClientRect().bottom }), item);
    expect(jumped.top).toBeGreaterThanOrEqual(jumped.bar - 1);
    await page.close();
  }, 120_000);
});
