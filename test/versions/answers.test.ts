import { describe, expect, it } from 'vitest';
import { checkDeployment } from '../../src/deployment/check-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { Deployment } from '../../src/model/deployment.js';
import { frontMatter, parse } from '../helpers/parse.js';

const master = parse(
  `${frontMatter.replace('---\n', '---\nretired:\n  - { id: CL-OLD9, version: "1.0", reason: Gone }\n')}
| CL-NEW Scope | New name |
| --- | --- |
| Replaces | CL-OLD1 |
| Executed | Yes / No |

| CL-OTHER Scope | Other |
| --- | --- |
| Executed | Yes / No |
`,
).checklist;

describe('answers to replaced and retired IDs, without upgrading', () => {
  const deployment: Deployment = {
    checklist: 'doc',
    checklistVersion: '0.9',
    answers: { 'CL-OLD1': { status: 'Yes', comment: 'given to the old ID' }, 'CL-OLD9': { status: 'No' }, 'CL-OTHR': { status: 'No' } },
  };

  it('check: a warning naming both IDs, a warning for the retired one, a did-you-mean for a typo, upgrade advised', () => {
    const problems = checkDeployment(deployment, master).map((problem) => `${problem.severity} ${problem.pointer}: ${problem.reason}`);
    expect(problems).toEqual([
      'warning /checklistVersion: Deployment was answered against version 0.9 of doc, the master is version 1.0: run `checklist upgrade` on this file to carry the answers over and mark the ones to review',
      'warning /answers/CL-OLD1: CL-OLD1 is now CL-NEW: this answer applies to CL-NEW; `checklist upgrade` renames it',
      'warning /answers/CL-OLD9: CL-OLD9 was retired in version 1.0 (Gone): the answer is not shown; `checklist upgrade` moves it to "retired"',
      'error /answers/CL-OTHR: No item CL-OTHR in checklist doc; did you mean "CL-OTHER"? (the deployment is for version 0.9, the master 1.0: if the item was renamed since, `checklist upgrade` carries its answer over)',
    ]);
  });

  it('build: the answer to the old ID is shown on the new item; the retired answer nowhere', () => {
    const view = mergeDeployment(master, { ...deployment, answers: { 'CL-OLD1': { status: 'Yes', comment: 'given to the old ID', review: 'Version 0.9 → 1.0: Title' }, 'CL-OLD9': { status: 'No' } } }, { name: 'acme' });
    const item = view.items.find((entry) => entry.id === 'CL-NEW');
    expect(item).toMatchObject({ status: 'Yes', comment: 'given to the old ID', review: 'Version 0.9 → 1.0: Title', overall: 'done' });
    expect(view.items.map((entry) => entry.id)).toEqual(['CL-NEW', 'CL-OTHER']);
    expect(view.openItems.map((row) => [row.id, row.review])).toEqual([['CL-NEW', 'Version 0.9 → 1.0: Title'], ['CL-OTHER', undefined]]);
    expect(view.summary.changedSinceAnswered).toBe(1);
  });
});

describe('two earlier IDs that one item replaces, both answered, without upgrading', () => {
  const merged = parse(
    `${frontMatter}
| CL-ADM3 Scope | Administrator sessions and accounts |
| --- | --- |
| Replaces | CL-ADM1, CL-ADM2 |
| Executed | Yes / No |
`,
  ).checklist;
  // In the deployment's order, not the Replaces row's: upgrade renames CL-ADM2, the first answered, and keeps CL-ADM1 under "retired".
  const deployment: Deployment = {
    checklist: 'doc',
    checklistVersion: '0.9',
    answers: { 'CL-ADM2': { status: 'No', comment: 'shared account until May' }, 'CL-ADM1': { status: 'Yes', comment: 'idle timeout 30 minutes' } },
  };

  it('build shows the answer upgrade carries over (it showed CL-ADM1\'s, which upgrade files under "retired")', () => {
    const item = mergeDeployment(merged, deployment, { name: 'acme' }).items.find((entry) => entry.id === 'CL-ADM3');
    expect(item).toMatchObject({ status: 'No', comment: 'shared account until May' });
  });

  it('check says which answer is not used (it said of both that they apply)', () => {
    const problems = checkDeployment(deployment, merged).map((problem) => `${problem.pointer}: ${problem.reason}`);
    expect(problems).toContain('/answers/CL-ADM2: CL-ADM2 is now CL-ADM3: this answer applies to CL-ADM3; `checklist upgrade` renames it');
    expect(problems).toContain('/answers/CL-ADM1: CL-ADM1 is now CL-ADM3, which shows CL-ADM2\'s answer: this answer to CL-ADM1 is not used; `checklist upgrade` keeps it under "retired"');
  });

  it('an empty answer under an earlier ID gives way to an answered one, as upgrade renames the answered one', () => {
    const item = mergeDeployment(merged, { ...deployment, answers: { 'CL-ADM1': {}, 'CL-ADM2': { status: 'No' } } }, { name: 'acme' }).items.find((entry) => entry.id === 'CL-ADM3');
    expect(item).toMatchObject({ status: 'No' });
  });
});
