/**
 * A row taller than a page (an 80-line procedure, a general remark of 5,000 characters) may
 * break across pages in the DOCX: kept whole and kept with its neighbours, it was pushed to the
 * next page, and LibreOffice left the pages before it empty but for the item's first row, or the
 * chapter's heading and then a blank page. Read back from LibreOffice's layout of the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

const steps = Array.from({ length: 80 }, (_, i) => `- Step ${i + 1}: restart unit${i + 1}.service`).join('<br>');
// An item of many short rows is as tall: kept together, LibreOffice moved it whole to the next page (and left a blank one) before breaking it anyway.
const nodes = Array.from({ length: 40 }, (_, i) => `| Node ${String(i + 1).padStart(2, '0')} | Yes / No |`).join('\n');
const master = `${frontMatter}
# Procedures

::deployment-overview

| CL-TALL1 Probe | Eighty steps |
| --- | --- |
| Measures | Follow the procedure |
| Procedure | ${steps} |
| Executed | Yes / No |

| CL-NODES Probe | Forty nodes |
| --- | --- |
| Measures | Check every node |
| Executed | |
${nodes}
`;

describe.skipIf(!hasLibreOffice && !process.env.CI)('rows taller than a page in LibreOffice', () => {
  it('run on from where they start: no page holds only a heading or an item\'s first row', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const remark = 'Lorem ipsum dolor sit amet, consectetur adipiscing. '.repeat(100);
    const view = mergeDeployment(checklist, { checklist: checklist.meta.id, generalRemark: remark }, { name: 'tall' });
    const pages = (await libreOfficeText({ tall: await renderDocx(view, { pageNumbers: false }) })).tall!.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));
    const heading = pages.findIndex((page) => page.includes('1 Procedures') && !page.includes('Contents'));
    // The overview starts under the chapter's heading, its remark right after the rows above it.
    expect(pageOf('Covered systems')).toBe(heading);
    expect(pageOf('General remark')).toBe(heading);
    // The procedure starts on the item's page, under its first row.
    expect(pageOf('Step 1:')).toBe(pageOf('Follow the procedure'));
    expect(pages.filter((page) => page.includes('Step ')).length).toBe(2);
    for (let i = 1; i <= 80; i++) expect(pages.join(' ')).toContain(`Step ${i}: restart`);
    // The item of forty rows starts right under the procedure's item, on its last page or the next.
    const lastStep = pages.map((page) => page.includes('Step ')).lastIndexOf(true);
    expect(pageOf('Forty nodes')).toBeLessThanOrEqual(lastStep + 1);
    expect(pages.join(' ')).toContain('Node 40');
    // No page of the chapter holds only its running header and footer (or a row or two).
    for (const page of pages.slice(heading, -1)) expect(page.trim().split(' ').length, page).toBeGreaterThan(30);
  }, 120_000);
});
