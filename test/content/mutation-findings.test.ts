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
