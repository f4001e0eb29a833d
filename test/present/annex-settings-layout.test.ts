/**
 * The annex's agreed settings, laid out for print in real Chromium at the PDF's text width: the
 * columns were of equal width (a fixed layout), so a row's number took a quarter of the table and
 * the setting's name wrapped into three lines beside it. Now each column is sized from its
 * content, the customer's column keeps room to write a value by hand, and a long value breaks
 * inside a word rather than widen the table past the page.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { contentDir, sampleView } from '../helpers/samples.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

/** A4 less the PDF's margins (18 mm each side), in CSS pixels. */
const TEXT_WIDTH = Math.round(((210 - 36) / 25.4) * 96);

async function settingsColumns(view: CustomerChecklist) {
  const html = await renderViewHtml(view, 'annex', builtInTemplatesDir);
  return browser.withPage(async (page) => {
    await page.setViewport({ width: TEXT_WIDTH, height: 1000 });
    await page.emulateMediaType('print');
    await page.setContent(html, { waitUntil: 'load' });
    return page.evaluate(() => {
      const table = document.querySelector('table.settings-table')!;
      return {
        table: table.getBoundingClientRect().width,
        container: table.parentElement!.getBoundingClientRect().width,
        columns: [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
      };
    });
  });
}

describe("the annex's agreed settings", () => {
  it('sizes its columns from their content: a narrow row number, the customer column a quarter at least', async () => {
    const { table, container, columns } = await settingsColumns(await sampleView('mueller-klinikum.json'));
    expect(columns).toHaveLength(4);
    expect(table).toBeLessThanOrEqual(container + 1);
    expect(columns[0]! / table).toBeLessThan(0.1); // the "#" column
    expect(columns[1]! / table).toBeGreaterThan(0.3); // the rule's name
    expect(columns[3]! / table).toBeGreaterThanOrEqual(0.24); // room to write by hand
  });

  it('breaks a long value inside a word rather than widen the table past the page', async () => {
    const content = await mkdtemp(join(tmpdir(), 'checklist-settings-'));
    await cp(contentDir, content, { recursive: true });
    const file = join(content, 'deployments/mueller-klinikum.json');
    const deployment = JSON.parse(await readFile(file, 'utf8')) as { settings: Record<string, string> };
    deployment.settings['Minimal password length'] = `srv_${'very_long_folder_name_'.repeat(10)}policy.conf`;
    await writeFile(file, JSON.stringify(deployment));
    const laid = await settingsColumns(await sampleView('mueller-klinikum.json', undefined, content));
    expect(laid.table).toBeLessThanOrEqual(laid.container + 1);
    expect(laid.columns[0]! / laid.table).toBeLessThan(0.1);
  });
});
