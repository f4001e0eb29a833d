/**
 * The sentence that opens a part of the annex stays with what it introduces: the settings
 * part's heading and its sentence were printed at the foot of a page, their table on the next.
 * The annex is printed with one to many items before the part, so that the part starts at every
 * height of a page; read back with pdftotext.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { SENTENCES } from '../../src/present/words.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const item = (n: number) => `| CL-T${n} | Setting number ${n} of the appliance set to the agreed value |
| --- | --- |
| Level | minimum |
| Target | minimum: Low; medium: Medium; maximum: High |
| Executed | Yes / No |
`;

const master = (items: number) => `${frontMatter}
# Items

${Array.from({ length: items }, (_, n) => item(n + 1)).join('\n')}
## Settings

| # | Setting | Default | Customer setting |
| --- | --- | --- | --- |
| 1 | Session timeout | 15 min | |
`;

const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(text));

describe('the annex part that opens with a sentence', () => {
  it('prints the sentence on the page of the table it introduces', async () => {
    const split: number[] = [];
    for (let items = 6; items <= 26; items++) {
      const { checklist, errors } = parse(master(items));
      expect(errors).toEqual([]);
      const view = mergeDeployment(checklist, null, { name: 'intro', level: 'medium' });
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'annex', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      const pages = (await pdfText(pdf)).split('\f');
      const intro = pageOf(pages, SENTENCES.settingsIntro);
      expect(intro).toBeGreaterThanOrEqual(0);
      if (intro !== pageOf(pages, 'Session timeout')) split.push(items);
    }
    expect(split).toEqual([]);
  }, 240_000);
});
