import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { loadChecklist } from '../../src/content/load-checklist.js';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows = '| Executed | Yes / No |') => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n`;

// Front matter is 7 lines, then a blank line: content starts on line 9.
describe('check reports each mistake as an error at its position', () => {
  it('duplicate ID, at the second one, naming the first', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1')}\n${item('CL-A1')}`);
    expect(errors).toEqual(['doc/01.md:13:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]']);
  });

  it('duplicate ID across files of a folder names each file', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1')}`, `# Two\n\n${item('CL-A1')}`);
    expect(errors).toEqual(['doc/02.md:3:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]']);
  });

  it('duplicate ID names the first table written with it, even one dropped for an error of its own, and in its own file', () => {
    const untitled = '| CL-A1 Scope | |\n| --- | --- |\n| Executed | Yes / No |\n';
    const { errors } = parse(`${frontMatter}\n${untitled}\n${item('CL-A1')}`, `# Two\n\n${item('CL-A1')}`);
    expect(errors).toEqual([
      'doc/01.md:9:3: error Item CL-A1 has no title: put it in the second header cell [missing-title]',
      'doc/01.md:13:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]',
      'doc/02.md:3:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]',
    ]);
  });

  it('a table that repeats the header of the item right before it, with the rows that one lacks, is named as a table continued after a page break', () => {
    const { errors, checklist } = parse(`${frontMatter}\n${item('CL-A1')}\n| CL-A1 Scope | Title |\n| --- | --- |\n| Customer Comments / Reasons | |\n\n${item('CL-A2')}\n${item('CL-A1')}`);
    expect(errors).toEqual([
      'doc/01.md:13:3: error Duplicate item ID CL-A1: this table repeats the header of the item at doc/01.md:9:3, as a table continued after a page break does: join its rows to that table (IDs must be unique in a checklist) [duplicate-id]',
      // Not right after it, or both with an Executed row: a plain duplicate (as above).
      'doc/01.md:21:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]',
    ]);
    expect(checklist.items.map((one) => one.id)).toEqual(['CL-A1', 'CL-A1', 'CL-A2', 'CL-A1']);
  });

  it('a table continued after a page break has its duplicate-id message only, not missing-executed too; a duplicate elsewhere without Executed has both', () => {
    const rest = '| CL-A1 Scope | Title |\n| --- | --- |\n| Customer Comments / Reasons | |\n';
    const { messages } = parse(`${frontMatter}\n${item('CL-A1')}\n${rest}\n${item('CL-A2')}\n${rest}`);
    expect(messages).toEqual([
      // Its Executed row is in the part before it: joining the two, as the message says, is the fix.
      'doc/01.md:13:3: error Duplicate item ID CL-A1: this table repeats the header of the item at doc/01.md:9:3, as a table continued after a page break does: join its rows to that table (IDs must be unique in a checklist) [duplicate-id]',
      'doc/01.md:21:3: warning Item CL-A1 has no Executed row: add `| Executed | Yes / No |` so it can be ticked [missing-executed]',
      'doc/01.md:21:3: error Duplicate item ID CL-A1: first used at doc/01.md:9:3; IDs must be unique in a checklist [duplicate-id]',
    ]);
  });

  it('the first part of a split table, whose Executed row is in the part after it, has no missing-executed either; where neither part has one, both do', () => {
    const first = '| CL-A1 Scope | Title |\n| --- | --- |\n| Measures | Do it |\n';
    const after = '| CL-A1 Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n| Customer Comments / Reasons | |\n';
    const split = parse(`${frontMatter}\n${first}\n${after}`).messages;
    expect(split).toEqual([
      'doc/01.md:13:3: error Duplicate item ID CL-A1: this table repeats the header of the item at doc/01.md:9:3, as a table continued after a page break does: join its rows to that table (IDs must be unique in a checklist) [duplicate-id]',
    ]);
    const neither = parse(`${frontMatter}\n${first}\n${first}`).messages;
    expect(neither).toEqual([
      'doc/01.md:9:3: warning Item CL-A1 has no Executed row: add `| Executed | Yes / No |` so it can be ticked [missing-executed]',
      'doc/01.md:13:3: warning Item CL-A1 has no Executed row: add `| Executed | Yes / No |` so it can be ticked [missing-executed]',
      'doc/01.md:13:3: error Duplicate item ID CL-A1: this table repeats the header of the item at doc/01.md:9:3, as a table continued after a page break does: join its rows to that table (IDs must be unique in a checklist) [duplicate-id]',
    ]);
  });

  it.each(['CL-', 'CL-A.', 'CL-SF: SW status', 'CL- VPN4', 'CL-a/'])('malformed ID %j', (header) => {
    const { errors } = parse(`${frontMatter}\n| ${header} | Title |\n| --- | --- |\n| Executed | Yes / No |\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^doc\/01\.md:9:3: error Malformed item ID/);
  });

  it('a CL table with no title', () => {
    const { errors } = parse(`${frontMatter}\n| CL-A1 Scope | |\n| --- | --- |\n| Executed | Yes / No |\n`);
    expect(errors).toEqual(['doc/01.md:9:3: error Item CL-A1 has no title: put it in the second header cell [missing-title]']);
  });

  it('Executed with neither options nor component rows', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Measures | Do it |\n| Executed | |\n| Customer comments | |')}`);
    expect(errors).toEqual([
      'doc/01.md:12:3: error Executed of CL-A1 has neither options nor component rows: write `Yes / No`, or add component rows below it [executed-without-options]',
    ]);
  });

  it('component rows with no Executed row', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Measures | Do it |\n| Main server | Yes: ☐ No: ☐ |')}`);
    expect(errors).toEqual([
      'doc/01.md:12:3: error Component row "Main server" of CL-A1 has no Executed row before it: add `| Executed | |` above the component rows [component-without-executed]',
    ]);
  });

  it('a level not in levels, naming them', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Level | extreme |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual(["doc/01.md:11:11: error Level \"extreme\" of CL-A1 is not one of the front matter's levels (minimum, medium, maximum) [unknown-level]"]);
  });

  it.each([
    ['every level', 'an item of every level has no Level row, so leave the row out'],
    ['All levels', 'an item of every level has no Level row, so leave the row out'],
    ['medium, maximum', 'the item applies from its Level up, so write "medium"'],
    ['from medium upwards', 'the item applies from its Level up, so write "medium"'],
  ])('a Level %j that a scope says in other words: the level to write', (written, hint) => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', `| Level | ${written} |\n| Executed | Yes / No |`)}`);
    expect(errors).toEqual([`doc/01.md:11:11: error Level "${written}" of CL-A1 is not one of the front matter's levels (minimum, medium, maximum): ${hint} [unknown-level]`]);
  });

  it.each([
    ['Medium', 'medium'],
    ['medum', 'medium'],
    ['maximun', 'maximum'],
  ])('a level %j near one of levels: the levels, and did you mean %j', (written, meant) => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', `| Level | ${written} |\n| Executed | Yes / No |`)}`);
    expect(errors).toEqual([`doc/01.md:11:11: error Level "${written}" of CL-A1 is not one of the front matter's levels (minimum, medium, maximum): did you mean "${meant}"? [unknown-level]`]);
  });

  it('Level and Target rows in a master with no levels: one message per row, not one per level named', () => {
    const noLevels = frontMatter.replace(/^levels: .*\n/m, '');
    const { errors } = parse(`${noLevels}\n${item('CL-A1', '| Level | medium |\n| Target | minimum: 8; medium: 10; maximum: 12 |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:10:11: error Level "medium" of CL-A1 is not defined: the front matter has no `levels` [unknown-level]',
      'doc/01.md:11:12: error Target of CL-A1 names levels "minimum", "medium", "maximum", but the front matter has no `levels`: list every level there, lowest first, e.g. `levels: [minimum, medium, maximum]` [unknown-target-level]',
    ]);
  });

  it('a Target naming a level not in levels', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Target | minimum: 8; extreme: 20 |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual(['doc/01.md:11:24: error Target of CL-A1 names level "extreme", which is not defined: levels are minimum, medium, maximum [unknown-target-level]']);
  });

  it('an unknown directive', () => {
    const { errors } = parse(`${frontMatter}\nText.\n\n::signature\n`);
    expect(errors).toEqual([
      'doc/01.md:11:1: error Unknown directive ::signature: use one of ::deployment-overview, ::signatures, ::responsibility-matrix, ::open-items; did you mean "::signatures"? [unknown-directive]',
    ]);
  });

  it('a link to an item or a heading in another case names the anchor meant', () => {
    const { errors } = parse(`${frontMatter}\n# VPN\n\nSee [](#CL-a1) and [](#Vpn).\n\n${item('CL-A1', '| Executed | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:11:5: error Link to #CL-a1 has no target: no heading or item has that anchor: did you mean #CL-A1? [missing-anchor]',
      'doc/01.md:11:20: error Link to #Vpn has no target: no heading or item has that anchor: did you mean #vpn? [missing-anchor]',
    ]);
  });

  it('a link to a heading whose title has a dash, written with one hyphen, names the anchor meant', () => {
    const text = `${frontMatter}\n# Ports - Firewall\n\n## Keys – Rotation\n\n## Keys - Storage\n\n## Keys – Storage\n\nSee [](#ports-firewall), [](#keys-rotation) and [](#keys-storage).\n`;
    expect(parse(text).errors).toEqual([
      'doc/01.md:17:5: error Link to #ports-firewall has no target: no heading or item has that anchor: did you mean #ports---firewall? [missing-anchor]',
      'doc/01.md:17:26: error Link to #keys-rotation has no target: no heading or item has that anchor: did you mean #keys--rotation? [missing-anchor]',
      // Two headings fit: no guess.
      'doc/01.md:17:49: error Link to #keys-storage has no target: no heading or item has that anchor [missing-anchor]',
    ]);
  });

  it('a link to a missing anchor, in prose and in a cell', () => {
    const { errors } = parse(`${frontMatter}\n# VPN\n\nSee [](#vpn-conection).\n\n${item('CL-A1', '| Measures | see [x](#CL-B9) |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:11:5: error Link to #vpn-conection has no target: no heading or item has that anchor [missing-anchor]',
      'doc/01.md:15:18: error Link to #CL-B9 has no target: no heading or item has that anchor [missing-anchor]',
    ]);
  });

  it('a link to an item renamed since (its Replaces row names the old ID) says where to link', () => {
    const { errors } = parse(`${frontMatter}\n# VPN\n\nSee [](#CL-A1).\n\n${item('CL-A2', '| Replaces | CL-A1 |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual(['doc/01.md:11:5: error Link to #CL-A1 has no target: no heading or item has that anchor; CL-A1 is now CL-A2 (its Replaces row): link to #CL-A2 [missing-anchor]']);
  });

  it('front matter missing version or date', () => {
    expect(parse('---\ndate: 2025-01-01\n---\n\n# A\n').errors).toEqual(['doc/01.md:1:1: error Front matter is missing `version` [missing-version]']);
    expect(parse('---\nversion: "1"\n---\n\n# A\n').errors).toEqual(['doc/01.md:1:1: error Front matter is missing `date` [missing-date]']);
    expect(parse('# No front matter\n').errors[0]).toMatch(/^doc\/01\.md:1:1: error Missing front matter/);
  });

  it('front matter that is not valid YAML', () => {
    const { errors } = parse('---\nversion: "1.0"\ndate: [2025\n---\n\n# A\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^doc\/01\.md:\d+:\d+: error Front matter is not valid YAML/);
  });

  it.each(['!!js/function "function () { return 1 }"', '!!python/object:os.system ls', '!custom 5'])('YAML tag %s that asks for code or custom types', (value) => {
    const { errors } = parse(`---\nversion: "1.0"\ndate: 2025-01-01\ntitle: ${value}\n---\n\n# A\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^doc\/01\.md:4:8: error YAML tag is not allowed: front matter is data only/);
  });

  it('raw HTML other than <br> in a cell is a warning', () => {
    const { messages, errors } = parse(`${frontMatter}\n${item('CL-A1', '| Measures | a<br/>b <span>c</span> |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual([]);
    expect(messages).toEqual([
      'doc/01.md:11:22: warning Raw HTML `<span>` is not rendered: write it in Markdown (only <br> is honoured) [raw-html]',
      'doc/01.md:11:29: warning Raw HTML `</span>` is not rendered: write it in Markdown (only <br> is honoured) [raw-html]',
    ]);
  });
});

describe('files that cannot be read as a checklist', () => {
  async function readFolder(files: Record<string, Uint8Array | string>): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-read-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const diagnostics = new Diagnostics();
    await loadChecklist(dir, diagnostics);
    return diagnostics.messages.map((message) => formatMessage(message).replace(`${dir}/`, ''));
  }

  it('an empty file', async () => {
    const messages = await readFolder({ '01.md': `${frontMatter}\n# A\n`, '02.md': '  \n\n' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/02\.md:1:1: error File is empty/);
  });

  it('a file saved as UTF-16 (Notepad\'s "Unicode", Windows PowerShell\'s >) is named so, at its first byte; a bad first byte is on line 1', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${frontMatter}\n# A\n`, 'utf16le')]);
    expect(await readFolder({ '01.md': utf16 })).toEqual([
      '01.md:1:1: error Not valid UTF-8: the file is UTF-16 (as Notepad\'s "Unicode" and Windows PowerShell\'s > save it): save it as UTF-8 [encoding]',
    ]);
    // Its last line was named: the search for the line's start ran from the end of the file.
    expect(await readFolder({ '01.md': Buffer.concat([Buffer.from([0xdc]), Buffer.from(`\n${frontMatter}\n# A\n`)]) })).toEqual([
      '01.md:1:1: error Not valid UTF-8 (byte 0xDC): save the file as UTF-8 [encoding]',
    ]);
  });

  it('a file that is not UTF-8, at the first bad line', async () => {
    const latin1 = Buffer.from(`${frontMatter}\n# Gr\u00fc\u00dfe\n`, 'latin1');
    const messages = await readFolder({ '01.md': latin1 });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/01\.md:9:5: error Not valid UTF-8 \(byte 0xFC\): save the file as UTF-8/);
  });
});
