/**
 * A list never leaves one of its items alone at a page's foot or head, and the sentence before it
 * goes with it: the PBX sample printed "1.4 Untreated topics", its sentence and the first of three
 * items at the foot of page 3, and the other two alone on page 4 before the next chapter (the
 * DOCX two and one). The master is printed with more and more one-line paragraphs before the list,
 * so that it starts at every line of a page; read back from the PDF and from LibreOffice's
 * rendering of the DOCX.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const sentence = 'Not covered here, and handled in checklists of their own';
const items = ['Hardening of the management workstations', 'Voice mail and conferencing servers', 'Trunks to the public network', 'Licence management'];

const master = (paragraphs: number) => `${frontMatter}
# Scope

${Array.from({ length: paragraphs }, (_, k) => `Paragraph ${k + 1} of the scope.`).join('\n\n')}

${sentence}:

${items.map((item) => `- ${item}`).join('\n')}

# Next chapter

Text.
`;

const lengths = Array.from({ length: 36 }, (_, k) => 24 + k);

/** The lengths at which the sentence and the first two items, or the last two, are on different pages. */
const split = (texts: string[]) =>
  lengths.filter((_, k) => {
    const pages = texts[k]!.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const at = (text: string) => pages.findIndex((page) => page.includes(text));
    for (const text of [sentence, ...items]) expect(at(text)).toBeGreaterThanOrEqual(0);
    return at(sentence) !== at(items[0]!) || at(items[0]!) !== at(items[1]!) || at(items[2]!) !== at(items[3]!);
  });

describe('a list at a page break', () => {
  let views: CustomerChecklist[] = [];
  beforeAll(() => {
    views = lengths.map((paragraphs) => {
      const { checklist, errors } = parse(master(paragraphs));
      expect(errors).toEqual([]);
      return mergeDeployment(checklist, null, { name: 'list' });
    });
  });

  it('keeps its sentence with its first two items, and its last two together, in the PDF', async () => {
    const texts: string[] = [];
    for (const view of views) {
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      texts.push(await pdfText(pdf));
    }
    // The list does start at a page's foot at some of these lengths: its items are split there.
    const pagesOfList = texts.map((text) => new Set(text.split('\f').flatMap((page, index) => (items.some((item) => page.replace(/\s+/g, ' ').includes(item)) ? [index] : []))).size);
    expect(pagesOfList).toContain(2);
    expect(split(texts)).toEqual([]);
  }, 240_000);

  it.skipIf(!hasLibreOffice && !process.env.CI)('does so in the DOCX', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [k, view] of views.entries()) files[`n${k}`] = await renderDocx(view, { pageNumbers: false });
    const texts = await libreOfficeText(files);
    expect(split(views.map((_, k) => texts[`n${k}`]!))).toEqual([]);
  }, 300_000);
});
