/**
 * Found by mutating a real vendor checklist one typo at a time: each of these built a document
 * that lost or moved content while `check` said "no problems".
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows: string) => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n`;

// Front matter is 7 lines, then a blank line: the first item's header is line 9.
describe('mutations that used to pass silently', () => {
  it('a component row whose | before the options is missing is an error naming the split, not a heading with boxes', () => {
    const rows = '| Executed | |\n| Main server | Yes: ☐ No: ☐ |\n| Standby server Yes: ☐ No: ☐ |\n| Console Yes: [ ] No: [ ] |\n| Clients | |\n| Console | Yes / No |';
    const { messages, checklist } = parse(`${frontMatter}\n${item('CL-A1', rows)}`);
    expect(messages).toEqual([
      'doc/01.md:13:3: error Row "Standby server Yes: ☐ No: ☐" of CL-A1 has answer boxes in its name and no value, so it prints as a heading and nothing can be ticked: the | before the options is missing; did you mean `| Standby server | Yes: ☐ No: ☐ |`? [boxes-in-label]',
      'doc/01.md:14:3: error Row "Console Yes: [ ] No: [ ]" of CL-A1 has answer boxes in its name and no value, so it prints as a heading and nothing can be ticked: the | before the options is missing; did you mean `| Console | Yes: [ ] No: [ ] |`? [boxes-in-label]',
    ]);
    // A group heading without boxes stays quiet.
    expect(checklist.items[0]?.components.map((row) => row.kind)).toEqual(['component', 'group', 'group', 'group', 'component']);
  });
});

describe('directives with words after them', () => {
  it('"::deployment-overview here" is an error at its line; the directive alone, or an unknown name with text, stays as before', () => {
    const { messages, checklist } = parse(`${frontMatter}\n# Overview\n\n::deployment-overview here\n\n::signatures of both parties\n\n::open-items\n\n::Note this\n`);
    expect(messages).toEqual([
      'doc/01.md:11:1: error "::deployment-overview here" has text after the directive ::deployment-overview, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::deployment-overview" alone on its line, and "here" in a paragraph of its own [directive-like]',
      'doc/01.md:13:1: error "::signatures of both parties" has text after the directive ::signatures, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::signatures" alone on its line, and "of both parties" in a paragraph of its own [directive-like]',
    ]);
    const directives = [...JSON.stringify(checklist.body).matchAll(/"kind":"directive","name":"([^"]+)"/g)].map((match) => match[1]);
    expect(directives).toEqual(['open-items']);
  });
});
