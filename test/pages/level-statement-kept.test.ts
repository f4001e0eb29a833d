/**
 * The level statement ("This checklist applies the security level maximum … No item is left out
 * by this choice.") stays with what it introduces when the level leaves nothing out: the annex's
 * summary printed its heading and the statement at the foot of page 1 and the count tables on
 * page 2 (Hafen Logistik's sample), and the offer's scope its heading and statement at a page's
 * foot, the scope's table on the next. The annex and the offer are printed with a longer and
 * longer general remark, so that the statement falls at every height of the page; read back with
 * pdftotext.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const master = `${frontMatter}
# Items

| CL-LOW1 | Setting of the appliance set to the agreed value |
| --- | --- |
| Level | minimum |
| Executed | Yes / No |
`;

const remark = 'The servers are provided by the customer’s server team, who also hardened their operating system before the installation.';
const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(text));

/** What the statement introduces: the summary's first count row, the scope's first item. */
const follows = { annex: 'Not answered', offer: 'CL-LOW1' } as const;

describe.each(['annex', 'offer'] as const)('the %s’s level statement, nothing left out', (variant) => {
  it('is printed whole on the page of what follows it', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const split: number[] = [];
    for (let lines = 4; lines <= 40; lines += 2) {
      const generalRemark = Array.from({ length: lines }, () => remark).join('\n');
      const view = mergeDeployment(checklist, { checklist: 'test', level: 'maximum', generalRemark }, { name: 'statement' });
      const pdf = await renderPdf(browser, await renderViewHtml(view, variant, builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      const pages = (await pdfText(pdf)).split('\f');
      const first = pageOf(pages, 'This checklist applies the security level maximum');
      expect(first).toBeGreaterThanOrEqual(0);
      if (first !== pageOf(pages, 'No item is left out by this choice.') || first !== pageOf(pages, follows[variant])) split.push(lines);
    }
    expect(split).toEqual([]);
  }, 240_000);
});
