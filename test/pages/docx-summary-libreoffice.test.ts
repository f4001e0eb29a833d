/**
 * The summary's count tables stand side by side in one row of a layout table that never
 * splits. LibreOffice measures such a row, holding tables, taller than it is: with one more
 * sentence in the summary (an answer marked for review after an upgrade) it moved the row to
 * page 2 although it fit on page 1 with room to spare, and every TOC number after it was a page
 * off. The pages are pinned by the layout, so the written row may split: it does not, it fits.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { contentDir } from '../helpers/samples.js';
import { checkToc } from '../helpers/toc-pages.js';

describe('the summary of a DOCX with an answer marked for review', () => {
  it.runIf(hasLibreOffice || process.env.CI)('keeps its count tables on page 1 in LibreOffice, and every TOC number holds', async () => {
    const loaded = (await loadDeployment(join(contentDir, 'deployments/mueller-klinikum.json'), { contentDir }, new Diagnostics()))!;
    loaded.deployment.answers!['CL-SF:SWstatus']!.review = 'Version 2.0 → 2.1: Measures';
    const view = mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name });
    const text = (await libreOfficeText({ docx: await renderDocx(view) })).docx!;
    const firstPage = text.split('\f')[0]!;
    expect(firstPage).toContain('Changed since answered');
    expect(firstPage).toMatch(/Status\s+Items/);
    const { entries, wrong } = checkToc(text);
    expect(entries.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 180_000);
});
