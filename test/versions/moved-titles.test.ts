/**
 * diff and upgrade warn where an item has the title another item had in the older version: an
 * ID changed without a Replaces row, or two items that swapped IDs, would carry answers to
 * "retired" or to the wrong item with nothing to say why.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { reportMovedTitles } from '../../src/versions/moved-titles.js';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, title: string, extra = '') => `| ${id} Demo | ${title} |\n| --- | --- |${extra}\n| Executed | Yes / No |\n`;
const doc = (...items: string[]) => parse(`${frontMatter}\n# A\n\n${items.join('\n')}`).checklist;

function warnings(older: string[], newer: string[]): string[] {
  const diagnostics = new Diagnostics();
  reportMovedTitles(doc(...older), doc(...newer), diagnostics);
  return diagnostics.messages.map(formatMessage);
}

describe('an item with the title another one had', () => {
  it('an ID changed without a Replaces row: says which row to write', () => {
    const found = warnings([item('CL-PWD3', 'Lockout set'), item('CL-ADM1', 'Sessions closed')], [item('CL-LOCK1', 'Lockout set'), item('CL-ADM1', 'Sessions closed')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/:\d+:\d+: warning CL-LOCK1 has the title CL-PWD3 had in version \S+ \("Lockout set"\), and CL-PWD3 is gone without a Replaces row or a retired: entry: if CL-LOCK1 continues it, write `\| Replaces \| CL-PWD3 \|` .* \[replaces-missing\]$/);
  });

  it('two items that swapped IDs: both named, with the answer each now stands for', () => {
    const found = warnings([item('CL-TLS1', 'TLS 1.2 only'), item('CL-TLS2', 'Certificate checked')], [item('CL-TLS2', 'TLS 1.2 only'), item('CL-TLS1', 'Certificate checked')]);
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toContain('CL-TLS2 now has the title CL-TLS1 had in version');
    expect(found.join('\n')).toContain('so an answer given to CL-TLS2 ("Certificate checked") now stands for this item');
  });

  it('says nothing for a rename with its Replaces row, a retired item, a title shared by two, or an ID used again after a rename', () => {
    expect(warnings([item('CL-PWD3', 'Lockout set')], [item('CL-LOCK1', 'Lockout set', '\n| Replaces | CL-PWD3 |')])).toEqual([]);
    expect(warnings([item('CL-A1', 'Same'), item('CL-A2', 'Same')], [item('CL-B1', 'Same'), item('CL-A2', 'Same')])).toEqual([]);
    expect(warnings([item('CL-PWD3', 'Lockout set'), item('CL-ADM1', 'Sessions closed')], [item('CL-ADM1', 'Sessions closed'), item('CL-PWD3', 'Expiry set')])).toEqual([]);
  });
});
