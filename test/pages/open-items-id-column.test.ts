/**
 * The annex's open items give a short ID its width, not a fixed fifth of the page: the PDF's ID
 * column took 19% beside `CL-A3`, and a long comment wrapped in a column of a fifth, three words
 * a line, over most of a page (the DOCX sizes the ID from its content). Read back from the real
 * PDF (pdftotext -bbox): the item's title starts right after the ID, and the comment's column is
 * some 30% of the table (it was 20%).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfWords } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const master = `${frontMatter}
# Items

| CL-A3 | Standby server rebuilt |
| --- | --- |
| Executed | Yes / No |
`;

const comment = Array.from({ length: 4 }, () => 'The customer has not yet decided whether the standby server will be replaced by new hardware, so this stays open until the steering committee meets.').join(' ');

describe('the annex’s open items', () => {
  it('give a short ID its width and the comment the room', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, { checklist: 'test', answers: { 'CL-A3': { status: 'No', comment } } }, { name: 'open' });
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'annex', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const words = await pdfWords(pdf);
    // The open items' row: its ID is the last CL-A3 (the matrix's comes first), its title's first word beside it.
    const id = words.filter((word) => word.text === 'CL-A3').at(-1)!;
    const title = words.find((word) => word.page === id.page && word.text === 'Standby' && Math.abs(word.yMin - id.yMin) < 2 && word.xMin > id.xMax)!;
    expect(title).toBeDefined();
    expect(title.xMin - id.xMax).toBeLessThan(25);
    // The comment's column, from its heading to the table's right edge (the rightmost comment word).
    const heading = words.find((word) => word.page === id.page && word.text === 'Comment' && word.yMax < id.yMin)!;
    const right = Math.max(...words.filter((word) => word.page === id.page && word.xMin >= heading.xMin - 1).map((word) => word.xMax));
    // Measured from the words (the cells' padding aside): was a fifth, 0.2; now some 0.3.
    expect((right - heading.xMin) / (right - id.xMin)).toBeGreaterThan(0.27);
  }, 60_000);
});
