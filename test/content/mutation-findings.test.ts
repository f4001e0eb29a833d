/**
 * Found by mutating a real vendor checklist one typo at a time: each of these built a document
 * that lost or moved content while `check` said "no problems".
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows: string) => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n`;

// Front matter is 7 lines, then a blank line: the first item's header is line 9.
describe('mutations that used to pass silently', () => {
  it('a component row whose | before the options is missing is an error naming the split, not a heading with boxes', () => {
    const rows = '| Executed | |\n| Main server | Yes: ☐ No: ☐ |\n| Standby server Yes: ☐ No: ☐ |\n| Console Yes: [ ] No: [ ] |\n| Clients | |\n| Console | Yes / No |';
    const { messages, checklist } = parse(`${frontMatter}\n${item('CL-A1', rows)}`);
    expect(messages).toEqual([
      'doc/01.md:13:3: error Row "Standby server Yes: ☐ No: ☐" of CL-A1 has answer boxes in its name and no value, so it prints as a heading and nothing can be ticked: the | before the options is missing; did you mean `| Standby server | Yes: ☐ No: ☐ |`? [boxes-in-label]',
      'doc/01.md:14:3: error Row "Console Yes: [ ] No: [ ]" of CL-A1 has answer boxes in its name and no value, so it prints as a heading and nothing can be ticked: the | before the options is missing; did you mean `| Console | Yes: [ ] No: [ ] |`? [boxes-in-label]',
    ]);
    // A group heading without boxes stays quiet.
    expect(checklist.items[0]?.components.map((row) => row.kind)).toEqual(['component', 'group', 'group', 'group', 'component']);
  });
});

describe('directives with words after them', () => {
  it('"::deployment-overview here" is an error at its line; the directive alone, or an unknown name with text, stays as before', () => {
    const { messages, checklist } = parse(`${frontMatter}\n# Overview\n\n::deployment-overview here\n\n::signatures of both parties\n\n::open-items\n\n::Note this\n`);
    expect(messages).toEqual([
      'doc/01.md:11:1: error "::deployment-overview here" has text after the directive ::deployment-overview, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::deployment-overview" alone on its line, and "here" in a paragraph of its own [directive-like]',
      'doc/01.md:13:1: error "::signatures of both parties" has text after the directive ::signatures, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::signatures" alone on its line, and "of both parties" in a paragraph of its own [directive-like]',
    ]);
    const directives = [...JSON.stringify(checklist.body).matchAll(/"kind":"directive","name":"([^"]+)"/g)].map((match) => match[1]);
    expect(directives).toEqual(['open-items']);
  });
});

describe('headings whose # say another level than their number', () => {
  it('a #### under ## followed by a ### is a warning at the ####: the two are numbered side by side', () => {
    const { messages } = parse(`${frontMatter}\n# Chapter\n\n## Settings\n\n#### Mail server\n\n### SMTP\n\n## Other\n`);
    expect(messages).toEqual([
      'doc/01.md:13:1: warning Heading "Mail server" has 4 #, yet "SMTP" (line 15) with 3 # is numbered at the same level (1.1.1, 1.1.2): a level is skipped above it, so the sections are numbered and nested otherwise than their # say; write ### for it, or the heading that is missing above it [heading-level]',
    ]);
  });

  it('a first chapter whose # heading was lost: its ## sections are numbered as chapters beside the next file\'s #', () => {
    const { messages } = parse(`${frontMatter}\nIntroduction\n\n## Remarks\n\n## Scope\n`, '# Hardening\n\n## BIOS\n');
    expect(messages).toEqual([
      'doc/01.md:11:1: warning Heading "Remarks" has 2 #, yet "Hardening" (line 1 of 02.md) with 1 # is numbered at the same level (1, 3): a level is skipped above it, so the sections are numbered and nested otherwise than their # say; write # for it, or the heading that is missing above it [heading-level]',
    ]);
  });

  it('a level skipped alone (#### right under #, as converted Word files have) stays quiet', () => {
    expect(parse(`${frontMatter}\n# Chapter\n\n#### Deep\n\n#### Deeper still\n\n# Next\n\n## Part\n`).messages).toEqual([]);
  });
});

describe('a heading without a title', () => {
  it('"###" alone is an error at its line (it printed a bare number, its contents entry linking to "#")', () => {
    expect(parse(`${frontMatter}\n# Chapter\n\n###\n\nText.\n`).messages).toEqual([
      'doc/01.md:11:1: error Heading ### has no title, so section 1.1 prints as a bare number and has no anchor to link to: write its title after the #, or delete the line [empty-heading]',
    ]);
  });
});

describe('link notation that Markdown does not read as a link', () => {
  it('a space in the address, a missing ) or a missing [ is a warning at the notation; a link, and an escaped one, stay quiet', () => {
    const text = `${frontMatter}\n# Policies\n\nSee [](# policies), [the rules](#policies and ](#policies).\n\nSee [](#policies) and \\[x\\]\\(#policies).\n`;
    const { messages } = parse(text);
    expect(messages).toEqual([
      'doc/01.md:11:5: warning "[](# policies)" is not a link, so it prints as written, brackets and all: a space in the address or between ] and (, or a missing [, ] or ), breaks it; write [text](#anchor) (empty text for the target\'s number and title) [broken-link]',
      'doc/01.md:11:21: warning "[the rules](#policies and ](#policies)" is not a link, so it prints as written, brackets and all: a space in the address or between ] and (, or a missing [, ] or ), breaks it; write [text](#anchor) (empty text for the target\'s number and title) [broken-link]',
    ]);
  });
});

describe('an option that looks mistyped', () => {
  const rows = (executed: string) => `| Executed | ${executed} |`;
  it('"Np" beside Yes without No, in one row or in several, is a warning at the row: an open answer would count as not applicable', () => {
    const many = [1, 2, 3].map((n) => item(`CL-A${n}`, rows('Yes / No / Deactivated'))).join('\n');
    const { messages } = parse(`${frontMatter}\n${item('CL-X1', rows('Yes: ☐ Np: ☐ Deactivated: ☐'))}\n${many}`);
    expect(messages).toEqual([
      'doc/01.md:11:14: warning Executed of CL-X1 offers "Np", which no other row offers, and not "No", which 3 rows offer: a typo? As written, an answer counts as open only when it is No, so "Np" would count as not applicable in the summary, the matrix and the open items; write "No" if that is meant [option-near-miss]',
    ]);
    const twice = parse(`${frontMatter}\n${item('CL-X1', rows('Yes / Np'))}\n${item('CL-X2', rows('Yes / Np'))}`).messages;
    expect(twice).toHaveLength(2);
    expect(twice[0]).toContain('Executed of CL-X1 offers "Np" and not "No": a typo?');
  });

  it('an option offered once, two letters from one other rows offer, in a component row too', () => {
    const many = [1, 2].map((n) => item(`CL-A${n}`, rows('Yes / No / Deactivated'))).join('\n');
    const { messages } = parse(`${frontMatter}\n${item('CL-X1', '| Executed | |\n| Main server | Yes / No / Deactivatd |')}\n${many}`);
    expect(messages).toEqual([
      'doc/01.md:12:17: warning Row "Main server" of CL-X1 offers "Deactivatd", which no other row offers, and not "Deactivated", which 2 rows offer: a typo? As written, it is printed for every customer, and a deployment must answer "Deactivatd"; write "Deactivated" if that is meant [option-near-miss]',
    ]);
  });

  it('stays quiet for options that differ on purpose: NA, numbers, a word made of another, an option the row has beside it', () => {
    const many = [1, 2].map((n) => item(`CL-A${n}`, rows('Yes / No / Active / TLS 1.2 / Deactivated'))).join('\n');
    const own = [
      item('CL-X1', rows('Yes / NA')),
      item('CL-X2', rows('Yes / No / TLS 1.3')),
      item('CL-X3', rows('Yes / No / Inactive')),
      item('CL-X4', rows('Yes / No / Not applicable')),
    ].join('\n');
    expect(parse(`${frontMatter}\n${own}\n${many}`).messages).toEqual([]);
  });
});

// Found by mutating the sample masters (example-uc-server, example-pbx) one mistake at a time.
describe('an item lost or changed by one slip, told by check (probe of the sample masters)', () => {
  it('an ID whose hyphen is lost, or with a bracket or # before it, is malformed-id: the table was a plain table, the item gone', () => {
    const tables = ['CLSVC2', '[CL-SVC3]', '(CL-SVC4)', '#CL-SVC5'].map((id) => `| ${id} Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n`).join('\n');
    const { errors, checklist } = parse(`${frontMatter}\n${tables}\n| CLI command | Use |\n| --- | --- |\n\n| CLIENT | Port |\n| --- | --- |\n`);
    expect(errors).toEqual([
      'doc/01.md:9:3: error Table header "CLSVC2 Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC2"? [malformed-id]',
      'doc/01.md:13:3: error Table header "[CL-SVC3] Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC3"? [malformed-id]',
      'doc/01.md:17:3: error Table header "(CL-SVC4) Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC4"? [malformed-id]',
      'doc/01.md:21:3: error Table header "#CL-SVC5 Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-SVC5"? [malformed-id]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('a space before the ID\'s number (`CL-SVC 2`) is split-id: the item was CL-SVC, its scope "2 …"; an ID ending in a digit passes', () => {
    const { messages, checklist } = parse(`${frontMatter}\n${item('CL-SVC 2', '| Executed | Yes / No |')}\n${item('CL-FW1 2', '| Executed | Yes / No |')}`);
    expect(messages).toEqual([
      'doc/01.md:9:3: warning Item ID CL-SVC is followed by "2" after a space, so "2" starts the scope and the item is CL-SVC: an answer or a link to CL-SVC2 reaches no item; did you mean "CL-SVC2"? [split-id]',
    ]);
    expect(checklist.items.map((entry) => entry.id)).toEqual(['CL-SVC', 'CL-FW1']);
  });

  it('an item table right under an unused footnote, no blank line between, is not-a-table: it was the footnote\'s text, dropped with it', () => {
    const { errors, checklist } = parse(`${frontMatter}\nText.\n\n[^n]: A note.\n${item('CL-A1', '| Level | medium |\n| Executed | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:12:1: error These lines look like an item table but are not a table, so the item would be missing from the document: they follow the footnote above them with no blank line between, so Markdown reads them as its text: leave a blank line before the table [not-a-table]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('a row with an empty cell before its key is row-shifted: an error for Level, Target, Executed, Replaces, comments; a warning for a shown row', () => {
    const rows = '| | Measures | Do it |\n| | Level | medium |\n| | Target | medium: 8; maximum: 12 |\n| Executed | Yes / No |';
    const { messages, checklist } = parse(`${frontMatter}\n${item('CL-A1', rows)}\n${item('CL-A2', '| | Executed | Yes / No |')}`);
    expect(messages).toEqual([
      'doc/01.md:11:5: warning Row of CL-A1 has an empty cell before "Measures", so "Measures" is read as the value of a row with no name and the item has no Measures row: remove the empty cell, `| Measures | Do it |` [row-shifted]',
      'doc/01.md:12:5: error Row of CL-A1 has an empty cell before "Level", so "Level" is read as the value of a row with no name and the item has no Level row (it would apply at every level): remove the empty cell, `| Level | medium |` [row-shifted]',
      'doc/01.md:13:5: error Row of CL-A1 has an empty cell before "Target", so "Target" is read as the value of a row with no name and the item has no Target row (no target would be shown): remove the empty cell, `| Target | medium: 8; maximum: 12 |` [row-shifted]',
      'doc/01.md:18:5: error Row of CL-A2 has an empty cell before "Executed", so "Executed" is read as the value of a row with no name and the item has no Executed row (nothing to tick): remove the empty cell, `| Executed | Yes / No |` [row-shifted]',
    ]);
    expect(checklist.items[0]?.level).toBeNull();
  });

  it('"[] (#anchor)", a space between ] and (, is broken-link; "[1] (see above)" stays text', () => {
    const { messages } = parse(`${frontMatter}\n# Policies\n\nSee [] (#policies) and [1] (see above).\n`);
    expect(messages).toEqual([
      'doc/01.md:11:5: warning "[] (#policies)" is not a link, so it prints as written, brackets and all: a space in the address or between ] and (, or a missing [, ] or ), breaks it; write [text](#anchor) (empty text for the target\'s number and title) [broken-link]',
    ]);
  });
});

describe('a wrapped paragraph whose first line alone is indented', () => {
  it('is indented-text when the sentence goes on in lower case right under the code block; a command followed by a new sentence stays quiet', () => {
    const text = `${frontMatter}\n# Chapter\n\nIntro.\n\n    BIOS settings protect the server independently of the setup menu\nthat is reached with a key.\n\n    netsh advfirewall set allprofiles state on\nThen restart the server.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:13:1: warning "BIOS settings protect the server indepen" is indented (four spaces or a tab) after a blank line, so Markdown reads it as a code block and prints it as code, not as a paragraph: start the lines at the margin (a list item\'s own paragraph goes as far in as the item\'s text) [indented-text]',
    ]);
  });
});

describe('a row of an item with nothing to say', () => {
  it('a lone | line or an empty row, and a second delimiter row, are stray-row warnings: they printed as an empty row, a row of dashes', () => {
    const { messages } = parse(`${frontMatter}\n${item('CL-A1', '| Measures | Do it |\n|\n| | |\n| --- | --- |\n|---|\n| Executed | Yes / No |')}`);
    expect(messages).toEqual([
      'doc/01.md:12:1: warning A row of CL-A1 is empty (a lone | line is a row too), so the item prints an empty row: delete the line [stray-row]',
      'doc/01.md:13:1: warning A row of CL-A1 is empty (a lone | line is a row too), so the item prints an empty row: delete the line [stray-row]',
      'doc/01.md:14:3: warning A row of CL-A1 is a second delimiter row, so the item prints a row of dashes: delete the line (one `| --- | --- |` goes right under the header) [stray-row]',
      'doc/01.md:15:2: warning A row of CL-A1 is a second delimiter row, so the item prints a row of dashes: delete the line (one `| --- | --- |` goes right under the header) [stray-row]',
    ]);
  });
});

describe('a heading typed with full-width ＃', () => {
  it('is heading-like, a warning naming the heading to write (the section was missing, check silent)', () => {
    expect(parse(`${frontMatter}\n# Chapter\n\n＃＃ BIOS password\n\nText.\n`).messages).toEqual([
      'doc/01.md:11:1: warning "＃＃ BIOS password" starts with full-width ＃, which Markdown does not read as a heading, so its section would be missing: write "## BIOS password" [heading-like]',
    ]);
  });
});

describe('sentences indented into code that link to a section', () => {
  it('are indented-text as any sentences are: the link\'s # is no command\'s (a list item\'s text after five spaces printed as code, the link as written)', () => {
    const { messages } = parse(`${frontMatter}\n# Updates\n\n-     The latest security updates are in place (see [](#updates)).\n`);
    expect(messages).toEqual([
      'doc/01.md:11:3: warning "The latest security updates are in place" is indented (four spaces or a tab) after a blank line, so Markdown reads it as a code block and prints it as code, not as a paragraph: start the lines at the margin (a list item\'s own paragraph goes as far in as the item\'s text) [indented-text]',
    ]);
  });
});
