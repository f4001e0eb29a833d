/**
 * A row label written otherwise in a newer version, its case only ("Web server" → "Web Server"):
 * labels match as deployments match them (case and spaces aside), so it is the same row and its
 * answer carries over unmarked; but the printed label changed, and diff must say so (it said
 * nothing: the row's key folds case and its text was the same).
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

/** One item with a text row, Level, component rows (Standby server is one of the front matter's servers) and a comments row. */
const doc = (labels: { measures: string; level: string; web: string; standby: string; comments: string }) => `${frontMatter}
# A

| CL-SRV1 Demo | Servers patched |
| --- | --- |
| ${labels.measures} | Install every update |
| ${labels.level} | minimum |
| Executed | |
| ${labels.web} | Yes / No |
| ${labels.standby} | Yes / No |
| ${labels.comments} | Name the servers left out |
`;

const older = doc({ measures: 'Measures', level: 'Level', web: 'Web server', standby: 'Standby server', comments: 'Customer comments' });

const items = (markdown: string) => (markdown.split('## Items\n')[1] ?? '').split('\n## ')[0]?.split('\n').filter((line) => line.trim() !== '') ?? [];

function compare(newer: string, deployment: Deployment) {
  const [from, to] = [parse(older).checklist, parse(newer).checklist];
  const diff = compareChecklists(from, to);
  const impact = deploymentImpact(diff, deployment);
  const upgraded = upgradeText(JSON.stringify(deployment, null, 2), deployment, impact, { ...to, meta: { ...to.meta, version: '2.0' } }, from);
  return { diff, impact, upgraded, markdown: diffMarkdown(diff, sides), html: diffHtml(diff, sides), forCustomer: diffMarkdown(diff, sides, { name: 'acme', impact }) };
}

const acme = { checklist: 'doc', checklistVersion: '1.0', answers: { 'CL-SRV1': { components: { 'Web server': 'Yes', 'Standby server': 'No' }, comment: 'Lab servers left out' } } } as Deployment;

describe('a row label whose case alone changed', () => {
  it('diff names it (Markdown and HTML), with no change of the row\'s text', () => {
    const newer = doc({ measures: 'Measures', level: 'Level', web: 'Web Server', standby: 'Standby server', comments: 'Customer comments' });
    const { markdown, html } = compare(newer, acme);
    expect(items(markdown)).toEqual(['- Changed: CL-SRV1 Servers patched', '  - Row label changed: Web server → Web Server (the same row: answers to it stay)']);
    expect(html).toContain('<li>Row label changed: Web server → Web Server (the same row: answers to it stay)</li>');
  });

  it('is named for every kind of row: text row, Level, component row, comments row', () => {
    const newer = doc({ measures: 'MEASURES', level: 'level', web: 'Web Server', standby: 'Standby Server', comments: 'Customer Comments' });
    expect(items(compare(newer, acme).markdown)).toEqual([
      '- Changed: CL-SRV1 Servers patched',
      '  - Row label changed: Measures → MEASURES (the same row: answers to it stay)',
      '  - Row label changed: Level → level (the same row: answers to it stay)',
      '  - Row label changed: Web server → Web Server (the same row: answers to it stay)',
      '  - Row label changed: Standby server → Standby Server (the same row: answers to it stay)',
      '  - Row label changed: Customer comments → Customer Comments (the same row: answers to it stay)',
    ]);
  });

  it('marks no answer for review: upgrade keeps the answer as it was', () => {
    const newer = doc({ measures: 'Measures', level: 'Level', web: 'Web Server', standby: 'Standby server', comments: 'Customer comments' });
    const { impact, upgraded, forCustomer } = compare(newer, acme);
    expect(impact.review).toEqual([]);
    expect(forCustomer).toContain('### Answers that need review\n\nNone.\n');
    // The customer's diff names it among the item changes, as the printed table changed.
    expect(items(forCustomer)).toContain('  - Row label changed: Web server → Web Server (the same row: answers to it stay)');
    expect(JSON.parse(upgraded.text).answers['CL-SRV1']).toEqual(acme.answers?.['CL-SRV1']);
    expect(upgraded.summary.join('\n')).not.toMatch(/review/);
  });

  it('a customer without the server whose row it is is not told', () => {
    const newer = doc({ measures: 'Measures', level: 'Level', web: 'Web server', standby: 'Standby Server', comments: 'Customer comments' });
    const withStandby = compare(newer, acme);
    expect(items(withStandby.forCustomer)).toContain('  - Row label changed: Standby server → Standby Server (the same row: answers to it stay)');
    const mainOnly = compare(newer, { ...acme, components: ['Main server'] });
    expect(mainOnly.forCustomer).not.toContain('Standby');
    expect(items(mainOnly.markdown)).toContain('  - Row label changed: Standby server → Standby Server (the same row: answers to it stay)');
  });

  it('nothing is named when the labels are written alike', () => {
    expect(compare(older, acme).diff.items).toEqual([]);
  });
});
