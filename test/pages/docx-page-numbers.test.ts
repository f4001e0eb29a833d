/**
 * The DOCX's pre-filled TOC carries the page each heading lands on, in a word processor that is
 * not Word: every sample converted by LibreOffice, read back per page with pdftotext. Exact
 * numbers need no update, so Word is not asked to update fields; where the layout had to guess,
 * it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { hasLibreOffice, libreOfficeText, openDocx } from '../docx/helpers.js';
import { stressView } from '../docx/stress-view.js';
import { sampleDeployments as deployments, sampleView } from '../helpers/samples.js';
import { checkToc } from '../helpers/toc-pages.js';

const updatePrompt = async (docx: Uint8Array) => /<w:updateFields\b(?![^>]*w:val="(?:false|0)")/.test(await (await openDocx(docx)).part('word/settings.xml'));

const cases: [string, string | undefined][] = [...deployments.map((file): [string, undefined] => [file, undefined]), ['stadtwerke-nord.json', 'minimum']];

describe.skipIf(!hasLibreOffice && !process.env.CI)('page numbers in the DOCX, through LibreOffice', () => {
  const files: Record<string, Uint8Array> = {};
  let texts: Record<string, string> = {};

  beforeAll(async () => {
    for (const [file, level] of cases) files[`${file}-${level}`] = await renderDocx(await sampleView(file, level));
    texts = await libreOfficeText(files);
  }, 600_000);

  it.each(cases)('%s at level %s: every TOC entry names the page its heading is on, and Word is not asked to update', async (file, level) => {
    const { entries, wrong } = checkToc(texts[`${file}-${level}`]!);
    expect(entries.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
    expect(await updatePrompt(files[`${file}-${level}`]!)).toBe(false);
  });
});

describe('when the DOCX is not laid out', () => {
  it('asks Word to update the TOC when its numbers were not written, and never for the annex, which has none', async () => {
    const view = await sampleView('pbx-hafen.json');
    expect(await updatePrompt(await renderDocx(view, { pageNumbers: false }))).toBe(true);
    expect(await updatePrompt(await renderDocx(view, { variant: 'annex' }))).toBe(false);
  });

  it('asks Word to update only when the layout had to guess (a character it has no Word width for)', async () => {
    const view = stressView();
    // Emoji, Arabic and Hebrew are in its tables; a contour integral is not.
    expect(await updatePrompt(await renderDocx(view))).toBe(false);
    view.items[0]!.comment = 'Measured as \u222E of the field';
    expect(await updatePrompt(await renderDocx(view))).toBe(true);
  });
});
