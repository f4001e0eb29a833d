/**
 * An ordered list whose later numbers are not the next ones (`1.`, `2.`, `7.`): Markdown counts
 * on from the first and prints 3, in every format, while the text may cite [7].
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const gaps = `${frontMatter}\n# Sources\n\nSee the guide [7].\n\n1. Setup guide\n2. Admin guide\n7. Patch policy\n`;

describe('an ordered list numbered with gaps', () => {
  it('is a warning at the first item that prints another number', () => {
    expect(parse(gaps).messages).toEqual([
      'doc/01.md:15:1: warning List item "7." prints as 3.: Markdown numbers a list on from its first number (1) and ignores the numbers written after it; number the items in order, or, where the numbers are labels with gaps (references cited as [7]), write them as text: "- [7] …" [list-renumbered]',
    ]);
  });

  it('numbered in order from any start, lazily (all alike), or with ")" stays quiet', () => {
    expect(parse(`${frontMatter}\n4. four\n5. five\n6. six\n`).messages).toEqual([]);
    expect(parse(`${frontMatter}\n1. one\n1. two\n1. three\n`).messages).toEqual([]);
    expect(parse(`${frontMatter}\n1) one\n2) two\n`).messages).toEqual([]);
  });

  it('nested inside another list, it is found too', () => {
    const nested = `${frontMatter}\n- Guides\n  1. Setup\n  3. Admin\n`;
    expect(parse(nested).messages.map((message) => message.replace(/ warning .*\[/, ' ['))).toEqual(['doc/01.md:11:3: [list-renumbered]']);
  });
});
