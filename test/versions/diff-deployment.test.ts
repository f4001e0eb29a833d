/**
 * What `diff DEPLOYMENT.json` names for one customer beyond the item rows, and what `upgrade`
 * marks or says: two versions of a small master compared in memory, one case per test.
 */
import { describe, expect, it } from 'vitest';
import { compareChecklists } from '../../src/versions/compare.js';
import { deploymentImpact } from '../../src/versions/deployment-impact.js';
import { diffHtml } from '../../src/versions/diff-html.js';
import { diffMarkdown } from '../../src/versions/diff-markdown.js';
import { upgradeText } from '../../src/versions/upgrade.js';
import type { Deployment } from '../../src/model/deployment.js';
import { frontMatter, parse } from '../helpers/parse.js';

const sides = { from: { workingTree: true as const }, to: { workingTree: true as const } };

function compare(older: string, newer: string, deployment: Deployment) {
  const [from, to] = [parse(older).checklist, parse(newer).checklist];
  const diff = compareChecklists(from, to);
  const impact = deploymentImpact(diff, deployment);
  const named = { name: 'acme', impact };
  const upgraded = upgradeText(JSON.stringify(deployment, null, 2), deployment, impact, { ...to, meta: { ...to.meta, version: '2.0' } });
  return { diff, impact, markdown: diffMarkdown(diff, sides, named), html: diffHtml(diff, sides, named), upgraded };
}

const deployment = (extra: Partial<Deployment>): Deployment => ({ checklist: 'doc', checklistVersion: '1.0', level: 'medium', answers: {}, ...extra }) as Deployment;

describe('settings (rows of a fillable table)', () => {
  const doc = (rows: string) => `${frontMatter}\n# A\n\n| CL-A1 Demo | Item |\n| --- | --- |\n| Executed | Yes / No |\n\n## Passwords\n\n| # | Password rule | Default value | Customer setting |\n| --- | --- | --- | --- |\n${rows}`;
  const older = doc('| 1 | Minimal length | 8 | |\n| 2 | History | 5 | |\n| 3 | Lockout | 0 (off) | |\n');
  // Length's default changed, Maximum age added before Lockout (renumbered, else unchanged), History's default changed.
  const newer = doc('| 1 | Minimal length | 10 | |\n| 2 | History | 10 | |\n| 3 | Maximum age | 90 days | |\n| 4 | Lockout | 0 (off) | |\n');
  const acme = deployment({ settings: { 'minimal  length': '12', Lockout: '5' } });

  it('diff names a new row to fill and a changed default with the customer\'s value; a row only renumbered is none', () => {
    const { impact, markdown, html } = compare(older, newer, acme);
    expect(impact.settings.map((entry) => [entry.label, entry.change, entry.value])).toEqual([
      ['Minimal length', 'changed', '12'],
      ['History', 'changed', undefined],
      ['Maximum age', 'added', undefined],
    ]);
    expect(markdown).toContain(
      [
        '### Settings to fill or check',
        '',
        '- Changed: Minimal length: Default value: ~~8~~**10** (your setting: 12)',
        '- Changed: History: Default value: ~~5~~**10** (not set yet)',
        '- New setting to fill: Maximum age: Default value: 90 days (not set yet)',
      ].join('\n'),
    );
    expect(html).toContain('<li>Changed: Minimal length: Default value: <del>8</del><ins>10</ins> (your setting: 12)</li>');
    expect(compare(older, older, acme).markdown).toContain('### Settings to fill or check\n\nNone.\n');
  });

  it('upgrade says which settings to fill and which to check, and writes none of them', () => {
    const { upgraded } = compare(older, newer, acme);
    expect(upgraded.summary).toContain('1 new setting to fill: Maximum age');
    expect(upgraded.summary).toContain(
      '2 settings whose row changed, to check against the value chosen: Minimal length (Default value: 8 → Default value: 10; your setting: 12); History (Default value: 5 → Default value: 10; not set yet)',
    );
    expect(JSON.parse(upgraded.text).settings).toEqual(acme.settings);
  });
});
