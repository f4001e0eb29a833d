/**
 * A comment of 5,000 characters makes its row break across pages in the DOCX. Where a line of
 * it fit on the page only without the space its line spacing adds below it, docx's layout
 * stopped, and every TOC entry from there on was written without a page number (blank in
 * LibreOffice, Protected View and previews). Read back from the DOCX's XML and, where
 * LibreOffice is installed, from its pages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { hasLibreOffice, libreOfficeText, openDocx } from '../docx/helpers.js';
import { contentDir } from '../helpers/samples.js';
import { checkToc } from '../helpers/toc-pages.js';

const comment = 'The supplier hardened the server and documented every step in the change ticket. '.repeat(62);

/** The page numbers the TOC's PAGEREF fields were written with ('' for none). */
const tocNumbers = (xml: string) =>
  [...xml.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>([^<]*)<\/w:t>)?<w:fldChar w:fldCharType="end"\/>/g)].map((m) => m[1] ?? '');

describe('a row that breaks across pages in the DOCX', () => {
  it('leaves every TOC entry its page number, and the numbers hold in LibreOffice', async () => {
    const loaded = (await loadDeployment(join(contentDir, 'deployments/mueller-klinikum.json'), { contentDir }, new Diagnostics()))!;
    // One of the sample's open items (its comment is in the open items too) where a line of a
    // split row would hang below the page.
    loaded.deployment.answers!['CL-BIOS2']!.comment = comment;
    const view = mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name });
    const docx = await renderDocx(view);
    const numbers = tocNumbers(await (await openDocx(docx)).part('word/document.xml'));
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers.filter((number) => !/^\d+$/.test(number))).toEqual([]);
    if (!hasLibreOffice && !process.env.CI) return;
    const { entries, wrong } = checkToc((await libreOfficeText({ docx })).docx!);
    expect(entries).toHaveLength(numbers.length);
    expect(wrong).toEqual([]);
  }, 180_000);
});
