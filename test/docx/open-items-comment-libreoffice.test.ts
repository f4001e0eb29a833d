/**
 * The annex's open items in a real word processor: a long ID (CL-BIOS-WriteProtection) took
 * the width, and the Comment column, sized to its header alone, was too narrow for the
 * comment's words, so LibreOffice broke them inside ("replaceme" / "nt", "unencrypt" / "ed"),
 * where the PDF prints them whole.
 */
import { describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

const master = `${frontMatter}
# Server hardening

| CL-BIOS-WriteProtection Server | Setting write protection |
| --- | --- |
| Executed | Yes / No |
| Customer comments / reasons | |

| CL-SWstatus Server | Up-to-date SW, additionally necessary Software |
| --- | --- |
| Executed | |
| Java RE (servers) | Yes / No |
| H.4000 CSTA Manager | Yes / No |
| Customer comments / reasons | |

| CL-CSTA1 Server | Protect infrastructure for CSTA |
| --- | --- |
| Executed | Yes / No |
| Customer comments / reasons | |
`;

const comments: Record<string, string> = {
  'CL-BIOS-WriteProtection': 'Java RE 8 is still needed; replacement ordered (ticket CHG-2026-4411).',
  'CL-SWstatus': 'Browsers on the client PCs are updated in the December rollout.',
  'CL-CSTA1': 'CSTA runs unencrypted inside the voice VLAN 220 behind the data-centre firewall.',
};

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('the comments of the annex’s open items in LibreOffice', () => {
  it('prints every word of a comment whole', async () => {
    const { checklist, errors } = parse(master);
    expect(errors).toEqual([]);
    const answers = Object.fromEntries(Object.entries(comments).map(([id, comment]) => [id, id === 'CL-SWstatus' ? { components: { 'Java RE (servers)': 'No', 'H.4000 CSTA Manager': 'No' }, comment } : { status: 'No', comment }]));
    const view = mergeDeployment(checklist, { checklist: checklist.meta.id, openIssuesUntil: '2027-01-31', responsible: { installation: 'customer', operation: 'customer' }, answers }, { name: 'words' });
    const text = (await libreOfficeText({ annex: await renderDocx(view, { variant: 'annex', pageNumbers: false }) })).annex!;
    const open = text.slice(text.indexOf('Open issues to be resolved until'));
    for (const word of ['replacement', 'ordered', 'unencrypted', 'firewall.']) expect(open).toMatch(new RegExp(`(^|\\s)${word.replace('.', '\\.')}(\\s|$)`));
  }, 120_000);
});
