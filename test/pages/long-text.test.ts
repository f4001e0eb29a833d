/**
 * A long comment (a pasted log) is laid out at a cost linear in its length: in the DOCX it is
 * a paragraph per line, each at most CHUNK characters, and not one character is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK, LONG_TEXT, chunksOf } from '../../src/render/docx/long-text.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { all, openDocx, wordText } from '../docx/helpers.js';
import { fixtureContentDir, sampleView } from '../helpers/samples.js';

describe('long text in DOCX cells', () => {
  it('cuts a line into pieces of at most the size, at spaces where it has them, losing nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ü', '-'), maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (line, size) => {
        const chunks = chunksOf(line, size);
        expect(chunks.join('')).toBe(line);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(size);
        // A piece ends after a space, or is cut hard at the size where its second half had none.
        for (const chunk of chunks.slice(0, -1)) if (!chunk.endsWith(' ')) expect(chunk.length).toBe(size);
      }),
    );
  });

  it('writes a 200 KB comment as paragraphs of at most CHUNK characters, and a short one as one paragraph with breaks', async () => {
    const view = await sampleView('acme.json', undefined, fixtureContentDir);
    const [long, short] = view.items as [(typeof view.items)[0], (typeof view.items)[0]];
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(' ');
    long.comment = `First line of the log\n${words}\nLast line of the log`;
    short.comment = 'Short comment\nwith a second line';
    expect(long.comment.length).toBeGreaterThan(100 * LONG_TEXT);

    const xml = await (await openDocx(await renderDocx(view, { pageNumbers: false }))).part('word/document.xml');
    const paragraphs = all(xml, /<w:p>(.*?)<\/w:p>/g).map(wordText);
    const start = paragraphs.indexOf('First line of the log');
    const end = paragraphs.indexOf('Last line of the log');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const pieces = paragraphs.slice(start + 1, end);
    expect(pieces.join('')).toBe(words);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(CHUNK);
    expect(paragraphs).toContain('Short commentwith a second line');
  });
});
