/**
 * Every chapter starts on a new page in every format: the HTML's print styles (and so the PDF)
 * break the page before each chapter, but the DOCX ran a chapter on below the end of the one
 * before ("8 References" under the last lines of 7.4), so the two printed documents paged apart.
 * Read back from LibreOffice's layout of the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

const chapters = ['Introduction', 'Server hardening', 'References'];
const master = `${frontMatter}
${chapters.map((title, k) => `# ${title}\n\nThe closing sentence of chapter ${k + 1}.\n`).join('\n')}`;

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('chapters of the DOCX in LibreOffice', () => {
  it('start each on a new page, the first right after the contents', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const docx = await renderDocx(mergeDeployment(checklist, null, { name: 'chapters' }));
    const pages = (await libreOfficeText({ chapters: docx })).chapters!.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const headingPage = (k: number) => pages.findIndex((page) => new RegExp(`\\b${k + 1} ${chapters[k]}\\b(?! ?\\.)`).test(page));
    const sentencePage = (k: number) => pages.findIndex((page) => page.includes(`closing sentence of chapter ${k + 1}.`));
    const contents = pages.findIndex((page) => page.includes('Contents'));
    expect(headingPage(0)).toBe(contents + 1);
    for (const k of [1, 2]) {
      expect(headingPage(k)).toBeGreaterThan(0);
      expect(headingPage(k)).toBe(sentencePage(k - 1) + 1);
    }
  }, 120_000);
});
