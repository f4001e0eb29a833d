/**
 * `diff` names every change a reader of the printed checklist would notice, and `upgrade`'s
 * review marks follow §5 (any row but Level and Replaces, or the title): one case per test,
 * two versions of a small master compared in memory.
 */
import { describe, expect, it } from 'vitest';
import { compareChecklists } from '../../src/versions/compare.js';
import { deploymentImpact, type DeploymentImpact } from '../../src/versions/deployment-impact.js';
import { unfitAnswers } from '../../src/versions/unfit-answers.js';
import { upgradeText } from '../../src/versions/upgrade.js';
import { diffMarkdown } from '../../src/versions/diff-markdown.js';
import { diffHtml } from '../../src/versions/diff-html.js';
import type { Deployment } from '../../src/model/deployment.js';
import { frontMatter, parse } from '../helpers/parse.js';

const sides = { from: { workingTree: true as const }, to: { workingTree: true as const } };

function compare(older: string, newer: string, deployment?: Deployment) {
  const diff = compareChecklists(parse(older).checklist, parse(newer).checklist);
  const impact = deployment ? deploymentImpact(diff, deployment) : undefined;
  return { diff, impact, markdown: diffMarkdown(diff, sides, impact ? { name: 'acme', impact } : undefined) };
}

const deployment = (answers: Deployment['answers'], extra: Partial<Deployment> = {}): Deployment => ({ checklist: 'doc', checklistVersion: '1.0', level: 'medium', answers, ...extra }) as Deployment;

describe('rows of an item in another order', () => {
  const item = (rows: string) => `${frontMatter}\n# A\n\n| CL-A1 Demo | Item |\n| --- | --- |\n${rows}| Level | minimum |\n| Executed | |\n| Main server | Yes / No |\n| Standby server | Yes / No |\n`;
  const measures = '| Measures | Do it |\n';
  const rights = '| Needed access rights | Admin |\n';

  it('names two rows swapped, nothing else changed, and marks no answer for review', () => {
    const { diff, impact, markdown } = compare(item(measures + rights), item(rights + measures), deployment({ 'CL-A1': { components: { 'Main server': 'Yes' } } }));
    expect(diff.items.map((change) => change.id)).toEqual(['CL-A1']);
    expect(markdown).toContain('- Changed: CL-A1 Item\n  - Rows in another order: Measures, Needed access rights, Level, Main server, Standby server → Needed access rights, Measures, Level, Main server, Standby server');
    expect(impact?.review).toEqual([]);
  });

  it('names component rows swapped, for a customer only where both rows are theirs', () => {
    const swapped = `${frontMatter}\n# A\n\n| CL-A1 Demo | Item |\n| --- | --- |\n${measures}${rights}| Level | minimum |\n| Executed | |\n| Standby server | Yes / No |\n| Main server | Yes / No |\n`;
    expect(compare(item(measures + rights), swapped).markdown).toContain('Rows in another order: Measures, Needed access rights, Level, Main server, Standby server → Measures, Needed access rights, Level, Standby server, Main server');
    const mainOnly = compare(item(measures + rights), swapped, deployment({}, { components: ['Main server'] }));
    expect(mainOnly.impact?.items).toEqual([]);
    const both = compare(item(measures + rights), swapped, deployment({}, { components: ['Main server', 'Standby server'] }));
    expect(both.impact?.items.map((change) => change.order?.to)).toEqual([['Measures', 'Needed access rights', 'Level', 'Standby server', 'Main server']]);
  });
});

describe('a second ID in the header moved into a Replaces row', () => {
  const doc = (header: string, replaces: string, title = 'Passwords set') => `${frontMatter}\n# A\n\n| ${header} | ${title} |\n| --- | --- |\n${replaces}| Measures | Set a password on every server |\n| Executed | Yes / No |\n`;
  const older = doc('CL-7 CL-SRVPW Demo servers', '');
  const newer = doc('CL-SRVPW Demo servers', '| Replaces | CL-7 |\n');

  it('is a rename, not a title change, and marks no answer for review', () => {
    const { diff, impact, markdown } = compare(older, newer, deployment({ 'CL-7': { status: 'Yes' } }));
    expect(diff.items).toMatchObject([{ id: 'CL-SRVPW', renamedFrom: 'CL-7', rows: [] }]);
    expect(markdown).not.toContain('Title changed');
    expect(impact?.review).toEqual([]);
    const answered = deployment({ 'CL-7': { status: 'Yes' } });
    const upgraded = upgradeText(JSON.stringify(answered, null, 2), answered, impact as DeploymentImpact, parse(newer).checklist, parse(older).checklist);
    expect(JSON.parse(upgraded.text).answers).toEqual({ 'CL-SRVPW': { status: 'Yes' } });
  });

  it('still names a title or a scope that changed besides', () => {
    const retitled = compare(older, doc('CL-SRVPW Demo servers', '| Replaces | CL-7 |\n', 'Passwords set and rotated'));
    expect(retitled.markdown).toContain('  - Title changed: Passwords set **and rotated** (~~CL-SRVPW~~ Demo servers)');
    const rescoped = compare(older, doc('CL-SRVPW Demo and standby servers', '| Replaces | CL-7 |\n'));
    expect(rescoped.diff.items.map((change) => change.rows.map((row) => row.label))).toEqual([['Title']]);
  });
});

describe('the front matter', () => {
  const front = (fields: string, history: string) => `---
${fields}
history:
${history}---

# A

| CL-A1 Demo | Item |
| --- | --- |
| Executed | Yes / No |
`;
  const older = front('title: Demo\nproduct: Demo V1\nversion: "1.0"\ndate: 2025-01-10\ndocumentId: EX-1\nlevels: [minimum, medium]\ncomponents: [Main server, Standby server]', '  - { date: 2025-01-10, version: "1.0", description: First release }\n');
  const newer = front('title: Demo V2\nproduct: Demo V2\nversion: "2.0"\ndate: 2025-06-01\ndocumentId: EX-2\nlevels: [minimum, medium, maximum]\ncomponents: [Main server]', '  - { date: 2025-01-10, version: "1.0", description: First public release }\n  - { date: 2025-06-01, version: "2.0", description: New product }\n');

  it('names each field that changed, and each history row added or changed, for a master and for a deployment', () => {
    const expected = [
      '## Document',
      '',
      '- Title changed: Demo **V2**',
      '- Product changed: Demo ~~V1~~**V2**',
      "- Date changed: 2025-~~01~~**06**-~~10~~**01**",
      '- Document ID changed: EX-~~1~~**2**',
      '- Levels changed: minimum, medium**, maximum**',
      '- Components changed: Main server~~, Standby server~~',
      '- History 1.0 changed: 2025-01-10 First **public** release',
      '- History 2.0 added: **2025-06-01 New product**',
    ].join('\n');
    expect(compare(older, newer).markdown).toContain(expected);
    expect(compare(older, newer, deployment({})).markdown).toContain(expected);
    expect(compare(older, older).markdown).not.toContain('## Document');
  });

  it('pairs history rows of the same version by their content, then by their place among that version\'s rows', () => {
    const twice = '  - { date: 2024-01-19, version: "1.0", description: Review }\n  - { date: 2024-05-19, version: "1.0", description: Review of the mail chapter }\n';
    const fields = 'title: Demo\nversion: "1.0"\ndate: 2025-01-10';
    const same = front(fields, twice);
    expect(compare(same, same).diff.document).toEqual([]);
    expect(compare(same, same).markdown).not.toContain('## Document');
    const secondEdited = front(fields, twice.replace('mail chapter', 'mail and network chapters'));
    expect(compare(same, secondEdited).diff.document).toEqual([{ label: 'History 1.0', before: '2024-05-19 Review of the mail chapter', after: '2024-05-19 Review of the mail and network chapters' }]);
    const thirdAdded = front(fields, `${twice}  - { date: 2024-09-01, version: "1.0", description: Typos }\n`);
    expect(compare(same, thirdAdded).diff.document).toEqual([{ label: 'History 1.0', before: '', after: '2024-09-01 Typos' }]);
    expect(compare(thirdAdded, same).diff.document).toEqual([{ label: 'History 1.0', before: '2024-09-01 Typos', after: '' }]);
  });
});

describe('chapters, sections and items in another place or order', () => {
  const item = (id: string) => `| ${id} Demo | Item ${id} |\n| --- | --- |\n| Executed | Yes / No |\n`;
  const doc = (...chapters: string[]) => `${frontMatter}\n${chapters.join('\n')}`;
  const accounts = (title = 'Accounts', items = ['CL-A1', 'CL-A2']) => `# ${title}\n\nKeep accounts personal.\n\n${items.map(item).join('\n')}`;
  const network = `# Network\n\n## Firewall\n\n${item('CL-N1')}\n## Mail\n\n${item('CL-M1')}`;

  it('a chapter renamed is named once: no item "moved", its prose compared with what it was', () => {
    const { diff, markdown } = compare(doc(accounts(), network), doc(accounts('User accounts'), network));
    expect(diff.sections).toEqual(['Renamed: 1 Accounts → 1 User accounts']);
    expect(diff.items).toEqual([]);
    expect(diff.prose).toEqual([]);
    expect(markdown).toContain('## Sections\n\n- Renamed: 1 Accounts → 1 User accounts\n');
  });

  it('a section renamed is named under Sections only: a heading is never a line of prose', () => {
    const renamed = network.replace('## Mail', '## Mail relay');
    const { diff, markdown } = compare(doc(accounts(), network), doc(accounts(), renamed));
    expect(diff.sections).toEqual(['Renamed: 2.2 Mail → 2.2 Mail relay']);
    expect(diff.prose).toEqual([]);
    expect(markdown).toContain('## Prose\n\nNo prose changed.');
    const html = diffHtml(compareChecklists(parse(doc(accounts(), network)).checklist, parse(doc(accounts(), renamed)).checklist), sides);
    expect(html).not.toContain('##');
  });

  it('chapters, sections of a chapter and items of a section in another order are named', () => {
    const swappedNetwork = `# Network\n\n## Mail\n\n${item('CL-M1')}\n## Firewall\n\n${item('CL-N1')}`;
    const { diff } = compare(doc(accounts(), network), doc(swappedNetwork, accounts('Accounts', ['CL-A2', 'CL-A1'])));
    expect(diff.sections).toEqual([
      'Chapters in another order: Accounts, Network → Network, Accounts',
      'Sections of 1 Network in another order: Firewall, Mail → Mail, Firewall',
      'Items of 2 Accounts in another order: CL-A1, CL-A2 → CL-A2, CL-A1',
    ]);
    expect(diff.items).toEqual([]);
  });

  it('a section moved to another chapter is named, and so are its items, for a deployment too', () => {
    const older = doc(accounts(), network);
    const newer = doc(`${accounts()}\n## Mail\n\n${item('CL-M1')}`, `# Network\n\n## Firewall\n\n${item('CL-N1')}`);
    const { diff, impact } = compare(older, newer, deployment({ 'CL-M1': { status: 'Yes' } }));
    expect(diff.sections).toEqual(['Moved: 2.2 Mail → 1.1 Mail']);
    expect(impact?.items.map((change) => change.moved)).toEqual([{ from: '2.2 Mail', to: '1.1 Mail' }]);
  });

  it('a section moved to another chapter of the same number (chapters in another order) names both chapters', () => {
    // Mail leaves Network (2) for Accounts, which is chapter 2 now: "2.2 Mail → 2.1 Mail" said nothing moved.
    const older = doc(accounts(), network);
    const newer = doc(`# Network\n\n## Firewall\n\n${item('CL-N1')}`, `${accounts()}\n## Mail\n\n${item('CL-M1')}`);
    const { diff } = compare(older, newer);
    expect(diff.sections).toContain('Moved: 2.2 Mail (in 2 Network) → 2.1 Mail (in 2 Accounts)');
    const moved = diff.items.find((change) => change.id === 'CL-M1')?.moved;
    expect(moved).toEqual({ from: '2.2 Mail (in 2 Network)', to: '2.1 Mail (in 2 Accounts)' });
  });
});

describe('answers and settings the new version has no place for', () => {
  const doc = (rows: string, settings: string) => `${frontMatter}\n# A\n\n| CL-S1 Demo | Software current |\n| --- | --- |\n| Executed | |\n| Main server | Yes / No |\n${rows}\n## Settings\n\n| Rule | Customer setting |\n| --- | --- |\n${settings}`;
  const older = doc('| Java runtime | Yes / No |\n', '| Minimal length | |\n| Maximal length | |\n');
  const newer = doc('', '| Minimal length | |\n');
  const acme = deployment({ 'CL-S1': { components: { 'Main server': 'Yes', 'Java runtime': 'Yes' } } }, { settings: { 'Minimal length': '12', 'Maximal length': '64' } });

  it('diff names the component answer and the setting whose rows are gone; upgrade says it keeps them', () => {
    const [from, to] = [parse(older).checklist, parse(newer).checklist];
    const unfit = unfitAnswers(acme, from, to);
    expect(unfit).toEqual([
      '/answers/CL-S1/components/Java runtime: Unknown component "Java runtime" for CL-S1: its component rows are Main server (kept under "retired" by upgrade)',
      '/settings/Maximal length: No fillable table has a row "Maximal length"',
    ]);
    const { impact } = compare(older, newer, acme);
    const full = { ...(impact as DeploymentImpact), unfit };
    expect(diffMarkdown(compareChecklists(from, to), sides, { name: 'acme', impact: full })).toContain(
      '### Answers and settings the new version has no place for\n\n- /answers/CL-S1/components/Java runtime: Unknown component',
    );
    const upgraded = upgradeText(JSON.stringify(acme, null, 2), acme, full, to, from);
    // The removed row's answer goes where a removed item's goes; the setting stays, for the customer to settle.
    expect(upgraded.summary).toContain('1 answer to component rows removed from their item moved to "retired": CL-S1 / Java runtime');
    expect(upgraded.summary.join('\n')).toContain('1 value the new version has no place for, kept as written (check and build refuse it until then): /settings/Maximal length: ');
    expect(JSON.parse(upgraded.text)).toMatchObject({ answers: { 'CL-S1': { components: { 'Main server': 'Yes' } } }, retired: { 'CL-S1': { components: { 'Java runtime': 'Yes' } } } });
    expect(unfitAnswers(acme, from, from)).toEqual([]);
  });
});

describe('footnotes', () => {
  const doc = (note: string, intro = 'Keep accounts personal.') => `${frontMatter}\n# A\n\n${intro}\n\n| CL-A1 Demo | Item |\n| --- | --- |\n| Measures | Lock accounts of people who leave[^leave] |\n| Executed | Yes / No |\n\n[^leave]: ${note}\n`;

  it('a footnote changed is a change of the row that shows it, marked for review; one only renumbered is none', () => {
    const { diff, impact, markdown } = compare(doc('Within one week.'), doc('Within one day.'), deployment({ 'CL-A1': { status: 'Yes' } }));
    expect(markdown).toContain('  - Measures changed: Lock accounts of people who leave \\[Within one ~~week~~**day**.\\]');
    expect(diff.items.map((change) => change.rows.map((row) => row.label))).toEqual([['Measures']]);
    expect(impact?.review.map((mark) => mark.what)).toEqual(['Version 1.0 → 1.0: Measures (Lock accounts of people who leave [Within one week.] → Lock accounts of people who leave [Within one day.])']);
    const renumbered = compare(doc('Within one week.'), doc('Within one week.', 'Keep accounts personal[^why].\n\n[^why]: Shared accounts hide who did what.'));
    expect(renumbered.diff.items).toEqual([]);
    expect(renumbered.markdown).toContain('- Changed: Keep accounts personal **\\[Shared accounts hide who did what');
  });
});

describe('tables in the prose, and footnotes in settings', () => {
  const doc = (length: string, port: string) => `${frontMatter}
# A

| CL-A1 Demo | Item |
| --- | --- |
| Executed | Yes / No |

## Password policy

|  | Rule | Default value | Customer setting |
| --- | --- | --- | --- |
| 1 | Minimal length | ${length} SF[^sf] |  |
| 2 | Maximal length | 64 |  |

| Port | Service |
| --- | --- |
| ${port} | SMTP |

[^sf]: Service accounts need more.
`;
  const [older, newer] = [doc('8', '25'), doc('12', '587')];
  const acme = deployment({}, { settings: { 'Minimal length': '14' } });

  it('shows a table row changed as its cells under their headers, and a footnote as its text in brackets, never as Markdown source', () => {
    const { markdown } = compare(older, newer);
    const prose = markdown.split('## Prose\n')[1] ?? '';
    expect(prose).toContain('- Changed: Minimal length: Default value: ~~8~~**12** SF \\[Service accounts need more.\\]\n');
    expect(prose).toContain('- Changed: Port: ~~25~~**587**; Service: SMTP\n');
    expect(prose).not.toMatch(/\\\||\[\^/);
    const html = diffHtml(compareChecklists(parse(older).checklist, parse(newer).checklist), sides);
    expect(html).not.toContain('[^');
  });

  it('a deployment\'s settings and upgrade\'s summary show the footnote as rendered too', () => {
    const { diff, impact, markdown } = compare(older, newer, acme);
    expect(markdown).toContain('- Changed: Minimal length: Default value: ~~8~~**12** SF \\[Service accounts need more.\\] (your setting: 14)');
    const html = diffHtml(diff, sides, { name: 'acme', impact: impact as DeploymentImpact });
    expect(html).not.toContain('[^');
    const upgraded = upgradeText(JSON.stringify(acme, null, 2), acme, impact as DeploymentImpact, parse(newer).checklist, parse(older).checklist);
    expect(upgraded.summary.join('\n')).toContain('Minimal length (Default value: 8 SF [Service accounts need more.] → Default value: 12 SF [Service accounts need more.]; your setting: 14)');
    expect(upgraded.summary.join('\n')).not.toContain('[^');
  });
});
