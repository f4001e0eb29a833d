/**
 * A `|` inside a code span in a table row: GFM splits the row at every `|` that is not escaped,
 * code or not, so a command such as `ps aux | grep x` in a cell is cut in two, its pipe gone and
 * its backticks printed, in every format.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

describe('a | inside code in a table cell', () => {
  it('is a warning at the |, in an item row and in a plain table', () => {
    const item = '| CL-A1 Scope | Title |\n| --- | --- |\n| Measures | Check with `bootctl list | grep usb` first |\n| Executed | Yes / No |\n';
    const plain = '| Account | Check |\n| --- | --- |\n| gwadmin | `id gwadmin | grep wheel` |\n';
    expect(parse(`${frontMatter}\n${item}\n${plain}`).messages).toEqual([
      'doc/01.md:11:39: warning The | in `bootctl list | grep usb` ends the table cell, as every | in a table row does (in code too), so the cell is cut there, the | is lost and the backticks print: write \\| for it [pipe-in-code]',
      'doc/01.md:16:25: warning The | in `id gwadmin | grep wheel` ends the table cell, as every | in a table row does (in code too), so the cell is cut there, the | is lost and the backticks print: write \\| for it [pipe-in-code]',
    ]);
  });

  it('passes when escaped, between two code spans, in a double-backtick span\'s neighbour, or outside a table', () => {
    const table = '| A | B |\n| --- | --- |\n| `a \\| b` | x |\n| `a` | `b` |\n| ``x`` | `y` |\n';
    expect(parse(`${frontMatter}\n${table}\nRun \`a | b\` in a paragraph.\n`).messages).toEqual([]);
  });
});
