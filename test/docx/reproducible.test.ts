/**
 * Same view, same bytes: no clock, no random ids, no process-wide counters in the output.
 * Rendered without the page layout (no page numbers asserted here); the laid-out DOCX, which
 * builds the document twice, is checked the same way in test/pages/docx-reproducible.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CustomerChecklist } from '../../src/model/view.js';
import { buildDocument } from '../../src/render/docx/document.js';
import { compiledUnzipped, packageFiles } from '../../src/render/docx/package-files.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { reproducible } from '../../src/render/docx/reproducible.js';
import { readZip, writeZip } from '../../src/render/docx/zip.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { all, openDocx } from './helpers.js';
import { pngLogo, svg, withLogo } from './logo-fixtures.js';

/** No page layout: the bytes these tests read do not depend on it. */
const quick = { pageNumbers: false } as const;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The fixture with an external link, which docx gives a random relationship id. */
function withLink(): CustomerChecklist {
  const view = structuredClone(viewFixture);
  const section = view.body.find((b) => b.kind === 'section')!;
  if (section.kind !== 'section') throw new Error('fixture changed');
  section.children.unshift({
    kind: 'paragraph',
    content: [{ kind: 'text', value: 'See ' }, { kind: 'link', href: 'https://example.org/advisories', children: [{ kind: 'text', value: 'the advisories' }] }],
  });
  return view;
}

describe('renderDocx is reproducible', () => {
  it('gives identical bytes for two renders a day apart, with other renders between', async () => {
    const first = await renderDocx(viewFixture, quick);
    // Other renders in between move docx's process-wide bookmark counter on.
    await renderDocx(withLink(), { variant: 'annex', ...quick });
    // The clock set a day on rather than waited for: a time or date read from it (docx's
    // dcterms stamps, a zip entry's DOS time, which counts in steps of 2 s) changes the bytes.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 });
    try {
      expect(same(first, await renderDocx(viewFixture, quick))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives identical bytes for a document with external links and for the annex', async () => {
    expect(same(await renderDocx(withLink(), quick), await renderDocx(withLink(), quick))).toBe(true);
    expect(same(await renderDocx(viewFixture, { variant: 'annex', ...quick }), await renderDocx(viewFixture, { variant: 'annex', ...quick }))).toBe(true);
  });

  it('gives identical bytes for a document with the theme’s logo (a drawing, numbered by a counter of the process)', async () => {
    const theme = withLogo(pngLogo);
    const first = await renderDocx(viewFixture, { theme, ...quick });
    await renderDocx(viewFixture, { variant: 'annex', theme: withLogo(svg), ...quick });
    expect(same(first, await renderDocx(viewFixture, { theme, ...quick }))).toBe(true);
  });

  it('keeps the link working under its stable relationship id', async () => {
    const docx = await openDocx(await renderDocx(withLink(), quick));
    const rels = await docx.part('word/_rels/document.xml.rels');
    const id = all(rels, /Id="([^"]+)" Type="[^"]*\/hyperlink" Target="https:\/\/example\.org\/advisories"/g);
    expect(id).toEqual(['rIdLink1']);
    expect(all(await docx.part('word/document.xml'), /<w:hyperlink [^>]*r:id="([^"]+)"/g)).toEqual(['rIdLink1']);
  });

  it('stamps the master’s date on the properties and on every zip entry, [Content_Types].xml first', async () => {
    const bytes = await renderDocx(viewFixture, quick);
    const core = await (await openDocx(bytes)).part('docProps/core.xml');
    expect(all(core, /<dcterms:(?:created|modified)[^>]*>([^<]*)/g)).toEqual(['2025-03-14T00:00:00Z', '2025-03-14T00:00:00Z']);
    const names = [...readZip(bytes).keys()];
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    // DOS date of every local header: 2025-03-14 → ((2025-1980) << 9) | (3 << 5) | 14.
    const data = Buffer.from(bytes);
    const dates = new Set<number>();
    for (let at = data.indexOf('PK\u0003\u0004'); at >= 0; at = data.indexOf('PK\u0003\u0004', at + 4)) dates.add(data.readUInt16LE(at + 12));
    expect([...dates]).toEqual([(45 << 9) | (3 << 5) | 14]);
  });
});

describe('the package’s files', () => {
  it('come unzipped from docx’s compiler, and make the same DOCX as those of its zip (links, logos, the annex)', async () => {
    expect(compiledUnzipped).toBe(true);
    const cases = [
      buildDocument(withLink(), 'full', {}),
      buildDocument(viewFixture, 'full', { theme: withLogo(pngLogo) }),
      buildDocument(viewFixture, 'annex', { theme: withLogo(svg) }),
    ];
    for (const [index, document] of cases.entries()) {
      const unzipped = await packageFiles(document);
      // Another document of the same view: docx's counters move on, as between two renders.
      const zipped = await packageFiles([buildDocument(withLink(), 'full', {}), buildDocument(viewFixture, 'full', { theme: withLogo(pngLogo) }), buildDocument(viewFixture, 'annex', { theme: withLogo(svg) })][index]!, true);
      expect([...unzipped.keys()].sort(), `case ${index}`).toEqual([...zipped.keys()].sort());
      expect([...unzipped.values()].some((data) => typeof data === 'string')).toBe(true);
      expect(same(reproducible(unzipped, '2025-03-14'), reproducible(zipped, '2025-03-14')), `case ${index}`).toBe(true);
    }
  });
});

describe('zip', () => {
  it('reads back what it writes, names in UTF-8 and empty entries included', () => {
    const entries = [
      ['a.xml', new TextEncoder().encode('<a>Grüße 🔒</a>'.repeat(100))],
      ['ordner/ä.txt', new Uint8Array()],
    ] as const;
    const read = readZip(writeZip(entries, new Date('2025-03-14T00:00:00Z')));
    expect([...read.keys()]).toEqual(['a.xml', 'ordner/ä.txt']);
    expect(new TextDecoder().decode(read.get('a.xml'))).toBe('<a>Grüße 🔒</a>'.repeat(100));
    expect(read.get('ordner/ä.txt')?.length).toBe(0);
  });
});
