/**
 * A link in an item's title: the title stays a short title, in every format, as a heading's does
 * and as the matrix prints it: the link stays live but its address is not printed after it (it
 * was, in the PDF and the DOCX). A link in the item's body or in a table cell still prints its
 * address once.
 */
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { itemTable, one, renderDom, selectAll, text } from '../html/dom.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const TITLE_ADDRESS = 'https://example.com/guides/hardening';
const BODY_ADDRESS = 'https://example.com/portal/tls-ciphers';
const CELL_ADDRESS = 'https://example.com/browser';
const markdown = `${frontMatter}
# TLS

| CL-TLS1 | Follow the [hardening guide](${TITLE_ADDRESS}) |
| --- | --- |
| Measures | Set ciphers per [vendor portal](${BODY_ADDRESS}) |
| Executed | Yes / No |

| Client | Documentation |
| --- | --- |
| Browser | [Browser guide](${CELL_ADDRESS}) |
`;

const view = () => {
  const { checklist, errors } = parse(markdown);
  expect(errors).toEqual([]);
  return mergeDeployment(checklist, null, { name: 'links' });
};

describe('a link in an item title', () => {
  it('is live in the HTML, its address printed in the body and cells only', async () => {
    const { tree } = await renderDom(view());
    const title = one('.cl-title', itemTable(tree, 'CL-TLS1'));
    expect(text(title)).toBe('Follow the hardening guide');
    expect(selectAll('a', title).map((a) => a.properties.href)).toEqual([TITLE_ADDRESS]);
    expect(selectAll('.link-address', tree).map((node) => text(node))).toEqual([`<${BODY_ADDRESS}>`, `<${CELL_ADDRESS}>`]);
  });

  it('prints no address in the PDF, the body and cells one each', async () => {
    const pdf = await renderPdf(browser, await renderViewHtml(view(), 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const printed = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(printed).toContain('Follow the hardening guide');
    expect(printed).not.toContain(TITLE_ADDRESS);
    for (const address of [BODY_ADDRESS, CELL_ADDRESS]) expect(printed.split(`<${address}>`)).toHaveLength(2);
  }, 120_000);

  it('prints no address in the DOCX either, and stays a hyperlink', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(view(), { pageNumbers: false }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    expect(words).toContain('Follow the hardening guide');
    expect(words).not.toContain(TITLE_ADDRESS);
    for (const address of [BODY_ADDRESS, CELL_ADDRESS]) expect(words.split(address)).toHaveLength(2);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain(`Target="${TITLE_ADDRESS}"`);
  });
});
