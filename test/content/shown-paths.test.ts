/** Names a stored parse gives its files, turned into those shown from another working folder. */
import { describe, expect, it } from 'vitest';
import { renamedInText, shownRenames } from '../../src/content/shown-paths.js';

describe('the paths a reason cites, shown from another working folder', () => {
  const renames = shownRenames(['content/checklists/mini.md', 'content/checklists/mini/01.md'], ['checklists/mini.md', 'content/checklists/mini/01.md']);

  it('renames only the files whose shown path changed', () => {
    expect([...renames]).toEqual([['content/checklists/mini.md', 'checklists/mini.md']]);
  });

  it('renames a path cited whole, at a place or in a sentence', () => {
    expect(renamedInText('differs from CL-A1 (content/checklists/mini.md:3:1) only in case', renames)).toBe('differs from CL-A1 (checklists/mini.md:3:1) only in case');
    expect(renamedInText('never referenced in content/checklists/mini.md, so', renames)).toBe('never referenced in checklists/mini.md, so');
    expect(renamedInText('content/checklists/mini.md.', renames)).toBe('checklists/mini.md.');
  });

  it('leaves a longer name that holds one alone', () => {
    for (const text of ['old-content/checklists/mini.md', 'x/content/checklists/mini.md', 'content/checklists/mini.md.bak', 'content/checklists/mini.md/01.md']) {
      expect(renamedInText(text, renames)).toBe(text);
    }
  });
});
