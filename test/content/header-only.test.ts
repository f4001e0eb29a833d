/**
 * A plain table with a header row and no rows prints as an empty table. Pasted from a guide
 * converted from PDF or Word, it is most often the header a page break repeated, and check said
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const accounts = '| # | User | Privileges |\n| --- | --- | --- |';

describe('a table with a header row and no rows', () => {
  it('repeating an earlier table\'s header is a warning that names that table', () => {
    const text = `${frontMatter}\n${accounts}\n| 1 | admin | All |\n\n${accounts}\n\nMore text.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:13:1: warning This table has a header row and no rows, so it prints as an empty table: it repeats the header of the table at doc/01.md:9:1, as a table continued after a page break does; join the rows after it to that table, or delete it [header-only-table]',
    ]);
  });

  it('alone, it is a warning too; a table with rows is quiet, in another file as well', () => {
    expect(parse(`${frontMatter}\n| Port | Use |\n| --- | --- |\n`).messages).toEqual([
      'doc/01.md:9:1: warning This table has a header row and no rows, so it prints as an empty table: add its rows, or delete it [header-only-table]',
    ]);
    expect(parse(`${frontMatter}\n${accounts}\n| 1 | admin | All |\n`, `${accounts}\n| 2 | guest | Read |\n`).messages).toEqual([]);
  });
});
