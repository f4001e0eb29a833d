/**
 * @full-suite: the patched page layout (src/render/docx/fast-layout.ts) against docx's own, on
 * the samples (seconds each): the pages, the plans and the DOCX bytes are the stock layout's,
 * with the lines each view's paragraphs share with those laid out before it (lines-memo.ts).
 * (Whether every patch fits the installed docx: test/docx/layout-patches.test.ts.)
 */
import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument as stockLayout } from 'docx/layout';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerChecklist } from '../../src/model/view.js';
import { buildDocument } from '../../src/render/docx/document.js';
import { layoutBody, layoutDocument as fastLayout, layoutIsPatched, linesMemo } from '../../src/render/docx/fast-layout.js';
import { planPages, SLACK_TWIPS } from '../../src/render/docx/pinned-pages.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { proseView } from './prose-view.js';
import { stressView } from './stress-view.js';

/**
 * One paragraph for each face of several fonts (of the width tables, East Asian, unknown to them,
 * none), italic before upright, with Latin, Arabic, Chinese and a combining mark: what the
 * remembered font measures are keyed by.
 */
function facesDocument(): Document {
  const fonts = ['Calibri', 'Times New Roman', 'Arial', 'MS Mincho', 'Yu Gothic', 'Roboto', 'Segoe UI', undefined];
  const faces = [{ italics: true }, { bold: true, italics: true }, {}, { bold: true }];
  const text = 'Whitespace, wide letters: WWW mmm iii; مرحبا بالعالم 你好 e\u0301';
  const paragraphs = fonts.flatMap((font) => faces.map((face) => new Paragraph({ children: [new TextRun({ text: `${text} ${text} ${text}`, font, size: 22, ...face })] })));
  return new Document({ sections: [{ children: paragraphs }] });
}

const samples = await Promise.all(sampleDeployments.map(async (file) => [file, await sampleView(file)] as const));
const views: (readonly [string, CustomerChecklist])[] = [...samples, ['stress', stressView()], ['prose', proseView()]];

describe('the patched layout', () => {
  it.each(views)('lays out %s as docx/layout does, page for page', (_name, view) => {
    expect(layoutIsPatched).toBe(true);
    const laidOut = (layout: typeof stockLayout) => layout(buildDocument(view, 'full', { footSlack: SLACK_TWIPS }), { guess: true });
    const fast = laidOut(fastLayout);
    expect(fast.pages.length).toBeGreaterThan(1);
    const stock = laidOut(stockLayout);
    expect(fast).toStrictEqual(stock);
    // The plan the DOCX is written with, from those pages.
    const document = buildDocument(view, 'full', { footSlack: SLACK_TWIPS });
    expect(planPages(document, () => fast)).toStrictEqual(planPages(document, () => stock));
  });

  it('lays out every face of several fonts as docx/layout does', () => {
    const fast = fastLayout(facesDocument(), { guess: true });
    expect(new Set(fast.pages.flatMap((page) => page.body.map((block) => block.index))).size).toBe(32);
    expect(fast).toStrictEqual(stockLayout(facesDocument(), { guess: true }));
  });

  it('remembers the lines by content: a sample rendered again lays out only its headings anew, and is written the same', async () => {
    expect(linesMemo).toBeDefined();
    const [, view] = samples[0]!;
    const first = await renderDocx(view);
    const { hits, misses } = linesMemo!;
    const again = await renderDocx(view);
    // A heading's contents bookmark is named by a counter of the process (docx's), so in the same
    // process it is another content: laid out anew. The contents' entries, with their page
    // numbers, are never remembered. Every other paragraph is.
    expect(linesMemo!.hits - hits).toBeGreaterThan(500);
    expect(linesMemo!.misses - misses).toBeLessThan((linesMemo!.hits - hits) / 10);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the samples (and the stress and prose views) the DOCX bytes they have with docx/layout, laid out as they are written (one build)', async () => {
    expect(layoutBody).toBeDefined();
    const fast = await Promise.all(views.map(([, view]) => renderDocx(view)));
    vi.resetModules();
    let stockCalls = 0;
    const counted: typeof stockLayout = (...args) => (stockCalls++, stockLayout(...args));
    // The stock layout, and no body layout: the document is built twice, as without the patches.
    vi.doMock('../../src/render/docx/fast-layout.js', () => ({ layoutDocument: counted, layoutBody: undefined }));
    const stock = (await import('../../src/render/docx/render-docx.js')).renderDocx;
    vi.doUnmock('../../src/render/docx/fast-layout.js');
    for (const [index, [name, view]] of views.entries()) {
      expect(Buffer.from(fast[index]!).equals(Buffer.from(await stock(view))), name).toBe(true);
    }
    expect(stockCalls).toBe(views.length);
  });
});
