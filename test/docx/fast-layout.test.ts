/**
 * The patched page layout (src/render/docx/fast-layout.ts) against docx's own: every patch fits
 * the installed docx, and the pages, the plans and the DOCX bytes are the stock layout's.
 */
import { readFileSync } from 'node:fs';
import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument as stockLayout } from 'docx/layout';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerChecklist } from '../../src/model/view.js';
import { buildDocument } from '../../src/render/docx/document.js';
import { layoutBundlePath, layoutDocument as fastLayout, layoutIsPatched } from '../../src/render/docx/fast-layout.js';
import { LAYOUT_PATCHES, patchLayoutSource, unplainSpreadCalls } from '../../src/render/docx/layout-patches.js';
import { planPages, SLACK_TWIPS } from '../../src/render/docx/pinned-pages.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { sampleDeployments, sampleView } from '../helpers/samples.js';
import { proseView } from './prose-view.js';
import { stressView } from './stress-view.js';

const bundle = readFileSync(layoutBundlePath(), 'utf8');

describe('the layout patches', () => {
  it('all fit the installed docx (when one does not, update it in layout-patches.ts)', () => {
    const { source, missing } = patchLayoutSource(bundle);
    expect(missing).toEqual([]);
    expect(layoutIsPatched).toBe(true);
    expect(fastLayout).not.toBe(stockLayout);
    expect(source).not.toBe(bundle);
    for (const { anchor, replacement } of LAYOUT_PATCHES) {
      expect(source.includes(anchor), anchor.slice(0, 60)).toBe(replacement.includes(anchor));
      expect(source.includes(replacement)).toBe(true);
    }
  });

  it('every call of the object-spread helper is of the forms its patch is exact for', () => {
    expect(unplainSpreadCalls(bundle)).toEqual([]);
    const withGetter = bundle.replace('_objectSpread2({}, font), {}, {', '_objectSpread2({}, font), {}, { get size() { return 1; },');
    expect(unplainSpreadCalls(withGetter)).toHaveLength(1);
    const intoExisting = bundle.replace('_objectSpread2({}, font)', '_objectSpread2(font, {})');
    expect(unplainSpreadCalls(intoExisting)).toHaveLength(1);
  });

  it('leave the bundle as it is when an anchor is missing', () => {
    const changed = bundle.replace(LAYOUT_PATCHES[2]!.anchor, '\nvar renamed = (font) =>');
    expect(patchLayoutSource(changed)).toEqual({ source: changed, missing: [LAYOUT_PATCHES[2]!.name] });
  });
});

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

  it('gives the samples the DOCX bytes they have with docx/layout', async () => {
    const fast = await Promise.all(samples.map(([, view]) => renderDocx(view)));
    vi.resetModules();
    let stockCalls = 0;
    const counted: typeof stockLayout = (...args) => (stockCalls++, stockLayout(...args));
    vi.doMock('../../src/render/docx/fast-layout.js', () => ({ layoutDocument: counted }));
    const stock = (await import('../../src/render/docx/render-docx.js')).renderDocx;
    vi.doUnmock('../../src/render/docx/fast-layout.js');
    for (const [index, [name, view]] of samples.entries()) {
      expect(Buffer.from(fast[index]!).equals(Buffer.from(await stock(view))), name).toBe(true);
    }
    expect(stockCalls).toBe(samples.length);
  });
});
