/**
 * An item with boxes for the whole and a row for a part (`Executed | Yes / No / No remote
 * access` and `Authentication | Pre-shared key / Certificates`, the comments' boxes made a row,
 * as check advises): answered not applicable as a whole, it stayed Open, "not answered", for the
 * part's empty row, in the summary, the matrix and the open items, so it could never be closed
 * without choosing an authentication for a VPN that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { whyOpen } from '../../src/present/why-open.js';
import { componentDetail } from '../../src/present/component-detail.js';
import type { Deployment } from '../../src/model/deployment.js';
import { frontMatter, parse } from '../helpers/parse.js';

const master = parse(`${frontMatter}
| CL-VPN1 Router | Remote access via VPN only |
| --- | --- |
| Executed | Yes / No / No remote access |
| Authentication | Pre-shared key / Certificates |
| Customer comments / reasons | |
`).checklist;

const merged = (answer: NonNullable<Deployment['answers']>[string]) => mergeDeployment(master, { checklist: master.meta.id, answers: { 'CL-VPN1': answer } }, { name: 'x' });
const view = (answer: NonNullable<Deployment['answers']>[string]) => merged(answer).items[0]!;

describe('a whole answered not applicable, its part left empty', () => {
  it('is not applicable, and nothing is said to be missing', () => {
    const checklist = merged({ status: 'No remote access' });
    expect(checklist.items[0]!.overall).toBe('not-applicable');
    expect(checklist.openItems).toEqual([]);
    expect(checklist.summary.byStatus.find((row) => row.label === 'Not applicable')!.count).toBe(1);
  });

  it('the part still counts when it is answered, or when the whole is done or open', () => {
    expect(view({ status: 'Yes' }).overall).toBe('open');
    expect(whyOpen(view({ status: 'Yes' }))).toBe('Not answered (1 component row)');
    expect(view({ status: 'Yes', components: { Authentication: 'Certificates' } }).overall).toBe('done');
    expect(view({ status: 'No remote access', components: { Authentication: 'Certificates' } }).overall).toBe('not-applicable');
    expect(view({}).overall).toBe('unanswered');
  });
});

describe("the matrix's status detail of a part's choice", () => {
  it('names the row, then its choice (it read "Certificates: Authentication")', () => {
    expect(componentDetail(view({ status: 'Yes', components: { Authentication: 'Certificates' } }))).toBe('Authentication: Certificates');
    expect(componentDetail(view({ status: 'No remote access', components: { Authentication: 'Pre-shared key' } }))).toBe('Executed: No remote access; Authentication: Pre-shared key');
  });
});
