/**
 * Fillable tables as a vendor's Word guide converts them: the customer's column headed with a
 * stray space, a colon or a typo, and two password policies (the product's, the server's) that
 * share their rows' names. A deployment fills a row by its label, so each of these changed what
 * a customer's checklist shows without a message.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const policy = (heading: string, column = 'Customer setting') =>
  `| # | ${heading} | Default | ${column} |\n| --- | --- | --- | --- |\n| 1 | Minimal password length | 8 | |\n| 2 | Password history | 5 | |\n`;

const fillable = (markdown: string) =>
  parse(markdown).checklist.body.flatMap((block) => (block.kind === 'table' && block.fillable ? [block.fillable.column] : []));

describe('fillable tables', () => {
  it('a row label that another fillable row has too is an error: one setting would fill both', () => {
    const { errors } = parse(`${frontMatter}\n${policy('Product')}\n${policy('Server')}`);
    expect(errors).toEqual([
      'doc/01.md:16:1: error Setting "Minimal password length" is also the row on line 11: a deployment\'s settings are keyed by the row\'s label, so one value would fill both; give each row a label of its own (e.g. "Minimal password length (Server)") [repeated-setting]',
      'doc/01.md:17:1: error Setting "Password history" is also the row on line 12: a deployment\'s settings are keyed by the row\'s label, so one value would fill both; give each row a label of its own (e.g. "Password history (Server)") [repeated-setting]',
    ]);
  });

  it('a second "Customer setting" column is an error: only the first is filled, the second prints the master\'s text for every customer', () => {
    const { errors } = parse(`${frontMatter}\n| # | Rule | Customer setting | Customer setting |\n| --- | --- | --- | --- |\n| 1 | Minimal password length | | 12 |\n`);
    expect(errors).toEqual([
      'doc/01.md:9:33: error A second "Customer setting" column: only the first (column 3) is filled from the deployment\'s settings, and this one prints what the master writes in it for every customer: remove it, or name it for what it holds (e.g. "Default") [setting-column]',
    ]);
  });

  it('a setting named like a number (802.1X) after the row number is the row\'s label; a row of a number alone has none', () => {
    const { checklist, messages } = parse(`${frontMatter}\n| # | Setting | Customer setting |\n| --- | --- | --- |\n| 5 | 802.1X | |\n| 6 | Lockout | |\n| 7 | | |\n`);
    const rows = checklist.body.flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => row.label) : []));
    expect(rows).toEqual(['802.1X', 'Lockout', null]);
    expect(messages).toEqual([]);
  });

  it('the customer\'s column is told with spaces collapsed and a trailing colon, as row keys are', () => {
    expect(fillable(`${frontMatter}\n${policy('Rule', 'Customer  setting')}`)).toEqual([3]);
    expect(fillable(`${frontMatter}\n${policy('Rule', 'Customer setting:')}`)).toEqual([3]);
  });

  it('a column one typo from "Customer setting" is an error: the table would not be fillable', () => {
    for (const column of ['Customer settings', 'Costumer setting', 'Customer-setting']) {
      const { errors, checklist } = parse(`${frontMatter}\n${policy('Rule', column)}`);
      expect(errors).toEqual([
        `doc/01.md:9:24: error Column "${column}" is not "Customer setting", so the table is not filled from the deployment's settings (and the annex does not list it): write "Customer setting" [setting-column]`,
      ]);
      expect(checklist.body).toHaveLength(1);
    }
    // Other columns stay quiet.
    expect(parse(`${frontMatter}\n${policy('Rule', 'Customer value')}`).messages).toEqual([]);
  });
});
