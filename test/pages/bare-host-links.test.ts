/**
 * A host name written in prose (`such as www.example.com.`) is a link whose text already is its
 * address, as GFM links it: print adds no address after it (it printed `www.example.com
 * <http://www.example.com/>.`), in the PDF as in the DOCX. The scheme, `www.`, a trailing slash
 * and case aside, the text is the address; a link whose text says something else keeps its
 * address after it.
 */
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const markdown = `${frontMatter}
# Certificates

A certificate needs a common name that matches the name of the server, such as www.example.com.
The portal, [Example.org/](https://example.org), or [https://www.example.net](https://example.net/).
See the [vendor portal](https://example.com/portal) too.
`;

const view = () => {
  const { checklist, errors } = parse(markdown);
  expect(errors).toEqual([]);
  return mergeDeployment(checklist, null, { name: 'hosts' });
};

const spaced = (text: string) => text.replace(/\s+/g, ' ');

describe('a link whose text is its address', () => {
  it('prints no address after it in the PDF; another link still does', async () => {
    const pdf = await renderPdf(browser, await renderViewHtml(view(), 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const printed = spaced(await pdfText(pdf));
    expect(printed).toContain("such as www.example.com. The portal, Example.org/, or https://www.example.net.");
    expect(printed).not.toMatch(/<https?:\/\/(www\.)?example\.(com|org|net)\/?>/);
    expect(printed).toContain('vendor portal <https://example.com/portal>');
  }, 120_000);

  it('prints no address after it in the DOCX either, and stays a hyperlink', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(view(), { pageNumbers: false }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    expect(words).toContain("such as www.example.com. The portal, Example.org/, or https://www.example.net.");
    expect(words).toContain('vendor portal &lt;https://example.com/portal&gt;');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="http://www.example.com/"');
  });
});
