import { describe, expect, it } from 'vitest';
import type { Block, ClItem, Inline, Section, Table } from '../../src/model/checklist.js';
import { inlineText } from '../../src/content/inline.js';
import { frontMatter, parse } from '../helpers/parse.js';

const sections = (blocks: Block[]): Section[] =>
  blocks.flatMap((block) => (block.kind === 'section' ? [block, ...sections(block.children)] : []));

describe('sections', () => {
  it('are numbered by nesting, with GitHub-style anchors unique across files', () => {
    const { checklist, errors } = parse(`${frontMatter}\n# Intro\n\n## Scope\n\n### Scope\n\n# Server: hardening\n`, '## Scope\n\n# Annex\n');
    expect(errors).toEqual([]);
    expect(sections(checklist.body).map((section) => [section.number, section.titleText, section.anchor])).toEqual([
      ['1', 'Intro', 'intro'],
      ['1.1', 'Scope', 'scope'],
      ['1.1.1', 'Scope', 'scope-1'],
      ['2', 'Server: hardening', 'server-hardening'],
      ['2.1', 'Scope', 'scope-2'],
      ['3', 'Annex', 'annex'],
    ]);
    expect(sections(checklist.body)[4]?.place).toEqual({ file: 'doc/02.md', line: 1, column: 1 });
  });
});

describe('CL items', () => {
  const md = `${frontMatter}
# Mail

| CL-SMTP1 Example UC Server V5R0 | SMTP interface **secured** |
| --- | --- |
| Measures | - Require authentication<br>- Use TLS, see [](#vpn-connection)<br/>Then restart. |
| References | Admin guide, chapter 6 |
| Needed access rights: | Server administration |
| Default setting | Plain text |
| Level | medium |
| Target | medium: 10 characters, mixed case; maximum: High |
| Executed | Yes: ☐ No: [ ] Deactivated: ☐ |
| Customer Comments / Reasons | Describe measures taken: |

| CL-SF:SNMPv3 | SNMP v3 |
| --- | --- |
| Executed | |
| Main server | Yes / No |
| Reporter server | Yes / No |
| Third-party software | |
| Browser on clients | Yes: ☐ No: ☐ Version: |
| Customer comments | |

| CL-VPN1 external router | VPN only |
| --- | --- |
| Executed | Yes / No / No network or remote access |

# VPN connection

Times like 10:30 and a:b stay, and so does [](#CL-SF:SNMPv3) and [the router](#CL-VPN1).
`;
  const { checklist, messages } = parse(md);
  const [smtp, snmp, vpn] = checklist.items as [ClItem, ClItem, ClItem];

  it('parse without messages, in order, with section numbers', () => {
    expect(messages).toEqual([]);
    expect(checklist.items.map((item) => [item.id, item.scope, item.titleText, item.sectionNumber])).toEqual([
      ['CL-SMTP1', 'Example UC Server V5R0', 'SMTP interface secured', '1'],
      ['CL-SF:SNMPv3', '', 'SNMP v3', '1'],
      ['CL-VPN1', 'external router', 'VPN only', '1'],
    ]);
  });

  it('keep every detail row in written order, extra rows without the colon', () => {
    expect(smtp.rows.map((row) => [row.kind, row.kind === 'text' ? row.role : '', row.label])).toEqual([
      ['text', 'measures', 'Measures'],
      ['text', 'references', 'References'],
      ['text', 'access-rights', 'Needed access rights'],
      ['text', 'extra', 'Default setting'],
      ['level', '', 'Level'],
      ['target', '', 'Target'],
    ]);
    expect(smtp.level).toBe('medium');
    expect(smtp.target).toEqual([
      { level: 'medium', value: '10 characters, mixed case' },
      { level: 'maximum', value: 'High' },
    ]);
  });

  it('split measures at <br> into bullets and lines, with resolved cross-references', () => {
    const measures = smtp.rows[0];
    expect(measures?.kind === 'text' && measures.content.map((block) => (block.kind === 'bullets' ? block.items.map((item) => inlineText(item.content)) : inlineText(block.content)))).toEqual([
      ['Require authentication', 'Use TLS, see 2 VPN connection'],
      'Then restart.',
    ]);
  });

  it('read options in both written forms, write-in fields and the comment prompt', () => {
    expect(smtp.executed).toEqual({ options: ['Yes', 'No', 'Deactivated'], fields: [] });
    expect(vpn.executed?.options).toEqual(['Yes', 'No', 'No network or remote access']);
    expect(inlineText(smtp.commentPrompt)).toBe('Describe measures taken:');
    expect(smtp.commentLabel).toBe('Customer Comments / Reasons');
  });

  it('read component rows, servers and parts, and group headings', () => {
    expect(snmp.executed).toBeNull();
    expect(snmp.components.map((row) => (row.kind === 'group' ? ['group', row.label] : [row.label, row.isServer, row.answers]))).toEqual([
      ['Main server', true, { options: ['Yes', 'No'], fields: [] }],
      ['Reporter server', false, { options: ['Yes', 'No'], fields: [] }],
      ['group', 'Third-party software'],
      ['Browser on clients', false, { options: ['Yes', 'No'], fields: ['Version'] }],
    ]);
  });

  it('leave colons in prose and IDs as written, and label empty-text links', () => {
    const vpnSection = checklist.body[1] as Section;
    const paragraph = vpnSection.children[0];
    expect(paragraph?.kind).toBe('paragraph');
    const content = paragraph?.kind === 'paragraph' ? paragraph.content : [];
    expect(inlineText(content)).toBe('Times like 10:30 and a:b stay, and so does CL-SF:SNMPv3 SNMP v3 and the router.');
    expect(content.filter((node): node is Extract<Inline, { kind: 'xref' }> => node.kind === 'xref').map((node) => node.anchor)).toEqual(['CL-SF:SNMPv3', 'CL-VPN1']);
    expect(checklist.anchors.get('CL-SF:SNMPv3')).toEqual({ kind: 'item', anchor: 'CL-SF:SNMPv3', label: 'CL-SF:SNMPv3 SNMP v3' });
  });

  it('treat tables headed Client or CLI command as plain tables', () => {
    const { checklist: plain, messages: plainMessages } = parse(`${frontMatter}\n| Client | OS |\n| --- | --- |\n| a | b |\n\n| CLI command | Effect |\n| --- | --- |\n| x | y |\n`);
    expect(plainMessages).toEqual([]);
    expect(plain.items).toEqual([]);
    expect(plain.body.map((block) => block.kind)).toEqual(['table', 'table']);
  });
});

describe('fillable tables and directives', () => {
  it('label rows by their first cell that is not only a number', () => {
    const { checklist } = parse(`${frontMatter}\n| # | Password rule | Default | Customer setting |\n| --- | --- | --- | --- |\n| 1 | Minimal length | 8 | |\n| 2. | History | 5 | |\n| 3.2 | Max age | 90 | |\n| 3a | Min age | 1 | |\n`);
    const table = checklist.body[0] as Table;
    expect(table.fillable).toEqual({ column: 3 });
    expect(table.rows.map((row) => row.label)).toEqual(['Minimal length', 'History', 'Max age', 'Min age']);
  });

  it('read the four leaf directives where they stand', () => {
    const { checklist, errors } = parse(`${frontMatter}\n::deployment-overview\n\n# A\n\n::responsibility-matrix\n\n::open-items\n\n::signatures\n`);
    expect(errors).toEqual([]);
    const names = (blocks: Block[]): string[] => blocks.flatMap((block) => (block.kind === 'directive' ? [block.name] : block.kind === 'section' ? names(block.children) : []));
    expect(names(checklist.body)).toEqual(['deployment-overview', 'responsibility-matrix', 'open-items', 'signatures']);
  });

  it('reads front matter as data', () => {
    const { checklist } = parse(`---\nid: my-list\ntitle: My list\nproduct: P\nversion: "2.10"\ndate: 2025-03-14\ndocumentId: EX-1\nhistory:\n  - { date: 2018-10-22, version: "0.1", description: Initial creation }\n---\n\n# A\n`);
    expect(checklist.meta).toMatchObject({ id: 'my-list', title: 'My list', version: '2.10', date: '2025-03-14', documentId: 'EX-1' });
    expect(checklist.meta.history).toEqual([{ date: '2018-10-22', version: '0.1', description: 'Initial creation' }]);
  });
});
