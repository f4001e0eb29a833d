/**
 * A change of typography only (hyphen-minus → non-breaking hyphen, space → no-break space,
 * straight → curly quotes) marks answers for review, yet the old and new strings diff and the
 * review mark showed looked the same, and a change of spacing showed no change at all. Each such
 * change is now named by its characters and column, wherever the two strings are shown: diff
 * (Markdown and HTML, items, prose, settings, sections), the review mark, upgrade's summary.
 */
import { describe, expect, it } from 'vitest';
import { compareChecklists } from '../../src/versions/compare.js';
import { deploymentImpact } from '../../src/versions/deployment-impact.js';
import { diffHtml } from '../../src/versions/diff-html.js';
import { diffMarkdown } from '../../src/versions/diff-markdown.js';
import { lookAlikeChanges, lookAlikeNote } from '../../src/versions/look-alike.js';
import { upgradeText } from '../../src/versions/upgrade.js';
import type { Deployment } from '../../src/model/deployment.js';
import { frontMatter, parse } from '../helpers/parse.js';

const sides = { from: { workingTree: true as const }, to: { workingTree: true as const } };

interface Texts {
  chapter: string;
  intro: string;
  title: string;
  measures: string;
  references: string;
  value: string;
}

const doc = (texts: Texts) => `${frontMatter}
# ${texts.chapter}

${texts.intro}

| CL-VPN1 Demo | ${texts.title} |
| --- | --- |
| Measures | ${texts.measures} |
| References | ${texts.references} |
| Executed | Yes / No |

## Passwords

| # | Password rule | Default value | Customer setting |
| --- | --- | --- | --- |
| 1 | Minimal length | ${texts.value} | |
`;

const LONG = 'Keep the list of peers in the change log, and review it once a quarter with the network team';
const plainTexts: Texts = { chapter: 'Remote-access', intro: 'Keep the VPN up to date.', title: 'VPN uses pre-shared keys', measures: 'Set "strong" ciphers', references: LONG, value: '8 characters' };

const HYPHEN = 'U+002D HYPHEN-MINUS → U+2011 NON-BREAKING HYPHEN';
const NBSP = 'U+0020 SPACE → U+00A0 NO-BREAK SPACE';

const acme = { checklist: 'doc', checklistVersion: '1.0', answers: { 'CL-VPN1': { status: 'Yes', comment: 'Certificates soon' } }, settings: { 'Minimal length': '12' } } as Deployment;

function compare(changes: Partial<Texts>) {
  const [from, to] = [parse(doc(plainTexts)).checklist, parse(doc({ ...plainTexts, ...changes })).checklist];
  const diff = compareChecklists(from, to);
  const impact = deploymentImpact(diff, acme);
  const upgraded = upgradeText(JSON.stringify(acme, null, 2), acme, impact, { ...to, meta: { ...to.meta, version: '2.0' } }, from);
  return { impact, upgraded, markdown: diffMarkdown(diff, sides), html: diffHtml(diff, sides), forCustomer: diffMarkdown(diff, sides, { name: 'acme', impact }) };
}

const review = (upgraded: { text: string }) => (JSON.parse(upgraded.text) as Deployment & { answers: Record<string, { review?: string }> }).answers['CL-VPN1']?.review;

describe('a typography-only change of an item row', () => {
  it('diff names the characters and the column after the word diff, in Markdown and HTML', () => {
    const { markdown, html } = compare({ title: 'VPN uses pre\u2011shared keys' });
    expect(markdown).toContain(`  - Title changed: VPN uses pre~~-~~**\u2011**shared keys (Demo) (look-alike: ${HYPHEN} at column 13)\n`);
    expect(html).toContain(`<ins>\u2011</ins>shared keys (Demo)<span class="look-alike"> (look-alike: ${HYPHEN} at column 13)</span></li>`);
  });

  it('a space made a no-break space, which the word diff shows as no change at all (the new text, unmarked), is named', () => {
    const { markdown } = compare({ measures: 'Set "strong"\u00A0ciphers' });
    expect(markdown).toContain(`  - Measures changed: Set "strong"\u00A0ciphers (look-alike: ${NBSP} at column 13)\n`);
  });

  it('straight quotes made curly: each named, on one line', () => {
    const { markdown } = compare({ measures: 'Set \u201Cstrong\u201D ciphers' });
    const line = markdown.split('\n').find((entry) => entry.startsWith('  - Measures changed:'));
    expect(line).toBe(
      '  - Measures changed: Set ~~"~~**\u201C**strong~~"~~**\u201D** ciphers (look-alike: U+0022 QUOTATION MARK → U+201C LEFT DOUBLE QUOTATION MARK at column 5, U+0022 QUOTATION MARK → U+201D RIGHT DOUBLE QUOTATION MARK at column 12)',
    );
  });

  it('the review mark names them too, for a short row after its old and new text, for a long one alone', () => {
    const { upgraded, forCustomer } = compare({ title: 'VPN uses pre\u2011shared keys', references: LONG.replace('change log', 'change\u00A0log') });
    const mark = `Version 1.0 → 1.0: Title (VPN uses pre-shared keys (Demo) → VPN uses pre\u2011shared keys (Demo); look-alike: ${HYPHEN} at column 13); References (look-alike: ${NBSP} at column 37)`;
    expect(review(upgraded)).toBe(mark);
    expect(review(upgraded)).not.toContain('\n');
    expect(forCustomer).toContain(`### Answers that need review\n\n- CL-VPN1 VPN uses pre\u2011shared keys: ${mark}\n`);
    expect(upgraded.summary).toContain('1 answer marked for review: CL-VPN1');
  });

  it('a change a reader sees is not said twice', () => {
    const { markdown, upgraded } = compare({ measures: 'Set strong ciphers' });
    expect(markdown).not.toContain('look-alike');
    expect(review(upgraded)).toBe('Version 1.0 → 1.0: Measures (Set "strong" ciphers → Set strong ciphers)');
  });
});

describe('a component row whose label changed in a look-alike character', () => {
  const item = (row: string) => `${frontMatter}\n# A\n\n| CL-VPN2 Demo | VPN peers |\n| --- | --- |\n| Executed | |\n| ${row} | Yes / No |\n`;
  const [from, to] = [parse(item('Pre-shared key')).checklist, parse(item('Pre\u2011shared key')).checklist];
  const answered = { checklist: 'doc', checklistVersion: '1.0', answers: { 'CL-VPN2': { components: { 'Pre-shared key': 'Yes' } } } } as Deployment;

  it('is another row (labels match as written): diff says the added one is not the removed one, and why', () => {
    const diff = compareChecklists(from, to);
    const markdown = diffMarkdown(diff, sides);
    expect(markdown).toContain(`  - Pre\u2011shared key added (not the removed row Pre-shared key: look-alike: ${HYPHEN} at column 4): **Yes / No**\n  - Pre-shared key removed: ~~Yes / No~~\n`);
    const impact = deploymentImpact(diff, answered);
    expect(impact.review[0]?.what).toBe(`Version 1.0 → 1.0: Pre\u2011shared key (none → Yes / No) (not the removed row Pre-shared key: look-alike: ${HYPHEN} at column 4); Pre-shared key (Yes / No → none)`);
  });
});

describe('typography-only changes outside an item', () => {
  it('prose: a no-break space in a paragraph is named', () => {
    const { markdown, html } = compare({ intro: 'Keep the VPN up\u00A0to date.' });
    expect(markdown).toContain(`- Changed: Keep the VPN up\u00A0to date. (look-alike: ${NBSP} at column 16)\n`);
    expect(html).toContain(`<li>Changed: Keep the VPN up\u00A0to date.<span class="look-alike"> (look-alike: ${NBSP} at column 16)</span></li>`);
  });

  it('a fillable row\'s cell (no longer folded with spaces): diff and upgrade name it', () => {
    const { markdown, forCustomer, upgraded } = compare({ value: '8\u00A0characters' });
    expect(markdown).toContain(`- Changed: Minimal length: Default value: 8\u00A0characters (look-alike: ${NBSP} at column 33)\n`);
    expect(forCustomer).toContain(`- Changed: Minimal length: Default value: 8\u00A0characters (look-alike: ${NBSP} at column 17) (your setting: 12)\n`);
    expect(upgraded.summary).toContain(
      `1 setting whose row changed, to check against the value chosen: Minimal length (Default value: 8 characters → Default value: 8\u00A0characters; look-alike: ${NBSP} at column 17; your setting: 12)`,
    );
  });

  it('a chapter renamed by a hyphen', () => {
    const { markdown } = compare({ chapter: 'Remote\u2011access' });
    expect(markdown).toContain(`- Renamed: 1 Remote-access → 1 Remote\u2011access (look-alike: ${HYPHEN} at column 9)\n`);
  });
});

describe('lookAlikeChanges', () => {
  it('names characters added, removed or replaced that leave the text looking the same', () => {
    expect(lookAlikeChanges('ab', 'a\u200Bb')).toEqual(['U+200B ZERO WIDTH SPACE added at column 2']);
    expect(lookAlikeChanges('a  b', 'a b')).toEqual(['U+0020 SPACE removed at column 3']);
    expect(lookAlikeChanges('wait...', 'wait\u2026')).toEqual(['U+002E FULL STOP + U+002E FULL STOP + U+002E FULL STOP → U+2026 HORIZONTAL ELLIPSIS at column 5']);
    expect(lookAlikeChanges("it's", 'it\u2019s')).toEqual(['U+0027 APOSTROPHE → U+2019 RIGHT SINGLE QUOTATION MARK at column 3']);
  });

  it('within a change a reader sees, the look-alike character beside it', () => {
    // "-s" → "‑S": the word diff shows the S; the hyphen is named.
    expect(lookAlikeChanges('Web-server', 'Web\u2011Server')).toEqual([`${HYPHEN} at column 4`]);
    expect(lookAlikeChanges('Web server', 'Mail server')).toEqual([]);
  });

  it('counts columns in characters of the new text on one line, as diff shows it', () => {
    expect(lookAlikeChanges('- 😀 one\n- two-three', '- 😀 one\n- two\u2011three')).toEqual([`${HYPHEN} at column 16`]);
  });

  it('names three and counts the rest, on one line', () => {
    const note = lookAlikeNote('a-b-c-d-e', 'a\u2011b\u2011c\u2011d\u2011e');
    expect(note).toBe(` (look-alike: ${HYPHEN} at column 2, ${HYPHEN} at column 4, ${HYPHEN} at column 6, and 1 more)`);
    expect(lookAlikeNote('same', 'same')).toBe('');
  });
});
