/**
 * A contents entry whose title takes two lines in the PDF: its page number stands at the end of
 * the title's last line, and the second line starts under the title, not under the section's
 * number. (It printed the number on the first line and the title's rest under the number, after
 * the number, as a line of its own.) Read back with pdftotext's word boxes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { pdfWords } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const markdown = `${frontMatter}
# Administration

## Hardening of the command line tool and of every administrative interface that the appliance exposes to operators on the management network

Text.
`;

let printed: ReturnType<typeof pdfWords> | undefined;
/** The words of the PDF, printed once for the tests below. */
function printedWords(): ReturnType<typeof pdfWords> {
  printed ??= (async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, null, { name: 'toc' });
    return pdfWords(await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' }));
  })();
  return printed;
}

describe('a contents entry of two lines in the PDF', () => {
  it('ends with its page number, its second line under its title', async () => {
    const words = await printedWords();
    const contents = words.find((w) => w.text === 'Contents')!;
    const entry = words.filter((w) => w.page === contents.page && w.yMin > contents.yMin);
    const number = entry.find((w) => w.text === '1.1')!;
    const first = entry.find((w) => w.text === 'Hardening')!;
    const last = entry.find((w) => w.text === 'network')!;
    const wrapped = entry.find((w) => Math.abs(w.yMin - last.yMin) < 2 && w.xMin < last.xMin && !entry.some((o) => Math.abs(o.yMin - last.yMin) < 2 && o.xMin < w.xMin))!;
    expect(last.yMin).toBeGreaterThan(first.yMin + 5);
    // The page number: a digit on the last line, right of the title; none on the first line.
    const onLine = (y: number) => entry.filter((w) => Math.abs(w.yMin - y) < 2 && /^\d+$/.test(w.text) && w.xMin > last.xMin);
    const printedOn = words.find((w) => w.text === 'Hardening' && w.page > contents.page)!.page;
    expect(onLine(last.yMin).map((w) => w.text)).toEqual([String(printedOn)]);
    expect(entry.filter((w) => Math.abs(w.yMin - first.yMin) < 2 && /^\d+$/.test(w.text))).toEqual([]);
    expect(wrapped.xMin).toBeGreaterThan(number.xMax);
    // Within a space: the title starts after the number and a space.
    expect(Math.abs(wrapped.xMin - first.xMin)).toBeLessThan(4);
  }, 120_000);

  it('and the heading itself: its second line under its title, not under its number', async () => {
    const words = await printedWords();
    const contents = words.find((w) => w.text === 'Contents')!;
    const heading = words.filter((w) => w.page > contents.page);
    const number = heading.find((w) => w.text === '1.1')!;
    const first = heading.find((w) => w.text === 'Hardening')!;
    const lines = [...new Set(heading.filter((w) => w.yMin >= first.yMin - 2 && w.yMin < first.yMin + 60).map((w) => Math.round(w.yMin)))];
    const second = heading.filter((w) => Math.abs(w.yMin - lines[1]!) < 2).sort((a, b) => a.xMin - b.xMin)[0]!;
    expect(second.yMin).toBeGreaterThan(first.yMin + 5);
    expect(Math.abs(number.yMin - first.yMin)).toBeLessThan(2);
    expect(Math.abs(second.xMin - first.xMin)).toBeLessThan(4);
  }, 120_000);
});
