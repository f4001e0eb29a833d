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
  const upgraded = upgradeText(JSON.stringify(deployment, null, 2), deployment, impact, { ...to, meta: { ...to.meta, version: '2.0' } }, from);
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

describe('a server dropped from (or added to) the front matter\'s components', () => {
  const doc = (components: string) => `---
title: Test checklist
version: "1.0"
date: 2025-03-14
levels: [minimum, medium, maximum]
components: [${components}]
---

# A

| CL-S1 Demo | Servers patched |
| --- | --- |
| Executed | |
| Main server | Yes / No |
| Reporter server | Yes / No |

| CL-S2 Demo | Main server only |
| --- | --- |
| Executed | |
| Main server | Yes / No |
`;
  const [withReporter, without] = [doc('Main server, Reporter server'), doc('Main server')];
  const mainOnly = (answers: Deployment['answers']) => deployment({ components: ['Main server'], answers });

  it('the master diff names the row now shown to every deployment', () => {
    const { diff } = compare(withReporter, without, mainOnly({}));
    expect(diffMarkdown(diff, sides)).toContain("- Changed: CL-S1 Servers patched\n  - Now shown to every deployment: the Reporter server row (no longer one of the front matter's components)\n");
  });

  it('for a customer who lacked that server, the item is named and an answered one marked for review', () => {
    const { impact, markdown, upgraded } = compare(withReporter, without, mainOnly({ 'CL-S1': { components: { 'Main server': 'Yes' } }, 'CL-S2': { components: { 'Main server': 'Yes' } } }));
    expect(markdown).toContain("- Changed: CL-S1 Servers patched\n  - Row now shown in your checklist: Reporter server (no longer one of the checklist's servers)\n");
    expect(impact.items.map((change) => change.id)).toEqual(['CL-S1']);
    const what = "Version 1.0 → 1.0: Reporter server (row now shown: no longer one of the checklist's servers)";
    expect(impact.review).toEqual([{ id: 'CL-S1', titleText: 'Servers patched', what }]);
    expect(JSON.parse(upgraded.text).answers['CL-S1'].review).toBe(what);
    expect(JSON.parse(upgraded.text).answers['CL-S2'].review).toBeUndefined();
  });

  it('for a customer who has that server, or lists no components, the table is the same: nothing named', () => {
    const both = compare(withReporter, without, deployment({ components: ['Main server', 'Reporter server'], answers: { 'CL-S1': { components: { 'Main server': 'Yes', 'Reporter server': 'Yes' } } } }));
    expect([both.impact.items, both.impact.review]).toEqual([[], []]);
    const all = compare(withReporter, without, deployment({ answers: { 'CL-S1': { components: { 'Main server': 'Yes' } } } }));
    expect([all.impact.items, all.impact.review]).toEqual([[], []]);
  });

  it('a part that becomes a server the customer lacks leaves their table: marked only where they had answered that row', () => {
    const answered = compare(without, withReporter, mainOnly({ 'CL-S1': { components: { 'Main server': 'Yes', 'Reporter server': 'No' } } }));
    expect(answered.markdown).toContain("  - Row no longer shown in your checklist: Reporter server (now one of the checklist's servers, and not among your components)\n");
    expect(answered.impact.review.map((mark) => mark.id)).toEqual(['CL-S1']);
    const open = compare(without, withReporter, mainOnly({ 'CL-S1': { components: { 'Main server': 'Yes' } } }));
    expect(open.impact.items.map((change) => change.id)).toEqual(['CL-S1']);
    expect(open.impact.review).toEqual([]);
  });

  it('a row changed as it became a part is the customer\'s change, though they lack that server', () => {
    const changed = without.replace('| Reporter server | Yes / No |', '| Reporter server | Yes / No / Not installed |');
    const { impact } = compare(withReporter, changed, mainOnly({ 'CL-S1': { components: { 'Main server': 'Yes' } } }));
    expect(impact.items[0]?.rows.map((row) => row.label)).toEqual(['Reporter server']);
    expect(impact.review[0]?.what).toContain('Reporter server (Yes / No → Yes / No / Not installed)');
  });
});

describe('links renumbered when chapters move', () => {
  const accounts = (link: string) => `# Accounts\n\nSee [](#${link}) first.\n\n| CL-A1 Demo | Item |\n| --- | --- |\n| Measures | Use a tunnel, see [](#${link}) |\n| Executed | Yes / No |\n`;
  const network = '# Network\n\n## VPN connection\n\nUse IPsec.\n\n## Remote access\n\nUse a jump host.\n';
  const older = `${frontMatter}\n${accounts('vpn-connection')}\n${network}`;
  const acme = deployment({ answers: { 'CL-A1': { status: 'Yes' } } });

  it('a link whose number alone changed (chapters swapped) is no change of its row or prose, and marks nothing', () => {
    const swapped = `${frontMatter}\n${network}\n${accounts('vpn-connection')}`;
    expect(parse(swapped).checklist.items[0]?.rows[0]).toMatchObject({ content: [{ content: [{ value: 'Use a tunnel, see ' }, { kind: 'xref', children: [{ value: '1.1 VPN connection' }] }] }] });
    const { diff, impact, upgraded } = compare(older, swapped, acme);
    expect(diff.sections).toEqual(['Chapters in another order: Accounts, Network → Network, Accounts']);
    expect([diff.items, diff.prose, impact.review]).toEqual([[], [], []]);
    expect(JSON.parse(upgraded.text).answers['CL-A1']).toEqual({ status: 'Yes' });
  });

  it('a link to another target is a change, shown with its numbers, and marks the answer', () => {
    const { diff, impact } = compare(older, `${frontMatter}\n${accounts('remote-access')}\n${network}`, acme);
    expect(diff.items[0]?.rows).toEqual([{ label: 'Measures', before: 'Use a tunnel, see 2.1 VPN connection', after: 'Use a tunnel, see 2.2 Remote access' }]);
    expect(diff.prose.map((chapter) => chapter.chapter)).toEqual(['Accounts']);
    expect(impact.review.map((mark) => mark.what)).toEqual(['Version 1.0 → 1.0: Measures (Use a tunnel, see 2.1 VPN connection → Use a tunnel, see 2.2 Remote access)']);
  });

  it('a setting\'s row whose link was only renumbered is no change either', () => {
    const settings = (link: string) => `\n# Settings\n\n| Rule | Default value | Customer setting |\n| --- | --- | --- |\n| Tunnel | as in [](#${link}) | |\n`;
    const { impact } = compare(`${older}${settings('vpn-connection')}`, `${frontMatter}\n${network}\n${accounts('vpn-connection')}${settings('vpn-connection')}`, acme);
    expect(impact.settings).toEqual([]);
    const other = compare(`${older}${settings('vpn-connection')}`, `${older}${settings('remote-access')}`, acme);
    expect(other.impact.settings.map((entry) => entry.after)).toEqual(['Default value: as in 2.2 Remote access']);
  });

  it('a target renamed is a change, though its number stays', () => {
    const { impact } = compare(older, older.replace('## VPN connection', '## VPN tunnel').replaceAll('#vpn-connection', '#vpn-tunnel'), acme);
    expect(impact.review.map((mark) => mark.what)).toEqual(['Version 1.0 → 1.0: Measures (Use a tunnel, see 2.1 VPN connection → Use a tunnel, see 2.1 VPN tunnel)']);
  });
});

describe('two answered items merged into a new one (Replaces naming both)', () => {
  const item = (id: string, title: string, extra = '') => `| ${id} Demo | ${title} |\n| --- | --- |${extra}\n| Executed | Yes / No |\n`;
  const older = `${frontMatter}\n# A\n\n${item('CL-A1', 'Policy applied')}\n${item('CL-A2', 'Defaults changed')}`;
  const newer = `${frontMatter}\n# A\n\n${item('CL-ALL', 'Policy applied', '\n| Replaces | CL-A1, CL-A2 |')}`;
  const acme = deployment({ answers: { 'CL-A1': { status: 'Yes' }, 'CL-A2': { status: 'No', comment: 'Planned' } } });

  it('diff says the second is merged, as upgrade does it: the first is renamed, the second kept under "retired", the item holding the first\'s answer (not one of its own)', () => {
    const { impact, markdown, upgraded } = compare(older, newer, acme);
    expect(impact.renamed).toEqual([{ from: 'CL-A1', to: 'CL-ALL' }, { from: 'CL-A2', to: 'CL-ALL', merged: true, holder: 'CL-A1' }]);
    expect(markdown).toContain('- CL-A1 → CL-ALL\n');
    expect(markdown).toContain('- CL-A2 → CL-ALL (merged: CL-ALL has CL-A1\'s answer, which stays; this one is kept under "retired" and CL-ALL is marked for review)');
    const result = JSON.parse(upgraded.text) as Deployment;
    expect(result.answers?.['CL-ALL']?.status).toBe('Yes');
    expect(result.retired?.['CL-A2']).toEqual({ status: 'No', comment: 'Planned' });
  });
});

describe('an answer under an ID no version has (the deployment\'s own typo)', () => {
  const item = (id: string) => `| ${id} Demo | Item ${id} |\n| --- | --- |\n| Executed | Yes / No |\n`;
  const older = `${frontMatter}\n# A\n\n${item('CL-PWD3')}\n${item('CL-TEL1')}`;
  const newer = `${frontMatter}\n# A\n\n${item('CL-PWD3')}`;
  const acme = deployment({ answers: { 'CL-PWD33': { status: 'Yes', comment: 'Lockout after 5 attempts' }, 'CL-TEL1': { status: 'No' } } });

  it('is no item that left: upgrade leaves it where it is for check to name, and diff says so; a removed item\'s answer still goes to "retired"', async () => {
    const { unfitAnswers } = await import('../../src/versions/unfit-answers.js');
    const { impact, upgraded } = compare(older, newer, acme);
    expect(impact.dropped.map((entry) => entry.id)).toEqual(['CL-TEL1']);
    const result = JSON.parse(upgraded.text) as Deployment;
    expect(result.answers?.['CL-PWD33']).toEqual({ status: 'Yes', comment: 'Lockout after 5 attempts' });
    expect(result.retired).toEqual({ 'CL-TEL1': { status: 'No' } });
    expect(upgraded.summary.join('\n')).toMatch(/\/answers\/CL-PWD33: No item CL-PWD33 .*did you mean "CL-PWD3"\?/);
    expect(upgraded.summary.join('\n')).not.toMatch(/moved to "retired": .*CL-PWD33/);
    const unfit = unfitAnswers(acme, parse(older).checklist, parse(newer).checklist);
    expect(unfit).toContainEqual(expect.stringMatching(/^\/answers\/CL-PWD33: no item CL-PWD33 in version \S+ either \(did you mean "CL-PWD3"\?\): kept where it is/));
  });
});
