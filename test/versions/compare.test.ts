/**
 * `diff` of two versions where one item takes over another (its Replaces row names an ID that
 * is gone while its own stays): the gone item is named as merged into it, not as removed.
 */
import { describe, expect, it } from 'vitest';
import { compareChecklists } from '../../src/versions/compare.js';
import { itemHeadline } from '../../src/versions/diff-words.js';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, title: string, extra = '') => `| ${id} Demo | ${title} |\n| --- | --- |${extra}\n| Executed | Yes / No |\n`;

describe('items merged', () => {
  it('names the item the other was merged into; a removal without a Replaces row stays a removal', () => {
    const older = parse(`${frontMatter}\n# A\n\n${item('CL-PWD2', 'Defaults changed')}\n${item('CL-PWD3', 'Lockout set')}\n${item('CL-TEL1', 'Telnet off')}`).checklist;
    const newer = parse(`${frontMatter}\n# A\n\n${item('CL-PWD2', 'Defaults changed', '\n| Replaces | CL-PWD3 |')}`).checklist;
    const headlines = compareChecklists(older, newer).items.map(itemHeadline);
    expect(headlines).toContain('Merged into CL-PWD2 (its Replaces row): CL-PWD3 Lockout set');
    expect(headlines).toContain('Removed without a retired: entry: CL-TEL1 Telnet off');
  });
});

describe('an ID a rename took, used again for another item in a later version', () => {
  it('the item under the old ID is added, not a change of the item the rename took', async () => {
    const { foldLineage } = await import('../../src/versions/lineage.js');
    const v1 = parse(`${frontMatter}\n# A\n\n${item('CL-PWD3', 'Lockout set')}`).checklist;
    // 2: CL-PWD3 renamed CL-LOCK1; 3: the Replaces row gone, CL-PWD3 another item.
    const v2 = parse(`${frontMatter}\n# A\n\n${item('CL-LOCK1', 'Lockout set', '\n| Replaces | CL-PWD3 |')}`).checklist;
    const v3 = parse(`${frontMatter}\n# A\n\n${item('CL-LOCK1', 'Lockout set')}\n${item('CL-PWD3', 'Password expiry enforced')}`).checklist;
    const headlines = compareChecklists(v1, foldLineage([v2], v3)).items.map(itemHeadline);
    expect(headlines).toContain('Renamed: CL-PWD3 → CL-LOCK1 Lockout set');
    expect(headlines).toContainEqual(expect.stringMatching(/^Added: CL-PWD3 Password expiry enforced/));
    expect(headlines.join('\n')).not.toMatch(/Changed: CL-PWD3/);
  });
});
