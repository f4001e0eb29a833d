/**
 * The sentence right before a table of the master introduces it and is printed on the table's
 * page: the DOCX printed a chapter's heading and "The node matrix below …" at the foot of a page
 * and the table on the next. The master is printed with more and more prose before them, so that
 * they start at every height of a page; read back from the PDF and from LibreOffice's rendering
 * of the DOCX.
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
const master = (paragraphs: number) => `${frontMatter}
# Network

${Array.from({ length: paragraphs }, () => filler).join('\n\n')}

## Node matrix

The node matrix below lists every node of the cluster.

| Node | Hostname | Address | Owner |
| --- | --- | --- | --- |
${['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta'].map((node, i) => `| ${node} | tx9-${node.toLowerCase()} | 10.0.0.${i + 1} | Operations |`).join('\n')}
`;

const lengths = Array.from({ length: 24 }, (_, k) => 8 + k);
const sentence = 'The node matrix below lists every node';
/** The lengths whose sentence is printed on another page than the table's first row. */
const apart = (texts: string[]) =>
  lengths.filter((_, k) => {
    const pages = texts[k]!.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const at = (text: string) => pages.findIndex((page) => page.includes(text));
    expect(at(sentence)).toBeGreaterThanOrEqual(0);
    return at(sentence) !== at('Alpha tx9-alpha');
  });

describe('the sentence before a table of the master', () => {
  let views: CustomerChecklist[] = [];
  beforeAll(() => {
    views = lengths.map((paragraphs) => {
      const { checklist, errors } = parse(master(paragraphs));
      expect(errors).toEqual([]);
      return mergeDeployment(checklist, null, { name: 'kept' });
    });
  });

  it('is on the table\'s page in the PDF', async () => {
    const texts: string[] = [];
    for (const view of views) {
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      texts.push(await pdfText(pdf));
    }
    expect(apart(texts)).toEqual([]);
  }, 240_000);

  it.skipIf(!hasLibreOffice && !process.env.CI)('is on the table\'s page in the DOCX', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [k, view] of views.entries()) files[`n${k}`] = await renderDocx(view);
    const texts = await libreOfficeText(files);
    expect(apart(views.map((_, k) => texts[`n${k}`]!))).toEqual([]);
  }, 300_000);
});
