/**
 * @full-suite: the DOCX laid out to pin its page numbers (the document is built twice, once to
 * lay it out and once to write it) is as reproducible as the plain one: the same bytes for the
 * same view, bookmarks numbered from 1 in the document written.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { all, openDocx } from '../docx/helpers.js';
import { viewFixture } from '../fixtures/view-fixture.js';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('the laid-out DOCX is reproducible', () => {
  it('gives identical bytes for two renders, also a second apart', async () => {
    const first = await renderDocx(viewFixture);
    // Other renders in between move docx's process-wide bookmark counter on.
    await renderDocx(viewFixture, { variant: 'annex' });
    expect(same(first, await renderDocx(viewFixture))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(same(first, await renderDocx(viewFixture))).toBe(true);
  });

  it('numbers bookmarks from 1 in each render', async () => {
    const xml = await (await openDocx(await renderDocx(viewFixture))).part('word/document.xml');
    const ids = all(xml, /<w:bookmarkStart [^>]*w:id="(\d+)"/g).map(Number);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(all(xml, /w:name="(_Toc\d+)"/g)[0]).toBe('_Toc1');
  });
});
