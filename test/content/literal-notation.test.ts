/**
 * What authors of checklists write as plain notation, and must print as written: a single tilde
 * (`5~10 min`, `C:\PROGRA~1`) is no strikethrough; an item ID typed with a dash that only looks
 * like `-` (Word's non-breaking hyphen) is a message, not a plain table in silence.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

describe('notation that prints as written', () => {
  it('a single tilde is text; two tildes strike through', () => {
    const { checklist, messages } = parse(`${frontMatter}\n# Times\n\nLock for 5~10 min, ports 5060~5061, C:\\PROGRA~1\\EXAMPL~1; ~~old rule~~.\n`);
    expect(messages).toEqual([]);
    const text = JSON.stringify(checklist.body);
    expect(text).toContain('Lock for 5~10 min, ports 5060~5061, C:\\\\PROGRA~1\\\\EXAMPL~1; ');
    expect(text.match(/"kind":"delete"/g)).toHaveLength(1);
    expect(text).toContain('"kind":"delete","children":[{"kind":"text","value":"old rule"}]');
  });

  it('an item ID written with a dash that looks like a hyphen is an error that names the ID meant', () => {
    for (const dash of ['\u2011', '\u2010', '\u2212', '\uFF0D']) {
      const { errors, checklist } = parse(`${frontMatter}\n| CL${dash}SVC2 Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n`);
      expect(errors, `U+${dash.codePointAt(0)!.toString(16)}`).toEqual([
        `doc/01.md:9:3: error Table header "CL${dash}SVC2 Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC2"? [malformed-id]`,
      ]);
      expect(checklist.items).toEqual([]);
    }
  });
});
