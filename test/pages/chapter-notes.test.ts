/**
 * Footnotes in the HTML and the PDF: at the end of the chapter that first refers to each, under
 * a "Notes" title, before the next chapter; they were printed after the last chapter, untitled,
 * after the signature block, and a short last page held only notes. A note referred to again in
 * a later chapter keeps its number and is printed once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { one, renderDom, selectAll, text } from '../html/dom.js';
import { pdfRawText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const markdown = `${frontMatter}
# TLS

Configure TLS.[^first] Run the command.[^second]

## Ciphers

Only strong ciphers.[^inner]

# Accounts

Accounts, see again.[^first] A new note here.[^third]

::signatures

[^first]: Note first used in TLS.
[^second]: Note about the command.
[^inner]: Note of a subsection, at its chapter's end.
[^third]: Note first used in Accounts.
`;

const view = () => {
  const { checklist, errors } = parse(markdown);
  expect(errors).toEqual([]);
  return mergeDeployment(checklist, null, { name: 'notes' });
};
const notesOf = (chapter: Parameters<typeof selectAll>[1]) => selectAll('section.footnotes li', chapter).map((li) => `${li.properties.id} ${text(li)}`);

describe('footnotes', () => {
  it('stand in the HTML at the end of the chapter that first refers to each, titled', async () => {
    const { tree } = await renderDom(view());
    const [tls, accounts] = selectAll('section.chapter', tree);
    expect(notesOf(tls!)).toEqual(['fn-1 Note first used in TLS.', 'fn-2 Note about the command.', 'fn-3 Note of a subsection, at its chapter\'s end.']);
    expect(notesOf(accounts!)).toEqual(['fn-4 Note first used in Accounts.']);
    expect(text(one('.notes-title', tls!))).toBe('Notes');
    // Every mark still leads to its note, and no note is left for the end of the document.
    expect(selectAll('.footnote-ref a', tree).map((a) => a.properties.href)).toEqual(['#fn-1', '#fn-2', '#fn-3', '#fn-1', '#fn-4']);
    expect(selectAll('body > section.footnotes', tree)).toEqual([]);
  });

  it('print in the PDF before the next chapter and before the signature block', async () => {
    const pdf = await renderPdf(browser, await renderViewHtml(view(), 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const raw = (await pdfRawText(pdf)).replace(/\s+/g, ' ');
    const at = (words: string) => {
      expect(raw).toContain(words);
      return raw.lastIndexOf(words);
    };
    expect(at('Notes 1. Note first used in TLS.')).toBeLessThan(at('2 Accounts'));
    expect(at('3. Note of a subsection')).toBeLessThan(at('2 Accounts'));
    expect(at('Notes 4. Note first used in Accounts.')).toBeLessThan(at('By signing'));
    expect(raw.split('Note first used in TLS.')).toHaveLength(2);
  }, 120_000);
});
