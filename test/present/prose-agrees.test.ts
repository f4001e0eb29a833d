/**
 * Prose that each format once printed its own way. A link whose text is not its address prints the address after it, `vendor portal
 * <https://…>`, in the PDF and in the DOCX alike (a printed DOCX lost it), and in the HTML's text
 * (shown in print only); an autolink, `mailto:` or not, prints its address once (the PDF printed
 * `mailto:a@example.com <mailto:a@example.com>`). An image is `[Image: alt]` everywhere (the
 * DOCX printed `[alt]`). A heading's link has no address (it would stand in the DOCX's contents,
 * which Word makes from the heading). Read back from each output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { text } from '../html/dom.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfRawText } from '../pdf/poppler.js';
import { fromHtml } from 'hast-util-from-html';

const browser = new BrowserManager();
afterAll(() => browser.close());

const markdown = `${frontMatter}
# Links

See the [vendor portal](https://example.com/portal?a=1&b=2), <https://example.org/manual>,
<mailto:security@example.com>, <help@example.com> and the note[^note].

![Port diagram](images/ports.png)

## Notes from [the vendor](https://example.com/vendor)

A heading names its link's target without its address: Word's contents list the heading's text.

[^note]: The note names [the guide](https://example.com/guide).
`;

const portal = 'vendor portal <https://example.com/portal?a=1&b=2>';
const guide = 'the guide <https://example.com/guide>';
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('links and images', () => {
  let html = '';
  let pdf = '';
  let docx = '';

  beforeAll(async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, null, { name: 'links' });
    const page = await renderViewHtml(view, 'full', builtInTemplatesDir);
    html = text(fromHtml(page));
    pdf = (await pdfRawText(await renderPdf(browser, page, { title: 't', customer: 'c', documentId: '', version: '', date: '' }))).replace(/\s+/g, ' ');
    const parts = await openDocx(await renderDocx(view, { pageNumbers: false }));
    docx = `${wordText(await parts.part('word/document.xml'))} ${wordText(await parts.part('word/footnotes.xml'))}`;
  }, 120_000);

  it('says the same in every format', () => {
    for (const [format, content] of Object.entries({ html, pdf, docx })) {
      expect(content, format).toContain(portal);
      expect(content, format).toContain(guide);
      expect(count(content, 'https://example.org/manual'), format).toBe(1);
      expect(count(content, 'security@example.com'), format).toBe(1);
      expect(count(content, 'help@example.com'), format).toBe(1);
      expect(content, format).toContain('[Image: Port diagram]');
      expect(content, format).toContain('Notes from the vendor');
      expect(content, format).not.toContain('https://example.com/vendor');
    }
  });

  it('shows the address on screen only as the link itself', async () => {
    const page = await renderViewHtml(mergeDeployment(parse(markdown).checklist, null, { name: 'links' }), 'full', builtInTemplatesDir);
    const shown = await browser.withPage(async (tab) => {
      await tab.setContent(page, { waitUntil: 'load' });
      return tab.evaluate(() => document.body.innerText);
    });
    expect(shown).toContain('See the vendor portal, https://example.org/manual');
    expect(shown).not.toContain('<https://example.com/portal');
  }, 60_000);
});
