/**
 * A task list item: its box stands where the bullet would, on the line of the item's text
 * ("☐ Open task"): in the PDF not on a line of its own above the text, in the DOCX not after a
 * bullet ("• ☐ Open task", read back through LibreOffice).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const markdown = `${frontMatter}
# Tasks

- [ ] Open task
- [x] Done task
- Plain item

1. A step
   - [ ] Nested open task
`;

describe('task list items', () => {
  it('print each box on the line of its text', async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, null, { name: 'tasks' });
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
    const lines = (await pdfText(pdf)).split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    for (const line of ['☐ Open task', '☒ Done task', '☐ Nested open task']) expect(lines).toContain(line);
  }, 120_000);

  it.skipIf(!hasLibreOffice && !process.env.CI)('print each box in place of the bullet in the DOCX', async () => {
    const view = mergeDeployment(parse(markdown).checklist, null, { name: 'tasks' });
    const text = (await libreOfficeText({ tasks: await renderDocx(view, { pageNumbers: false }) })).tasks!;
    const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    for (const line of ['☐ Open task', '☒ Done task', '☐ Nested open task', '• Plain item']) expect(lines).toContain(line);
  }, 120_000);
});
