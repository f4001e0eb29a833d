/**
 * The sentence that introduces the items a level leaves out ("These items apply from a higher
 * security level than …") is printed on the page of their table: in the annex's summary and the
 * offer's scope the PDF printed it at the foot of page 1 and the table on page 2 (Müller
 * Klinikum's sample at medium). The annex and the offer are printed with a longer and longer
 * general remark, so that the sentence falls at every height of the page; read back with pdftotext.
 * The level statement right before it stays with it, whole: kept with the sentence, it broke after
 * its first line.
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

const item = (id: string, level: string) => `| CL-${id} | Setting ${id} of the appliance set to the agreed value |
| --- | --- |
| Level | ${level} |
| Executed | Yes / No |
`;

const master = `${frontMatter}
# Items

${item('LOW1', 'minimum')}
${item('HIGH1', 'maximum')}
${item('HIGH2', 'maximum')}
${item('HIGH3', 'maximum')}
`;

const remark = 'The servers are provided by the customer’s server team, who also hardened their operating system before the installation.';
const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(text));

describe.each(['annex', 'offer'] as const)('the %s’s items left out by the level', (variant) => {
  it('prints the sentence introducing them on the page of their table', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const split: number[] = [];
    for (let lines = 4; lines <= 40; lines += 2) {
      const generalRemark = Array.from({ length: lines }, () => remark).join('\n');
      const view = mergeDeployment(checklist, { checklist: 'test', level: 'medium', generalRemark }, { name: 'omitted' });
      const pdf = await renderPdf(browser, await renderViewHtml(view, variant, builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      const pages = (await pdfText(pdf)).split('\f');
      const intro = pageOf(pages, SENTENCES.omittedIntro('medium', variant === 'offer'));
      expect(intro).toBeGreaterThanOrEqual(0);
      // The level statement before it, whole, on that page too (its first words and its last).
      const statement = [pageOf(pages, 'This checklist applies the security level medium'), pageOf(pages, 'are left out and listed below.')];
      if (intro !== pageOf(pages, 'CL-HIGH1') || statement.some((page) => page !== intro)) split.push(lines);
    }
    expect(split).toEqual([]);
  }, 240_000);
});
