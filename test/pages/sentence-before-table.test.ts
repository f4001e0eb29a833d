/**
 * The sentence right before a table of the master introduces it and is printed on the table's
 * page: the DOCX printed a chapter's heading and "The node matrix below …" at the foot of a page
 * and the table on the next. So does the sentence right before an item, which the PDF and the
 * DOCX left at a page's foot when the item (never split) moved on. The master is printed with
 * more and more prose before them, so that they start at every height of a page; read back from
 * the PDF and from LibreOffice's rendering of the DOCX.
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

const filler = 'Every node of the cluster is hardened before it goes into operation, and the hardening is checked again after each update of its software.';
const nodes = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta'];

/** What follows the prose: a sentence, and the table or the item it introduces. */
const introduced = {
  table: {
    sentence: 'The node matrix below lists every node',
    first: 'Alpha tx9-alpha',
    markdown: `The node matrix below lists every node of the cluster.

| Node | Hostname | Address | Owner |
| --- | --- | --- | --- |
${nodes.map((node, i) => `| ${node} | tx9-${node.toLowerCase()} | 10.0.0.${i + 1} | Operations |`).join('\n')}
`,
  },
  item: {
    sentence: 'Each node is checked on its own',
    first: 'CL-NODE1',
    markdown: `Each node is checked on its own, as the item below records.

| CL-NODE1 Cluster | Every node hardened |
| --- | --- |
| Measures | Apply the hardening profile to the node and restart it. |
| Executed | |
${nodes.map((node) => `| ${node} | Yes / No |`).join('\n')}
| Customer comments / reasons | |
`,
  },
};

const master = (paragraphs: number, follows: keyof typeof introduced) => `${frontMatter}
# Network

${Array.from({ length: paragraphs }, () => filler).join('\n\n')}

## Node matrix

${introduced[follows].markdown}`;

const lengths = Array.from({ length: 24 }, (_, k) => 8 + k);
/** The lengths whose sentence is printed on another page than the table's (or the item's) first row. */
const apart = (texts: string[], follows: keyof typeof introduced) =>
  lengths.filter((_, k) => {
    const pages = texts[k]!.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const at = (text: string) => pages.findIndex((page) => page.includes(text));
    expect(at(introduced[follows].sentence)).toBeGreaterThanOrEqual(0);
    return at(introduced[follows].sentence) !== at(introduced[follows].first);
  });

describe.each(Object.keys(introduced) as (keyof typeof introduced)[])("the sentence right before the master's %s", (follows) => {
  let views: CustomerChecklist[] = [];
  beforeAll(() => {
    views = lengths.map((paragraphs) => {
      const { checklist, errors } = parse(master(paragraphs, follows));
      expect(errors).toEqual([]);
      return mergeDeployment(checklist, null, { name: 'kept' });
    });
  });

  it(`is on the ${follows}'s page in the PDF`, async () => {
    const texts: string[] = [];
    for (const view of views) {
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      texts.push(await pdfText(pdf));
    }
    expect(apart(texts, follows)).toEqual([]);
  }, 240_000);

  it.skipIf(!hasLibreOffice && !process.env.CI)(`is on the ${follows}'s page in the DOCX`, async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [k, view] of views.entries()) files[`n${k}`] = await renderDocx(view);
    const texts = await libreOfficeText(files);
    expect(apart(views.map((_, k) => texts[`n${k}`]!), follows)).toEqual([]);
  }, 300_000);
});

describe('a paragraph right before an item taller than a page', () => {
  const opening = 'Install only the software versions that were released for this product';
  const closing = 'and the advisories of every other maker';
  // Four lines, its opening and closing words once each.
  const paragraph = `${opening}, with every patch of the third-party software it needs. Read the release notes of each version before it is installed, keep a record of what was installed on which server and when, and check the security notes of the product every month ${closing}.`;
  const tall = (paragraphs: number) => `${frontMatter}
# Software

${Array.from({ length: paragraphs }, () => 'Every node is hardened.').join('\n\n')}

${paragraph}

| CL-SW1 All components | Software up to date |
| --- | --- |
| Executed | |
${Array.from({ length: 60 }, (_, i) => `| Component ${i + 1} | Yes / No |`).join('\n')}
| Customer comments / reasons | |
`;

  it('is printed whole on one page in the PDF, not its last line kept with the item and the rest left behind', async () => {
    const split: number[] = [];
    // One line each, so that the paragraph starts at every line of a page.
    for (const paragraphs of Array.from({ length: 30 }, (_, k) => 10 + k)) {
      const { checklist, errors } = parse(tall(paragraphs));
      expect(errors).toEqual([]);
      const view = mergeDeployment(checklist, null, { name: 'tall' });
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      const pages = (await pdfText(pdf)).split('\f').map((page) => page.replace(/\s+/g, ' '));
      const at = (text: string) => pages.findIndex((page) => page.includes(text));
      if (at(opening) !== at(closing)) split.push(paragraphs);
    }
    expect(split).toEqual([]);
  }, 240_000);
});
