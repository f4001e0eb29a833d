/**
 * The memo of paragraphs' lines by content (src/render/docx/lines-memo.ts): a key that tells
 * apart every value the layout could tell apart, lines laid out once for each content, and the
 * file a master's lines are kept in. On small values, at the speed of a save; the real layout
 * through it: test/docx/fast-layout.test.ts (the same DOCX bytes as docx's own layout).
 */
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey, LinesMemo, type LaidOutParagraph } from '../../src/render/docx/lines-memo.js';

const paragraph = (text: string, format: object = { alignment: 'left' }): LaidOutParagraph => ({
  items: [{ type: 'marker', name: '_Toc1' }, { type: 'text', text, font: { font: 'Arial', size: 10 } }],
  format,
  tabStops: [],
  markFont: { font: 'Arial', size: 10 },
});
const SETTINGS = [708, undefined, undefined, 15, undefined, true];

describe('the key of a paragraph’s content', () => {
  it('tells apart what JSON would not: undefined from a missing key, -0 from 0, NaN and the infinities from null', () => {
    const keys = [{}, { a: undefined }, { a: null }, { a: 0 }, { a: -0 }, { a: NaN }, { a: Infinity }, { a: -Infinity }, { a: '0' }, { a: false }, [undefined], [null], []].map(contentKey);
    expect(keys.every((key) => key !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same for equal data, and tells apart the order of keys and strings that look like syntax', () => {
    expect(contentKey({ a: [1, 'x', { b: true }] })).toBe(contentKey({ a: [1, 'x', { b: true }] }));
    expect(contentKey({ a: 1, b: 2 })).not.toBe(contentKey({ b: 2, a: 1 }));
    expect(contentKey(['a,b'])).not.toBe(contentKey(['a', 'b']));
    expect(contentKey({ 'a":1,"b': 2 })).not.toBe(contentKey({ a: 1, b: 2 }));
  });

  it('is none for values it cannot write exactly: maps, sets, functions, class instances, symbols, holes', () => {
    class Font {
      size = 10;
    }
    for (const value of [new Map(), new Set([1]), () => 1, new Font(), Symbol('s'), { [Symbol('s')]: 1 }, [1, , 3], Object.create(null), 1n]) {
      expect(contentKey({ value })).toBeUndefined();
    }
  });
});

describe('the memo of lines', () => {
  it('lays out each content once, and gives the lines of the first to a paragraph of the same content', () => {
    const memo = new LinesMemo();
    let laidOut = 0;
    const layOut = () => [{ text: `line ${++laidOut}` }];
    const first = memo.lines(paragraph('Yes'), '0:9000', SETTINGS, layOut);
    expect(memo.lines(paragraph('Yes'), '0:9000', SETTINGS, layOut)).toBe(first);
    expect(laidOut).toBe(1);
    // Another text, width, format or setting is another content.
    memo.lines(paragraph('No'), '0:9000', SETTINGS, layOut);
    memo.lines(paragraph('Yes'), '0:8000', SETTINGS, layOut);
    memo.lines(paragraph('Yes', { alignment: 'right' }), '0:9000', SETTINGS, layOut);
    memo.lines(paragraph('Yes'), '0:9000', [...SETTINGS.slice(0, 5), false], layOut);
    expect(laidOut).toBe(5);
    expect([memo.hits, memo.misses]).toEqual([1, 5]);
  });

  it('leaves to the layout a paragraph measured otherwise (no settings), one with a text box, and one it cannot key', () => {
    const memo = new LinesMemo();
    let laidOut = 0;
    const layOut = () => [{ text: String(++laidOut) }];
    const withBox: LaidOutParagraph = { items: [{ type: 'textBox', blocks: [] }] };
    const withMap: LaidOutParagraph = { items: [{ type: 'text', text: 'x', font: new Map() }] };
    for (let round = 0; round < 2; round++) {
      memo.lines(paragraph('Yes'), '0:9000', undefined, layOut);
      memo.lines(withBox, '0:9000', SETTINGS, layOut);
      memo.lines(withMap, '0:9000', SETTINGS, layOut);
    }
    expect(laidOut).toBe(6);
    expect([memo.hits, memo.misses]).toEqual([0, 0]);
  });
});

describe('a master’s file of lines', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-lines-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const fail = () => {
    throw new Error('laid out again');
  };

  it('gives another process the lines laid out before, and is written only when some were laid out anew', async () => {
    const file = join(dir, 'master.v8');
    const first = new LinesMemo();
    await first.read(file); // none yet
    first.track();
    const lines = first.lines(paragraph('Yes'), '0:9000', SETTINGS, () => [{ text: 'Yes', height: 12.5, markers: ['_Toc1'] }]);
    await first.write(file, 4);
    expect(await readdir(dir)).toEqual(['master.v8']);

    const second = new LinesMemo();
    await second.read(file);
    second.track();
    expect(second.lines(paragraph('Yes'), '0:9000', SETTINGS, fail)).toStrictEqual(lines);
    await rm(file);
    await second.write(file, 4); // nothing new: not written
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads no file its group or others can write: lines planted there would move the page numbers', async () => {
    const file = join(dir, 'master.v8');
    const first = new LinesMemo();
    first.track();
    first.lines(paragraph('Yes'), '0:9000', SETTINGS, () => [{ text: 'Yes', height: 12.5, markers: [] }]);
    await first.write(file, 4);
    await chmod(file, 0o666);
    const second = new LinesMemo();
    await second.read(file);
    expect(() => second.lines(paragraph('Yes'), '0:9000', SETTINGS, fail)).toThrow('laid out again');
  });

  it('keeps, beside the lines a render used, at most as many of those the file held before', async () => {
    const file = join(dir, 'master.v8');
    const writer = new LinesMemo();
    writer.track();
    for (const text of ['a', 'b', 'c', 'd']) writer.lines(paragraph(text), '0:9000', SETTINGS, () => [{ text }]);
    await writer.write(file, 4);

    const next = new LinesMemo();
    await next.read(file);
    next.track();
    next.lines(paragraph('e'), '0:9000', SETTINGS, () => [{ text: 'e' }]); // new: the file is written again
    await next.write(file, 4);

    const last = new LinesMemo();
    await last.read(file);
    expect(last.lines(paragraph('e'), '0:9000', SETTINGS, fail)).toStrictEqual([{ text: 'e' }]);
    expect(last.lines(paragraph('a'), '0:9000', SETTINGS, fail)).toStrictEqual([{ text: 'a' }]);
    expect(last.lines(paragraph('b'), '0:9000', SETTINGS, () => 'laid out')).toBe('laid out');
  });

  it('adds nothing from a file it cannot read', async () => {
    const memo = new LinesMemo();
    await memo.read(join(dir, 'missing.v8'));
    expect(memo.lines(paragraph('Yes'), '0:9000', SETTINGS, () => 'laid out')).toBe('laid out');
  });
});
