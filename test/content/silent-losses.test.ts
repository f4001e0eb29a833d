/**
 * Input the tool cannot use as written, which `check` passed as "no problems": a directive in a
 * table cell, a component named twice, cells beyond a table's header, a server's row with extra
 * words. Each is a message at its place.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

// Front matter is 7 lines, then a blank line: the first block is line 9.
describe('directives in table cells', () => {
  it('a directive in a plain table cell or in a line of an item cell is an error at it; escaped or in code it passes', () => {
    const { messages } = parse(
      `${frontMatter}\n| Step | Part |\n| --- | --- |\n| Sign-off | ::signatures |\n| Escaped | \\::signatures |\n| Code | \`::open-items\` |\n\n| CL-A1 Scope | T |\n| --- | --- |\n| Measures | - Check<br>- ::open-items |\n| Executed | Yes / No |\n`,
    );
    expect(messages).toEqual([
      'doc/01.md:11:14: error Directive ::signatures stands inside a table cell: it would be printed as text there, and the part it names placed as if it were not written; write "::signatures" alone on its line, outside the table, with a blank line before and after [nested-block]',
      'doc/01.md:17:27: error Directive ::open-items stands inside a table cell: it would be printed as text there, and the part it names placed as if it were not written; write "::open-items" alone on its line, outside the table, with a blank line before and after [nested-block]',
    ]);
  });
});

describe('components named twice', () => {
  it('a front-matter component named twice, case and spaces aside, is an error at the second', () => {
    const { errors } = parse(frontMatter.replace('components: [Main server, Standby server]', 'components: [Main server, Standby server, main  Server]'));
    expect(errors).toEqual([
      'doc/01.md:6:43: error `components` names "main  Server" twice (case and spaces aside): a deployment\'s components and the items\' rows match either, so the list reads as two servers where there is one; name each server once [front-matter]',
    ]);
  });
});

describe('cells past the header', () => {
  it('a fillable or plain row longer than its header is a warning at the extra cell; a row of options so, an error; a shorter row is no extra-cell but a short-row warning (short-rows.test.ts)', () => {
    const { messages, checklist } = parse(
      `${frontMatter}\n| No. | Setting | Default | Customer setting |\n| --- | --- | --- | --- |\n| 1 | Password length | 8 | | 12 |\n| 2 | History |\n\n| CL-A1 Scope | T |\n| --- | --- |\n| Measures | Do it | now |\n| Executed | |\n| Main server | Yes / No | extra |\n`,
    );
    expect(messages).toEqual([
      'doc/01.md:11:31: warning Cell "12" stands past the table\'s 4 columns: it prints here as a column with no header, and GitHub and other Markdown viewers drop it (GFM keeps as many cells as the header has): add a header cell for it, or join it to the cell before [extra-cell]',
      'doc/01.md:12:1: warning This row has 2 cells, the table 4 columns: Markdown adds the missing ones at the end, so if a cell in the middle was left out, the cells after it stand one column to the left ("History" under "Setting"): write every cell of the row, an empty one as "| |" [short-row]',
      'doc/01.md:16:22: warning Row "Measures" of CL-A1 has a cell past the item\'s columns, "now": it is joined to the row\'s value here, and GitHub and other Markdown viewers drop it (GFM keeps as many cells as the header has): put it in the value\'s cell [extra-cell]',
      'doc/01.md:18:28: error Row "Main server" of CL-A1 has a cell past the item\'s columns, "extra": its options are read from the cells joined, "Yes / No extra", so the text becomes part of the last option: put the options in one cell, and a note in the comments row [extra-cell]',
    ]);
    // What the message says: the last option took the text.
    const row = checklist.items[0]?.components[0];
    expect(row?.kind === 'component' ? row.answers.options : []).toEqual(['Yes', 'No extra']);
  });
});

describe('a server named with a condition', () => {
  it('a server row with "(if present)", "if installed" or "(optional)" after it is a part row every customer sees: a warning; a part of a server stays quiet', () => {
    const item = `| CL-A1 Scope | T |\n| --- | --- |\n| Executed | |\n| Standby server (if present) | Yes / No |\n| Standby server, if installed | Yes / No |\n| Main server (optional) | Yes / No |\n| Main server database | Yes / No |\n| Standby server (replication) | Yes / No |\n`;
    const { messages, checklist } = parse(`${frontMatter}\n${item}`);
    const warning = (line: number, row: string, server: string) =>
      `doc/01.md:${line}:3: warning Component row "${row}" of CL-A1 is not the server "${server}" but a part row, so every customer sees it, those without a ${server} too, and their item stays open until it is ticked: name the row "${server}", which is left out where the deployment has no ${server} [conditional-server]`;
    expect(messages).toEqual([
      warning(12, 'Standby server (if present)', 'Standby server'),
      warning(13, 'Standby server, if installed', 'Standby server'),
      warning(14, 'Main server (optional)', 'Main server'),
    ]);
    // What the warning says: none of these rows is a server's, so none is left out.
    expect(checklist.items[0]?.components.map((row) => row.kind === 'component' && row.isServer)).toEqual([false, false, false, false, false]);
  });
});

describe('a box ticked in the master', () => {
  it('a ticked box in an Executed or component row is a warning (it prints empty); in Measures it names a dialog\'s setting and passes', () => {
    const rows = '| Measures | Tick [x] Enforce |\n| Executed | Yes: ☒ No: ☐ |\n| Main server | [x] Yes [ ] No |';
    const { messages, checklist } = parse(`${frontMatter}\n| CL-A1 Scope | T |\n| --- | --- |\n${rows}\n`);
    expect(messages).toEqual([
      'doc/01.md:12:14: warning Row "Executed" of CL-A1 has a ticked box: a master\'s boxes print empty for every customer (the deployment\'s answer ticks them), so this tick is not shown: write ☐ [ticked-in-master]',
      'doc/01.md:13:17: warning Row "Main server" of CL-A1 has a ticked box: a master\'s boxes print empty for every customer (the deployment\'s answer ticks them), so this tick is not shown: write ☐ [ticked-in-master]',
    ]);
    expect(checklist.items[0]?.executed?.options).toEqual(['Yes', 'No']);
  });
});

describe('a heading made by hand', () => {
  it('a bold paragraph with a section number is a warning; bold text without a number, or with more after it, passes', () => {
    const { messages, checklist } = parse(`${frontMatter}\n**3.1 Password rules**\n\n**Note**\n\n**2 weeks** at most.\n`);
    expect(messages).toEqual([
      'doc/01.md:9:1: warning "3.1 Password rules" is bold text with a section number, not a heading: it is not numbered as a section, nor listed in the contents, nor a link target: write it as a heading (## Password rules; numbers are automatic) [heading-like]',
    ]);
    expect(checklist.body.filter((block) => block.kind === 'section')).toEqual([]);
  });
});
