import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows = '') => `| ${id} Scope | Title |\n| --- | --- |\n${rows}| Executed | Yes / No |\n`;
const withRetired = (list: string) => frontMatter.replace('---\n', `---\nretired:\n${list}`).replace(/\n---\n$/, '\n---\n');

describe('Replaces rows and the retired list', () => {
  it('reads Replaces (commas or spaces) and retired entries in both forms, not as rows', () => {
    const { checklist, messages } = parse(
      `${withRetired('  - CL-GONE\n  - { id: CL-OLD3, version: "2.10", reason: Feature removed }\n')}\n${item('CL-NEW', '| Replaces | CL-OLD1, CL-OLD2 CL-X.1 |\n')}`,
    );
    expect(messages).toEqual([]);
    expect(checklist.items[0]?.replaces).toEqual(['CL-OLD1', 'CL-OLD2', 'CL-X.1']);
    expect(checklist.items[0]?.rows).toEqual([]);
    expect(checklist.retired.map(({ id, version, reason }) => ({ id, version, reason }))).toEqual([
      { id: 'CL-GONE', version: '', reason: '' },
      { id: 'CL-OLD3', version: '2.10', reason: 'Feature removed' },
    ]);
  });

  it('an ID both current and replaced, or replaced by two items, or current and retired: errors at their places', () => {
    const { errors } = parse(
      `${withRetired('  - CL-B\n')}\n${item('CL-A')}\n${item('CL-B', '| Replaces | CL-A CL-Z |\n')}\n${item('CL-C', '| Replaces | CL-Z |\n')}`,
    );
    expect(errors).toEqual([
      'doc/01.md:3:5: error CL-B is retired but is still an item (doc/01.md:15:3): remove it from retired, or remove the item [retired]',
      'doc/01.md:15:3: error CL-B replaces CL-A, which is still an item (doc/01.md:11:3): an ID is either current or replaced [replaces]',
      'doc/01.md:20:3: error CL-Z is replaced by two items, CL-B (doc/01.md:15:3) and CL-C: answers to it can go to one item only [replaces]',
    ]);
  });

  it('a malformed ID in Replaces or retired is an error', () => {
    const { errors } = parse(`${withRetired('  - NOT-AN-ID\n')}\n${item('CL-A', '| Replaces | CL-B, old |\n')}`);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^doc\/01\.md:3:5: error A `retired` entry must be an item ID/);
    expect(errors[1]).toMatch(/^doc\/01\.md:\d+:\d+: error Replaces of CL-A: "old" is not an item ID/);
  });
});
