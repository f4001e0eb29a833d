/**
 * Mistakes that used to pass as "no problems": each is a message at its line, with a
 * did-you-mean where one helps. Errors where the output would be wrong, else warnings.
 */
import { describe, expect, it } from 'vitest';
import { frontMatter, parse } from '../helpers/parse.js';

const item = (id: string, rows = '| Executed | Yes / No |') => `| ${id} Scope | Title |\n| --- | --- |\n${rows}\n`;

// Front matter is 7 lines, then a blank line: the first item's header is line 9.
describe('near misses in items', () => {
  it('a row key one typo from a known key: an error where it changes the meaning, a warning otherwise', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Levle | minimum |\n| Executed | Yes / No |')}`).messages).toEqual([
      'doc/01.md:11:3: error Row "Levle" of CL-A1 is not a known row and is kept as an extra row: did you mean "Level"? [row-key]',
    ]);
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Measure | do |\n| Executed | Yes / No |')}`).messages).toEqual([
      'doc/01.md:11:3: warning Row "Measure" of CL-A1 is not a known row and is kept as an extra row: did you mean "Measures"? [row-key]',
    ]);
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Executed | Yes / No |\n| Customer coments | |')}`).messages).toEqual([
      'doc/01.md:12:3: error Row "Customer coments" of CL-A1 is not a known row and is taken as a component row: did you mean "Customer comments / reasons"? [row-key]',
    ]);
  });

  it('a misspelt Executed is one message, not one more for each component row after it and none for a missing Executed', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Excuted | |\n| Main server | Yes / No |\n| Standby server | Yes / No |')}`).messages).toEqual([
      'doc/01.md:11:3: error Row "Excuted" of CL-A1 is not a known row and is kept as an extra row: did you mean "Executed"? [row-key]',
    ]);
  });

  it('a table headed like an ID that is not one; Client and CLI command stay plain tables', () => {
    const { errors, checklist } = parse(
      `${frontMatter}\n| CL IPO-SVC2 IP Office | T |\n| --- | --- |\n| Executed | Yes / No |\n\n| Cl-X1 | T |\n| --- | --- |\n\n| CL_X2 | T |\n| --- | --- |\n\n| Client | CLI command |\n| --- | --- |\n`,
    );
    expect(errors).toEqual([
      'doc/01.md:9:3: error Table header "CL IPO-SVC2 IP Office" looks like an item ID but is not one, so the table is not an item: did you mean "CL-IPO-SVC2"? [malformed-id]',
      'doc/01.md:13:3: error Table header "Cl-X1" looks like an item ID but is not one, so the table is not an item: did you mean "CL-X1"? [malformed-id]',
      'doc/01.md:16:3: error Table header "CL_X2" looks like an item ID but is not one, so the table is not an item: did you mean "CL-X2"? [malformed-id]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('an option with "/" and no spaces is one box; N/A among other options is fine', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Executed | Yes/No |')}\n${item('CL-A2', '| Executed | Yes / No / N/A |')}\n${item('CL-A3', '| Executed | Yes / No/Deactivated |')}`);
    expect(errors).toEqual([
      'doc/01.md:11:3: error Option "Yes/No" of CL-A1 is one box: separate options with " / " (spaces around the slash), e.g. "Yes / No" [option-slash]',
      'doc/01.md:19:3: error Option "No/Deactivated" of CL-A3 is one box: separate options with " / " (spaces around the slash), e.g. "No / Deactivated" [option-slash]',
    ]);
  });

  it('boxes before their labels are options; text after the last box that is neither option nor field, a "No:" without its box, options joined otherwise than by " / ", an empty option', () => {
    const items = [
      item('CL-A1', '| Executed | ☐ Yes ☐ No |'),
      item('CL-A2', '| Executed | Yes: ☐ No |'),
      item('CL-A3', '| Executed | Yes: ☐ No: |'),
      item('CL-A4', '| Executed | Yes, No |'),
      item('CL-A5', '| Executed | Yes / No / |'),
      item('CL-A6', '| Executed | ☐ Yes ☐ No Version: |'),
      item('CL-A7', '| Executed | Yes: ☐ No: ☐, Deactivated: ☐ |'),
      item('CL-A8', '| Executed | Version: Yes: ☐ No: ☐ |'),
    ];
    const { errors, checklist } = parse(`${frontMatter}\n${items.join('\n')}`);
    expect(errors).toEqual([
      'doc/01.md:15:3: error "No" after the last box of CL-A2 is neither an option nor a field, so it would not be printed: write a box after it ("No: ☐"), or a colon for a field to write in ("Version:") [option-text]',
      'doc/01.md:19:3: error "No:" of CL-A3 has no box after it, so it is a field to write in, not an option: write "No: ☐" [option-no-box]',
      'doc/01.md:23:3: error Option "Yes, No" of CL-A4 is one box: separate options with " / " (spaces around the slash), e.g. "Yes / No" [option-slash]',
      'doc/01.md:27:3: error Option "No /" of CL-A5 has a " / " with nothing on one side, so it prints as its own box: remove the extra slash [option-empty]',
      'doc/01.md:31:3: error Boxes of CL-A6 written as "Yes No Version:" cannot be read: a field before the boxes, or boxes before their labels with a colon among them; write each label before its box and fields after the last box, "Yes: ☐ No: ☐ Version:" [option-text]',
      'doc/01.md:39:3: error Boxes of CL-A8 written as "Version: Yes: ☐ No: ☐" cannot be read: a field before the boxes, or boxes before their labels with a colon among them; write each label before its box and fields after the last box, "Yes: ☐ No: ☐ Version:" [option-text]',
    ]);
    expect(checklist.items[0]!.executed!.options).toEqual(['Yes', 'No']);
    expect(checklist.items[6]!.executed!.options).toEqual(['Yes', 'No', 'Deactivated']);
  });

  it('text after the last box is quoted whole, or up to a tag and marked "…", never cut inside a tag; the box it suggests is labelled with its words', () => {
    const pasted = item('CL-A1', '| Executed | Yes: ☐ No: ☐ Deactivated <input type="checkbox" name="deactivated"/> |');
    const long = item('CL-A2', '| Executed | Yes: ☐ No: ☐ Deactivated <input type="checkbox"/> Not applicable <input type="checkbox"/> Other <input type="checkbox"/> |');
    expect(parse(`${frontMatter}\n${pasted}\n${long}`).errors).toEqual([
      'doc/01.md:11:3: error "Deactivated <input type="checkbox" name="deactivated"/>" after the last box of CL-A1 is neither an option nor a field, so it would not be printed: write a box after it ("Deactivated: ☐"), or a colon for a field to write in ("Version:") [option-text]',
      'doc/01.md:15:3: error "Deactivated <input type="checkbox"/> Not applicable <input type="checkbox"/>…" after the last box of CL-A2 is neither an option nor a field, so it would not be printed: write a box after it ("Deactivated Not…: ☐"), or a colon for a field to write in ("Version:") [option-text]',
    ]);
  });

  it('an option with a period, comma, semicolon or colon after it: a deployment\'s answer would not match; N.A. stays quiet', () => {
    const items = [item('CL-A1', '| Executed | Yes / No / Deactivated. |'), item('CL-A2', '| Executed | Yes / No / N.A. |'), item('CL-A3', '| Executed | ☐ Yes, ☐ No |')];
    expect(parse(`${frontMatter}\n${items.join('\n')}`).messages).toEqual([
      'doc/01.md:11:3: warning Option "Deactivated." of CL-A1 ends with ".", which is part of its label, so a deployment\'s answer "Deactivated" would not match it: write "Deactivated" [option-punctuation]',
      'doc/01.md:19:3: warning Option "Yes," of CL-A3 ends with ",", which is part of its label, so a deployment\'s answer "Yes" would not match it: write "Yes" [option-punctuation]',
    ]);
  });

  it('a row with no value after Executed and no component row after it is a warning: it is not printed', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Executed | Yes / No |\n| Remarks | |')}`).messages).toEqual([
      'doc/01.md:12:3: warning Row "Remarks" of CL-A1 has no value, so it is taken as the heading of component rows, but none follows it: it is not printed (a comments row is "Customer comments / reasons") [empty-group]',
    ]);
  });

  it('an option twice (case aside), a Target level with no value or given twice', () => {
    const rows = '| Target | minimum: ; medium: 2; medium: 3; maximum: 4 |\n| Executed | Yes / yes / No |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:11:12: error Target of CL-A1 gives level "minimum" no value: write its target after the colon, or leave the level out [malformed-target]',
      'doc/01.md:11:34: error Target of CL-A1 gives level "medium" twice: one value per level [malformed-target]',
      'doc/01.md:12:3: error Option "yes" of CL-A1 is written twice (case and spaces aside): write each option once [option-twice]',
    ]);
  });

  it('a paragraph with --- right under it is an underlined heading: a warning; a front-matter key in another case is an error', () => {
    expect(parse(`${frontMatter}\n# A\n\nClosing text.\n---\n`).messages).toEqual([
      'doc/01.md:11:1: warning "Closing text." is a heading because of the "---" line under it (an underlined heading), so it is numbered as section 1.1: for a paragraph and a rule, leave a blank line before "---"; for a heading, write "## Closing text." [underlined-heading]',
    ]);
    expect(parse('---\nversion: "1.0"\ndate: 2025-01-01\nTitle: Hardening\n---\n\n# A\n').errors).toEqual([
      'doc/01.md:4:1: error Unknown front matter key `Title`: did you mean `title`? [front-matter-key]',
    ]);
  });

  it('a row that holds earlier IDs but is not the Replaces row; See also with IDs stays a row of its own', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Replaced by | CL-OLD1 |\n| See also | CL-X1, CL-X2 |\n| Executed | Yes / No |')}`).errors).toEqual([
      'doc/01.md:11:3: error Row "Replaced by" of CL-A1 holds item IDs but is not the Replaces row, so the IDs this item had before are lost: write `| Replaces | CL-OLD1 |` [replaces-like]',
    ]);
  });

  it('a heading indented into a code block is a warning; a fenced one stays quiet', () => {
    expect(parse(`${frontMatter}\n# A\n\n    ## Indented\n\n\`\`\`\n## In a fence\n\`\`\`\n`).messages).toEqual([
      'doc/01.md:11:1: warning "## Indented" is indented (four spaces or a tab), so Markdown reads it as a code block and its section would be missing: start the line at the margin [heading-like]',
    ]);
  });

  it('a component row with one box that reads as a prompt or is a dash; one real answer stays quiet', () => {
    const rows = '| Executed | |\n| Remarks | Describe the measures taken: |\n| Clients | - |\n| Browser | Yes / No |\n| Licence | Accepted |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:12:3: error Row "Remarks" of CL-A1 has one box labelled "Describe the measures taken:", which reads as a prompt, and the item stays open until it is ticked: if it is the comments row, name it "Customer comments / reasons" [prompt-like]',
      'doc/01.md:13:3: error Row "Clients" of CL-A1 has one box labelled "-": to head the component rows below it, leave its value empty [prompt-like]',
    ]);
  });

  it('a row that holds values per level but is not the Target row (no target would be shown)', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Target values | minimum: 90 days; maximum: 30 days |\n| Executed | Yes / No |')}`).errors).toEqual([
      'doc/01.md:11:3: error Row "Target values" of CL-A1 holds values per level but is not the Target row, so no target would be shown: write `| Target | minimum: 90 days; maximum: 30 days |` [target-like]',
    ]);
  });

  it('a row that holds a level but is not the Level row (the item would apply at every level)', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Lvl | maximum |\n| Executed | Yes / No |')}`).errors).toEqual([
      'doc/01.md:11:3: error Row "Lvl" of CL-A1 holds the level "maximum" but is not the Level row, so the item would apply at every level: write `| Level | maximum |` [level-like]',
    ]);
  });

  it('an invisible character pasted into an ID is a warning and left out, so the item is read as meant', () => {
    const { messages, checklist } = parse(`${frontMatter}\n${item('\u200bCL-A1')}`);
    expect(messages).toEqual([
      'doc/01.md:9:3: warning Invisible character U+200B (zero-width, pasted with the text): it can make an ID, a key or an option something else without a visible difference; it was left out, delete it [invisible-character]',
    ]);
    expect(checklist.items.map((one) => one.id)).toEqual(['CL-A1']);
  });

  it('a server\'s name of several words mistyped by more than two edits; a longer part row stays quiet', () => {
    const servers = frontMatter.replace('components: [Main server, Standby server]', 'components: [Main server, Remote Agent server]');
    const rows = '| Executed | |\n| Remote Agent srv. | Yes / No |\n| Main-server | Yes / No |\n| Main server database | Yes / No |';
    expect(parse(`${servers}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:12:3: error Component row "Remote Agent srv." of CL-A1 is not one of the front matter\'s components, so every customer would see it: did you mean "Remote Agent server"? [component-name]',
      'doc/01.md:13:3: error Component row "Main-server" of CL-A1 is not one of the front matter\'s components, so every customer would see it: did you mean "Main server"? [component-name]',
    ]);
  });

  it('a component row one typo from a front-matter component', () => {
    const { errors } = parse(`${frontMatter}\n${item('CL-A1', '| Executed | |\n| Main sever | Yes / No |\n| Browser on clients | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:12:3: error Component row "Main sever" of CL-A1 is not one of the front matter\'s components, so every customer would see it: did you mean "Main server"? [component-name]',
    ]);
  });

  it('two component rows of one name (one answer would fill both), named after their group where there is one', () => {
    const rows = '| Executed | |\n| Main server | Yes / No |\n| On servers | |\n| Browser | Yes / No |\n| On clients | |\n| browser  | Yes / No |\n| main server | Yes / No |';
    const { errors, checklist } = parse(`${frontMatter}\n${item('CL-A1', rows)}\n${item('CL-A2', '| Executed | |\n| On servers | |\n| Browser | Yes / No |\n| On clients | |\n| Browser on clients | Yes / No |')}`);
    expect(errors).toEqual([
      'doc/01.md:16:3: error Component row "browser" of CL-A1 has the name of the row on line 14: a deployment answers a row by its name, so one answer would fill both; give each row a name of its own (e.g. "browser (on clients)") [repeated-row]',
      'doc/01.md:17:3: error Component row "main server" of CL-A1 has the name of the row on line 12: a deployment answers a row by its name, so one answer would fill both; give each row a name of its own (e.g. "main server (on clients)") [repeated-row]',
    ]);
    expect(checklist.items.map((one) => one.id)).toEqual(['CL-A1', 'CL-A2']);
  });

  it('a row an item holds once, written twice: the second would replace the first', () => {
    const rows = '| Level | minimum |\n| Level | maximum |\n| Target | minimum: 1; medium: 2; maximum: 3 |\n| Target | maximum: 4 |\n| Executed | Yes / No |\n| Executed | Yes / No / Deactivated |\n| Customer comments / reasons | Why? |\n| Customer comments | Who? |\n| Measures | one |\n| Measures | two |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:12:3: error Row "Level" of CL-A1 repeats the one on line 11: an item has one, and the last would silently replace the first [repeated-row]',
      'doc/01.md:14:3: error Row "Target" of CL-A1 repeats the one on line 13: an item has one, and the last would silently replace the first [repeated-row]',
      'doc/01.md:16:3: error Row "Executed" of CL-A1 repeats the one on line 15: an item has one, and the last would silently replace the first [repeated-row]',
      'doc/01.md:18:3: error Row "Customer comments" of CL-A1 repeats the one on line 17: an item has one, and the last would silently replace the first [repeated-row]',
    ]);
  });

  it('a component row after the comments row is an error; boxes in the comments row a warning', () => {
    const rows = '| Executed | Yes / No |\n| Customer comments / reasons | Pre-shared key ☐ Certificates ☐ |\n| Standby server | Yes: ☐ No: ☐ |\n| Note | kept as text |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).messages).toEqual([
      'doc/01.md:12:33: warning The comments row of CL-A1 shows answer boxes that no deployment can tick: make them a component row between Executed and the comments row (`| Authentication | Pre-shared key / Certificates |`) [boxes-in-comments]',
      'doc/01.md:13:3: error Component row "Standby server" of CL-A1 comes after the comments row, where it is only text: move it above the comments row [component-after-comments]',
    ]);
    // Boxes in Measures may name a dialog's setting: no message.
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Measures | Tick ☐ Use TLS in the dialog |\n| Executed | Yes / No |')}`).messages).toEqual([]);
  });

  it('an ID after a bullet, with a Cyrillic C, or in the second header cell: the table is no item, an error', () => {
    const { errors, checklist } = parse(`${frontMatter}\n| • CL-A1 Scope | T |\n| --- | --- |\n\n| \u0421L-A2 Scope | T |\n| --- | --- |\n\n| Title | CL-A3 Scope |\n| --- | --- |\n`);
    expect(errors).toEqual([
      'doc/01.md:9:3: error Table header "• CL-A1 Scope" looks like an item ID but is not one, so the table is not an item: did you mean "CL-A1"? [malformed-id]',
      'doc/01.md:12:3: error Table header "\u0421L-A2 Scope" looks like an item ID but is not one (its first letter is a Cyrillic or Greek letter that looks like C), so the table is not an item: did you mean "CL-A2"? [malformed-id]',
      'doc/01.md:15:11: error The item ID CL-A3 is in the second header cell, so the table is not an item: put the ID (and its scope) in the first cell and the title in the second [malformed-id]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('an ID run into the word after it where the other IDs are its prefix and a number; IDs without a number stay quiet', () => {
    const ids = ['CL-VPN1', 'CL-VPN4OpenScape Concierge', 'CL-CleanDeployment', 'CL-BIOS-writeprotection', 'CL-G12', 'CL-SVC1', 'CL-SVC2Admin'];
    expect(parse(`${frontMatter}\n${ids.map((id) => item(id)).join('\n')}`).messages).toEqual([
      'doc/01.md:13:3: warning Item ID CL-VPN4OpenScape has no space before "OpenScape" (the other IDs, CL-VPN1, are CL-VPN and a number), so "OpenScape" is part of the ID, not of the scope: did you mean "CL-VPN4 OpenScape Concierge Scope"? [glued-id]',
      'doc/01.md:33:3: warning Item ID CL-SVC2Admin has no space before "Admin" (the other IDs, CL-SVC1, are CL-SVC and a number), so "Admin" is part of the ID, not of the scope: did you mean "CL-SVC2 Admin Scope"? [glued-id]',
    ]);
  });

  it('a lone ID run into its scope, where the ID\'s end and the scope spell another item\'s scope or the product; an ID that only ends in a word stays quiet', () => {
    const product = frontMatter.replace('title: Test checklist', 'title: Test checklist\nproduct: Acme Gateway V5');
    const glued = [
      '| CL-SMTP1OpenScape Concierge V5R0 | Mail |',
      '| CL-LDAPOpenScape Concierge V5R0 | Directory |',
      '| CL-BackupAcme Gateway V5 | Backup |',
      '| CL-EWS2 OpenScape Concierge V5R0 | Exchange |',
      '| CL-Win10Hardening OpenScape Concierge V5R0 | Windows |',
      '| CL-CleanDeployment Server PCs | Clean |',
      '| CL-AdminServer PCs | Admin |',
    ].map((header) => `${header}\n| --- | --- |\n| Executed | Yes / No |\n`);
    expect(parse(`${product}\n${glued.join('\n')}`).messages).toEqual([
      'doc/01.md:10:3: warning Item ID CL-SMTP1OpenScape has no space before "OpenScape": "OpenScape Concierge V5R0" is the scope of CL-EWS2, so "OpenScape" is part of the ID, not of the scope: did you mean "CL-SMTP1 OpenScape Concierge V5R0"? [glued-id]',
      'doc/01.md:14:3: warning Item ID CL-LDAPOpenScape has no space before "OpenScape": "OpenScape Concierge V5R0" is the scope of CL-EWS2, so "OpenScape" is part of the ID, not of the scope: did you mean "CL-LDAP OpenScape Concierge V5R0"? [glued-id]',
      'doc/01.md:18:3: warning Item ID CL-BackupAcme has no space before "Acme": "Acme Gateway V5" is the product\'s name in the front matter, so "Acme" is part of the ID, not of the scope: did you mean "CL-Backup Acme Gateway V5"? [glued-id]',
      'doc/01.md:34:3: warning Item ID CL-AdminServer has no space before "Server": "Server PCs" is the scope of CL-CleanDeployment, so "Server" is part of the ID, not of the scope: did you mean "CL-Admin Server PCs"? [glued-id]',
    ]);
  });

  it('a second ID in the scope (`CL-1 CL-SrvPwd Server PCs`, as a vendor numbers an item): a warning naming both', () => {
    expect(parse(`${frontMatter}\n${item('CL-1 CL-SrvPwd Server PCs')}\n${item('CL-A2 Cl-x and CL-', '| Executed | Yes / No |')}`).messages).toEqual([
      'doc/01.md:9:3: warning The header of CL-1 names a second ID, CL-SrvPwd, in its scope: the item is CL-1, so an answer or a link to CL-SrvPwd reaches no item; keep the one ID deployments use (an earlier one goes in a Replaces row) [second-id]',
    ]);
  });

  it('an ID with a dot or a comma after it, or a <br> run into it: a did-you-mean', () => {
    expect(['CL-FW2.', 'CL-FW2, CL-FW3', 'CL-FW2<br>Nodes'].map((id) => parse(`${frontMatter}\n${item(id)}`).errors)).toEqual(
      ['CL-FW2.', 'CL-FW2, CL-FW3', 'CL-FW2<br>Nodes'].map((id) => [
        `doc/01.md:9:3: error Malformed item ID in "${id} Scope": write CL- then letters, digits or ._:/- (not ending in . : / or -), then a space and the scope: did you mean "CL-FW2"? [malformed-id]`,
      ]),
    );
  });

  it('an ID with a space after its hyphen, as vendors write it: a did-you-mean', () => {
    expect(parse(`${frontMatter}\n${item('CL- VPN4')}`).errors).toEqual([
      'doc/01.md:9:3: error Malformed item ID in "CL- VPN4 Scope": write CL- then letters, digits or ._:/- (not ending in . : / or -), then a space and the scope: did you mean "CL-VPN4"? [malformed-id]',
    ]);
  });

  it('a Target row without a value for a level the item applies at; a misspelt level is one message', () => {
    const { errors } = parse(
      `${frontMatter}\n${item('CL-A1', '| Level | medium |\n| Target | minimum: 1; medium: 2 |\n| Executed | Yes / No |')}\n${item('CL-A2', '| Target | minimum: 1; medium: 2; maximun: 3 |\n| Executed | Yes / No |')}\n${item('CL-A3', '| Level | maximum |\n| Target | maximum: 3 |\n| Executed | Yes / No |')}`,
    );
    expect(errors).toEqual([
      'doc/01.md:12:12: error Target of CL-A1 has no value for maximum, where the item applies: add "maximum: …" [target-level-missing]',
      'doc/01.md:17:35: error Target of CL-A2 names level "maximun", which is not defined: did you mean "maximum"? [unknown-target-level]',
    ]);
  });

  it('levels written in another case than `levels` in several items are one message, not one per row', () => {
    const capitalised = frontMatter.replace('levels: [minimum, medium, maximum]', 'levels: [Minimum, Medium, Maximum]');
    const items = [
      item('CL-A1', '| Level | minimum |\n| Target | minimum: 8; maximum: 12 |\n| Executed | Yes / No |'),
      item('CL-A2', '| Level | medium |\n| Executed | Yes / No |'),
      item('CL-A3', '| Level | Maximum |\n| Executed | Yes / No |'),
      item('CL-A4', '| Level | maximum |\n| Executed | Yes / No |'),
    ];
    expect(parse(`${capitalised}\n${items.join('\n')}`).errors).toEqual([
      'doc/01.md:11:11: error 5 level names in 3 items are written in another case than the front matter\'s `levels` (Minimum, Medium, Maximum): "minimum" for "Minimum", "maximum" for "Maximum", "medium" for "Medium", on lines 11, 12, 17, 27. Levels are matched exactly and print as `levels` writes them: write them as there, or change `levels` [unknown-level]',
    ]);
  });

  it('a ; written \\; (or &#59;) in a Target value stays in that value; a bare one still ends it', () => {
    const rows = '| Target | minimum: 8 characters\\; no reuse; medium: a &#59; b; maximum: `x`\\; **y\\;** z |\n| Executed | Yes / No |';
    const { checklist, messages } = parse(`${frontMatter}\n${item('CL-A1', rows)}`);
    expect(messages).toEqual([]);
    expect(checklist.items[0]?.target).toEqual([
      { level: 'minimum', value: '8 characters; no reuse' },
      { level: 'medium', value: 'a ; b' },
      { level: 'maximum', value: 'x; y; z' },
    ]);
    // An escaped backslash before it leaves the ; a separator.
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Target | minimum: a\\\\; b |\n| Executed | Yes / No |')}`).errors).toEqual([
      'doc/01.md:11:26: error Target of CL-A1 needs "level: value" pairs separated by ";", got "b": a ";" ends a value, so if this goes on the value before, write that ";" as "\\;" (or join them with ",") [malformed-target]',
    ]);
  });

  it('a Target level in another case is the level meant, as for a Level row; each message names the column of its level', () => {
    const rows = '| Target | minimum: 8 characters; Medium: 10 characters; **MAXIMUM:** 12 characters; 14 characters |\n| Executed | Yes / No |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:11:35: error Target of CL-A1 names level "Medium", which is not defined: did you mean "medium"? [unknown-target-level]',
      'doc/01.md:11:60: error Target of CL-A1 names level "MAXIMUM", which is not defined: did you mean "maximum"? [unknown-target-level]',
      'doc/01.md:11:86: error Target of CL-A1 needs "level: value" pairs separated by ";", got "14 characters": a ";" ends a value, so if this goes on the value before, write that ";" as "\\;" (or join them with ",") [malformed-target]',
    ]);
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Target | 8 characters |\n| Executed | Yes / No |')}`).errors).toEqual([
      'doc/01.md:11:12: error Target of CL-A1 needs "level: value" pairs separated by ";", got "8 characters" [malformed-target]',
    ]);
  });

  it('a level written as a line above an item instead of as its Level row: an error (the item would apply at every level)', () => {
    const above = parse(`${frontMatter}\n**Security level:** Maximum\n\n${item('CL-A1')}\nLevel: medium\n\n${item('CL-A2', '| Level | medium |\n| Executed | Yes / No |')}\nThe level is chosen per customer.\n\n${item('CL-A3')}`);
    expect(above.messages).toEqual([
      'doc/01.md:9:1: error "Security level: Maximum" above CL-A1 is text, not its Level row, so the item has none and applies at every level: move it into the table as `| Level | maximum |` [level-above-item]',
    ]);
    expect(above.checklist.items.map((entry) => entry.level)).toEqual([null, 'medium', null]);
  });

  it('a Target value for a level below the item\'s Level: a warning at that level (the item is not in that level\'s checklist)', () => {
    const below = parse(`${frontMatter}\n${item('CL-A1', '| Level | medium |\n| Target | minimum: off; medium: 30 days; maximum: 7 days |\n| Executed | Yes / No |')}`);
    expect(below.messages).toEqual([
      'doc/01.md:12:12: warning Target of CL-A1 gives a value for minimum, below its Level medium: the item does not apply there, so no checklist at that level shows it, and one with no level chosen prints it as if it applied; leave "minimum: …" out, or write `| Level | minimum |` if the item applies from minimum [target-below-level]',
    ]);
    const fromLevel = parse(`${frontMatter}\n${item('CL-A1', '| Level | medium |\n| Target | medium: 30 days; maximum: 7 days |\n| Executed | Yes / No |')}`);
    expect(fromLevel.messages).toEqual([]);
  });
});

describe('a hard-wrapped line that Markdown reads as a block of its own', () => {
  it('a line that goes on with # or > right under a line of text: a warning; a heading that reads as one, or after a blank line, stays quiet', () => {
    expect(parse(`${frontMatter}\n# A\n\nPasswords follow rule\n# 4 of the customer policy.\n\nLength\n> 12 characters\n\nIntro.\n## Next section\n`).messages).toEqual([
      'doc/01.md:12:1: warning "# 4 of the customer policy." is right under a line of text, so Markdown makes it a heading (a section of its own: every later section is renumbered), though it reads as the sentence going on: join it to the line above, or write \\# at the start of the line; for a heading, leave a blank line before it [wrapped-heading]',
      'doc/01.md:15:1: warning "> 12 characters" is right under a line of text, so Markdown makes it a quotation (the ">" is not printed), though it reads as the sentence going on: join it to the line above, or write \\> at the start of the line; for a quotation, leave a blank line before it [wrapped-quote]',
    ]);
  });
});

describe('text indented into a code block', () => {
  it('a list or sentences indented four spaces after a blank line: a warning; a command, or a list item\'s own paragraph, stays quiet', () => {
    const body = 'Intro.\n\n    - Enable secure boot\n    - Set a BIOS password\n\nMore.\n\n    The certificate is replaced before the system goes live.\n\nRun:\n\n    netsh advfirewall set allprofiles state on\n\n- item\n\n    More of the item, as its own paragraph here.\n';
    expect(parse(`${frontMatter}\n# A\n\n${body}`).messages).toEqual([
      'doc/01.md:13:1: warning "- Enable secure boot" is indented (four spaces or a tab) after a blank line, so Markdown reads it as a code block and prints it as code, not as a list: start the lines at the margin (a list item\'s own paragraph goes as far in as the item\'s text) [indented-text]',
      'doc/01.md:18:1: warning "The certificate is replaced before the s" is indented (four spaces or a tab) after a blank line, so Markdown reads it as a code block and prints it as code, not as a paragraph: start the lines at the margin (a list item\'s own paragraph goes as far in as the item\'s text) [indented-text]',
    ]);
  });
});

describe('answer rows read otherwise than meant', () => {
  it('options not separated by " / " (a space, a backslash, a <br>) or boxes that only look like ☐ are one box: an error', () => {
    const rows = ['| Executed | Yes No |', '| Executed | Yes \\ No |', '| Executed | Yes<br>No |', '| Executed | Yes: □ No: □ |', '| Executed | Yes: <input type="checkbox"/> No: <input type="checkbox"/> |'];
    expect(rows.map((row) => parse(`${frontMatter}\n${item('CL-A1', row)}`).errors)).toEqual([
      ['doc/01.md:11:3: error Option "Yes No" of CL-A1 is one box: separate options with " / " (spaces around the slash), e.g. "Yes / No" [option-slash]'],
      ['doc/01.md:11:3: error Option "Yes \\ No" of CL-A1 is one box: separate options with " / " (spaces around the slash), e.g. "Yes / No" [option-slash]'],
      ['doc/01.md:11:3: error Option "Yes<br>No" of CL-A1 is one box: separate options with " / " (spaces around the slash), e.g. "Yes / No" [option-slash]'],
      ['doc/01.md:11:3: error Option "Yes: □ No: □" of CL-A1 holds "□", which is not read as a box, so the row is one box labelled with all of it: write each box as ☐ (or [ ]), "Yes: ☐ No: ☐" [option-box-like]'],
      // A vendor's HTML form, pasted: its checkbox is HTML, not a box.
      ['doc/01.md:11:3: error Option "Yes: <input type="checkbox"/> No: <input type="checkbox"/>" of CL-A1 holds "<input type="checkbox"/>", which is not read as a box, so the row is one box labelled with all of it: write each box as ☐ (or [ ]), "Yes: ☐ No: ☐" [option-box-like]'],
    ]);
    // A long one is quoted up to a tag, never inside it, and marked as cut.
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Executed | Done: <input type="checkbox"/> Not done: <input type="checkbox"/> Not applicable: <input type="checkbox"/> |')}`).errors).toEqual([
      'doc/01.md:11:3: error Option "Done: <input type="checkbox"/> Not done: <input type="checkbox"/> Not…" of CL-A1 holds "<input type="checkbox"/>", which is not read as a box, so the row is one box labelled with all of it: write each box as ☐ (or [ ]), "Yes: ☐ No: ☐" [option-box-like]',
    ]);
    // One option of several, or one answer of two words, stays as written.
    expect(parse(`${frontMatter}\n${item('CL-A1', '| Executed | Yes / Done partially / No |')}\n${item('CL-A2', '| Executed | Not applicable |')}`).messages).toEqual([]);
  });

  it('a note or a setting below Executed is a component with one box that keeps the item open: a warning; a box labelled as an answer stays quiet', () => {
    const rows = '| Executed | Yes / No |\n| Note | Takes effect at the next logon |\n| Main server | Done |\n| Customer comments / reasons | |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).messages).toEqual([
      'doc/01.md:12:3: warning Row "Note" of CL-A1 is below Executed, where each row is a component to answer, so it prints one box labelled "Takes effect at the next logon" and the item stays open until it is ticked: put a note or a setting above Executed; give a component its options ("Yes / No") [lone-option]',
    ]);
  });
});

describe('what was meant as an item table or a heading and is not one', () => {
  it('an item table without its delimiter row, or indented into a code block; a fenced example stays quiet', () => {
    const text = `${frontMatter}\n| CL-A1 Scope | Title |\n| Executed | Yes / No |\n\n    | CL-A2 Scope | Title |\n    | --- | --- |\n\n\`\`\`\n| CL-A3 Scope | Example |\n| --- | --- |\n\`\`\`\n`;
    const { errors, checklist } = parse(text);
    expect(errors).toEqual([
      'doc/01.md:9:1: error These lines look like an item table but are not a table, so the item would be missing from the document: Markdown does not read it as a table: give it a delimiter row (`| --- | --- |`) after the header row, with as many cells [not-a-table]',
      'doc/01.md:12:1: error These lines look like an item table but are not a table, so the item would be missing from the document: it is indented (four spaces or a tab), so Markdown reads it as a code block: start its lines at the margin [not-a-table]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('an item table right under a list item, a quotation or a sentence, with no blank line between, is the text above it: an error at the table', () => {
    const table = '| CL-A1 Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n';
    const cases = [`- a note\n${table}`, `> a quotation\n${table}`, `A sentence.\n| CL-A1 Scope | Title |\n| Executed | Yes / No |\n`];
    expect(cases.map((text) => parse(`${frontMatter}\n${text}`).errors)).toEqual([
      ['doc/01.md:10:1: error These lines look like an item table but are not a table, so the item would be missing from the document: they follow the list item above them with no blank line between, so Markdown reads them as its text: leave a blank line before the table [not-a-table]'],
      ['doc/01.md:10:1: error These lines look like an item table but are not a table, so the item would be missing from the document: they follow the quotation above them with no blank line between, so Markdown reads them as its text: leave a blank line before the table [not-a-table]'],
      ['doc/01.md:10:1: error These lines look like an item table but are not a table, so the item would be missing from the document: Markdown does not read it as a table: give it a delimiter row (`| --- | --- |`) after the header row, with as many cells [not-a-table]'],
    ]);
    // With the blank line, it is the item.
    expect(parse(`${frontMatter}\n- a note\n\n${table}`).checklist.items.map((item) => item.id)).toEqual(['CL-A1']);
  });

  it('a plain table right under a list item is that item\'s text, | characters and all: a warning', () => {
    expect(parse(`${frontMatter}\n- a note\n| Account | Purpose |\n| --- | --- |\n| gwadmin | Administration |\n`).messages).toEqual([
      'doc/01.md:10:1: warning These 3 lines follow the list item above them with no blank line between, so Markdown reads them as its text and prints them with their | characters, not as a table: leave a blank line before the table [not-a-table]',
    ]);
  });

  it('a heading without its space, with a no-break space, or with seven #: a warning; #1 stays a paragraph', () => {
    expect(parse(`${frontMatter}\n##Service users\n\n##\u00a0Network\n\n####### Deep\n\n#1 priority is patching.\n`).messages).toEqual([
      'doc/01.md:9:1: warning "##Service users" looks like a heading but is a paragraph, so its section would be missing: write a space after the #, "## Service users" [heading-like]',
      'doc/01.md:11:1: warning "##\u00a0Network" looks like a heading but is a paragraph, so its section would be missing: write a plain space (not a no-break space) after the #, "## Network" [heading-like]',
      'doc/01.md:13:1: warning "####### Deep" has more than six #, so it is a paragraph, not a heading: write at most six (###### Deep) [heading-like]',
    ]);
  });

  it('an HTML comment never closed is an error; one that hides a heading or an item is a warning; a note stays quiet', () => {
    expect(parse(`${frontMatter}\n# A\n\n<!-- draft\n\nHidden.\n`).errors).toEqual([
      'doc/01.md:11:1: error An HTML comment (<!--) that is never closed with -->: everything after it in this file is hidden from every document [unclosed-comment]',
    ]);
    expect(parse(`${frontMatter}\n# A\n\n<!-- draft\n\n## B\n\n${item('CL-A1')}\nText <!-- note --> here.\n`).messages).toEqual([
      'doc/01.md:11:1: warning This HTML comment hides "## B", "CL-A1" from every document (it runs on past the <!-- on line 19: comments do not nest): close it where it should end, or delete what it hides [hidden-by-comment]',
    ]);
    expect(parse(`${frontMatter}\n# A\n\n<!-- a note for authors -->\n\nText.\n`).messages).toEqual([]);
  });

  it('an HTML comment that runs on past another <!-- (a mistyped -->) is a warning, also where it hides a paragraph only', () => {
    // The first comment's end is mistyped (`->`): it ends at the second one's -->, and the paragraph between is lost.
    const { messages, checklist } = parse(`${frontMatter}\n# A\n\n<!-- check with the vendor ->\nEnable TLS 1.3 on every interface.\n\n<!-- end -->\n\nText <!-- a <!-- b --> c.\n`);
    expect(messages).toEqual([
      'doc/01.md:11:1: warning This HTML comment hides all up to the --> that ends it from every document (it runs on past the <!-- on line 14: comments do not nest): close it where it should end [hidden-by-comment]',
      'doc/01.md:16:6: warning This HTML comment hides all up to the --> that ends it from every document (it runs on past the <!-- on line 16: comments do not nest): close it where it should end [hidden-by-comment]',
    ]);
    expect(JSON.stringify(checklist)).not.toContain('TLS 1.3');
    expect(parse(`${frontMatter}\n# A\n\n<!-- draft ->\n\n## B\n\n<!-- end -->\n`).messages).toEqual([
      'doc/01.md:11:1: warning This HTML comment hides "## B" from every document (it runs on past the <!-- on line 15: comments do not nest): close it where it should end, or delete what it hides [hidden-by-comment]',
    ]);
  });

  it('an HTML comment in a table cell that hides a line of the cell is a warning; a note in a cell, or a <!-- never closed in its cell (printed as text), stays quiet', () => {
    const rows = '| Measures | Set the password. <!-- <br>- Enable secure boot --> |\n| References | See [1]. <!-- check the edition --> |\n| Executed | Yes / No |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}\n${item('CL-A2', '| Measures | Do A <!-- Do B |\n| Executed | Yes / No |')}`).messages).toEqual([
      'doc/01.md:11:32: warning This HTML comment hides "- Enable secure boot" from every document: close it where it should end, or delete what it hides [hidden-by-comment]',
    ]);
  });

  it('rows cut off from their table by a commented-out row print as text: a warning; a sentence with a | stays quiet', () => {
    const rows = '| Executed | Yes / No |\n<!-- | References | Guide | -->\n| Customer comments / reasons | |';
    const { messages } = parse(`${frontMatter}\n${item('CL-A1', rows)}\nUse a | b in the shell.\n`);
    expect(messages).toEqual([
      'doc/01.md:13:1: warning This line is written as a table row but is not part of a table, so it prints as text, | characters and all: a table needs its header and delimiter row (`| --- | --- |`) right above, and any other line (an HTML comment too) ends it; comment out a row inside its cells, or delete it [not-a-table]',
    ]);
  });

  it('an item\'s Level, Target, Executed or Replaces row cut off from its table by a blank line is an error: the item would apply at every level, or have nothing to tick', () => {
    const text = `${frontMatter}\n| CL-A1 Scope | Title |\n| --- | --- |\n| Measures | Do it |\n\n| Level | maximum |\n| Executed | Yes / No |\n`;
    const { errors, checklist } = parse(text);
    expect(errors).toEqual([
      'doc/01.md:13:1: error These 2 lines are rows of an item (Level, Executed) cut off from its table by the line above them, so they print as text and the item loses them, and without its Level row it applies at every level: remove the blank line (or the line) between [not-a-table]',
    ]);
    expect(checklist.items[0]?.level).toBeNull();
    // A server's row so cut off: that server's customers would not be asked.
    expect(parse(`${frontMatter}\n| CL-A2 Scope | Title |\n| --- | --- |\n| Executed | |\n| Main server | Yes / No |\n\n| Standby server | Yes / No |\n`).errors).toEqual([
      'doc/01.md:14:1: error This line is a row of an item (Standby server) cut off from its table by the line above it, so it prints as text and the item loses it: remove the blank line (or the line) between [not-a-table]',
    ]);
  });

  it('a line right after a table, with no blank line, is the table\'s row: an error', () => {
    expect(parse(`${frontMatter}\n${item('CL-A1')}The default certificate is replaced.\n`).errors).toEqual([
      'doc/01.md:12:1: error This line has no | but continues the table above it (Markdown takes a line right after a table as its next row): leave a blank line before it [table-continued]',
    ]);
  });

  it('a key and its value in one cell; after Executed a group heading that starts like a key stays quiet', () => {
    const rows = '| Needed access rights BIOS access |\n| Executed | |\n| Level 2 support | |\n| Main server | Yes / No |\n| Customer comments / reasons Why not? |';
    expect(parse(`${frontMatter}\n${item('CL-A1', rows)}`).errors).toEqual([
      'doc/01.md:11:3: error Row "Needed access rights BIOS access" of CL-A1 starts with the key "Needed access rights" but has no | after it, so the key is lost: did you mean `| Needed access rights | BIOS access |`? [row-key-merged]',
      'doc/01.md:15:3: error Row "Customer comments / reasons Why not?" of CL-A1 starts with the key "Customer comments / reasons" but has no | after it, so the key is lost: did you mean `| Customer comments / reasons | Why not? |`? [row-key-merged]',
    ]);
  });
});

describe('Markdown that prints otherwise than it reads', () => {
  it('a <br> Markdown does not read as one (< br>, <br/ >, &lt;br&gt;) prints as text: a warning; <br> and \\<br> stay quiet', () => {
    const text = `${frontMatter}\n${item('CL-A1', '| Measures | a < br>b &lt;br&gt;c<br>d |\n| Executed | Yes / No |')}\nOne<br/ >two \\<br> three.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:11:16: warning "< br>" is not read as a line break, so it prints as text: write <br> [br-like]',
      'doc/01.md:11:23: warning "&lt;br&gt;" is not read as a line break, so it prints as text: write <br> [br-like]',
      'doc/01.md:14:4: warning "<br/ >" is not read as a line break, so it prints as text: write <br> [br-like]',
    ]);
  });

  it('&nbsp or &shy without its ";" prints as written: a warning at it; &nbsp;, AT&T, R&D, &amp;nbsp, \\&nbsp and code stay quiet', () => {
    const text = `${frontMatter}\n${item('CL-A1', '| Measures | Set 10 &nbsp GB for AT&T. |\n| Executed | Yes / No |')}\nKeep&shy it, R&D &nbsp; both &amp;nbsp and \\&nbsp and \`&copy\` as they are (&copy).\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:11:21: warning "&nbsp" has no ";", so Markdown does not read it as a character reference and it prints as written: write "&nbsp;" [unfinished-reference]',
      'doc/01.md:14:5: warning "&shy" has no ";", so Markdown does not read it as a character reference and it prints as written: write "&shy;" [unfinished-reference]',
      'doc/01.md:14:76: warning "&copy" has no ";", so Markdown does not read it as a character reference and it prints as written: write "&copy;" [unfinished-reference]',
    ]);
  });

  it('a <br> where a cell is read as plain text (scope, row name, Target, an option) prints as "<br>": a warning; in the title, Measures and the value of a row it breaks the line and stays quiet', () => {
    const text = `${frontMatter}\n| CL-A1 Server<br>Part | Title<br>two |\n| --- | --- |\n| Measures | a<br>b |\n| Target | minimum: 8<br>(10 better); medium: 12; maximum: 16 |\n| Executed | Yes / No<br/>(on request) |\n| Main<br>server | Yes / No |\n`;
    const { messages, checklist } = parse(text);
    expect(messages).toEqual([
      'doc/01.md:9:15: warning "<br>" in the scope of CL-A1 breaks no line: that text is taken as written, so every format prints "<br>" itself; write it on one line [br-as-text]',
      'doc/01.md:12:22: warning "<br>" in the Target of CL-A1 breaks no line: that text is taken as written, so every format prints "<br>" itself; write it on one line [br-as-text]',
      'doc/01.md:13:3: warning Option "No<br/>(on request)" of CL-A1 holds "<br/>", which breaks no line in a box\'s label: every format prints "<br/>" itself; write the option on one line, and a note in the comments prompt [br-as-text]',
      'doc/01.md:14:7: warning "<br>" in the row name "Main<br>server" of CL-A1 breaks no line: that text is taken as written, so every format prints "<br>" itself; write it on one line [br-as-text]',
    ]);
    // What the warnings say: the text keeps the tag.
    const [item] = checklist.items;
    expect(item?.scope).toBe('Server<br>Part');
    expect(item?.target[0]?.value).toBe('8<br>(10 better)');
  });

  it('an autolink without a scheme prints its angle brackets: a warning; a placeholder, a mail address and a link with a scheme stay quiet', () => {
    const text = `${frontMatter}\n# A\n\nSee <www.example.com/x> and <example.com>,\nnot <hostname.domain>, <admin@example.com> or <https://example.com>.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:11:5: warning <www.example.com/x> has no scheme, so it is no autolink and prints with its angle brackets: write <https://www.example.com/x> [autolink-scheme]',
      'doc/01.md:11:29: warning <example.com> has no scheme, so it is no autolink and prints with its angle brackets: write <https://example.com> [autolink-scheme]',
    ]);
  });

  it('an image without alt text is a warning: images print as their alt text', () => {
    expect(parse(`${frontMatter}\n# A\n\n![](images/x.png) ![Graphic: the servers](images/y.png)\n`).messages).toEqual([
      'doc/01.md:11:1: warning Image ![](images/x.png) has no alt text, and the documents print an image as its alt text, so nothing stands for it (nor does a screen reader say anything): write what it shows, "![what it shows](images/x.png)" [image-alt]',
    ]);
  });
});

describe('near misses in headings and front matter', () => {
  it('a heading that starts with a typed number', () => {
    const { errors } = parse(`${frontMatter}\n# Intro\n\n## 1.1 Service users\n\n## 3 ways to fail\n\n# 2. Network\n`);
    expect(errors).toEqual([
      'doc/01.md:11:1: error Heading "1.1 Service users" starts with a typed number, but headings are numbered automatically (this one is 1.1), so it would print "1.1 1.1 Service users": write "## Service users" [typed-number]',
      'doc/01.md:15:1: error Heading "2. Network" starts with a typed number, but headings are numbered automatically (this one is 2), so it would print "2 2. Network": write "# Network" [typed-number]',
    ]);
  });

  it('a version YAML reads as a number, in front matter and history; a history date that is no date', () => {
    const { errors } = parse('---\nversion: 1.10\ndate: 2025-01-01\nhistory:\n  - { date: 2025-01-01, version: 1.0, description: x }\n  - { date: 2025-02-30, version: "1.1", description: y }\n---\n\n# A\n');
    expect(errors).toEqual([
      'doc/01.md:2:10: error `version` 1.10 is read as a number (YAML reads 1.10 as the number 1.1): quote it, version: "1.10" [version-number]',
      'doc/01.md:5:34: error History version 1.0 is read as a number (YAML reads 1.0 as the number 1): quote it, version: "1.0" [version-number]',
      'doc/01.md:6:13: error History date must be an ISO date (YYYY-MM-DD), not "2025-02-30" [date]',
    ]);
  });

  it('a history entry dated before the one above it: a warning (the history lists the oldest first)', () => {
    const history = '  - { date: 2018-10-22, version: "0.1", description: x }\n  - { date: 2017-12-17, version: "0.2", description: y }\n  - { date: 2019-01-01, version: "0.3", description: z }';
    expect(parse(`---\nversion: "1.0"\ndate: 2025-01-01\nhistory:\n${history}\n---\n\n# A\n`).messages).toEqual([
      'doc/01.md:6:13: warning History entry 0.2 is dated 2017-12-17, before the entry above it (0.1, 2018-10-22): the history lists the oldest first; check the date or the order [history-order]',
    ]);
  });

  it('front matter cut short by YAML: a " #" comment, a number read otherwise than written, a level twice, a history key misspelt', () => {
    const yaml = '---\ntitle: Product #1 Guide\nversion: "1.0"\ndate: 2025-01-01 # a comment as meant\ndocumentId: 00031003225\nlevels: [low, high, low]\nhistory:\n  - { date: 2025-01-01, Version: "1.0", description: x }\n---\n\n# A\n';
    expect(parse(yaml).messages).toEqual([
      'doc/01.md:2:8: warning The text after " #" in "Product #1 Guide" is a YAML comment, so it is not printed: quote the value ("Product #1 Guide") [yaml-comment]',
      'doc/01.md:5:13: error `documentId` 00031003225 is read as a number (YAML reads 00031003225 as the number 31003225): quote it, documentId: "00031003225" [version-number]',
      'doc/01.md:6:21: error `levels` names "low" twice: each level once, lowest first [front-matter]',
      'doc/01.md:8:25: error Unknown key `Version` in a `history` entry, so its value is not printed: did you mean `version`? [front-matter-key]',
    ]);
  });

  it('levels of a known series in another order are a warning (levels go lowest first); a series of the author\'s own stays quiet', () => {
    const levels = (list: string) => parse(`---\nversion: "1.0"\ndate: 2025-01-01\nlevels: [${list}]\n---\n\n# A\n`).messages;
    expect(levels('maximum, medium, minimum')).toEqual([
      'doc/01.md:4:9: warning `levels` lists maximum, medium, minimum, but levels go lowest first (an item applies at its level and those after it), so items would apply where not meant: did you mean [minimum, medium, maximum]? [levels-order]',
    ]);
    expect(levels('High, Low')).toEqual([
      'doc/01.md:4:9: warning `levels` lists High, Low, but levels go lowest first (an item applies at its level and those after it), so items would apply where not meant: did you mean [Low, High]? [levels-order]',
    ]);
    expect(levels('basic, standard, advanced')).toEqual([]);
    expect(levels('maximum, office')).toEqual([]);
  });

  it('a level twice in another case, or levels joined by ";" into one name: one error at the name, and no message per item', () => {
    const items = `${item('CL-A1', '| Level | medium |\n| Target | medium: 10; high: 12 |\n| Executed | Yes / No |')}\n${item('CL-A2', '| Target | minimum: 8; medium: 10; high: 12 |\n| Executed | Yes / No |')}`;
    const levels = (list: string) => parse(`---\nversion: "1.0"\ndate: 2025-01-01\nlevels: [${list}]\n---\n\n${items}`).messages;
    expect(levels('minimum, medium, Medium, high')).toEqual([
      'doc/01.md:4:27: error `levels` names "Medium" twice (case aside): each level once, lowest first [front-matter]',
    ]);
    expect(levels('minimum; medium; high')).toEqual([
      'doc/01.md:4:10: error `levels` names one level "minimum; medium; high": separate levels with "," inside the brackets, [minimum, medium, high]; a level\'s name holds no ";" or "," [front-matter]',
    ]);
    expect(levels('minimum, medium, high')).toEqual([]);
  });

  it('levels named from two series (minimum, medium, high) in another order are a warning too; two names of one rank stay quiet', () => {
    const levels = (list: string) => parse(`---\nversion: "1.0"\ndate: 2025-01-01\nlevels: [${list}]\n---\n\n# A\n`).messages;
    expect(levels('high, medium, minimum')).toEqual([
      'doc/01.md:4:9: warning `levels` lists high, medium, minimum, but levels go lowest first (an item applies at its level and those after it), so items would apply where not meant: did you mean [minimum, medium, high]? [levels-order]',
    ]);
    expect(levels('Standard, Low, Maximum')).toEqual([
      'doc/01.md:4:9: warning `levels` lists Standard, Low, Maximum, but levels go lowest first (an item applies at its level and those after it), so items would apply where not meant: did you mean [Low, Standard, Maximum]? [levels-order]',
    ]);
    expect(levels('minimum, medium, high')).toEqual([]);
    expect(levels('minimum, low')).toEqual([]);
  });

  it('one front-matter mistake is one message, not one per item', () => {
    const items = `${item('CL-A1', '| Level | maximum |\n| Target | maximum: 3 |\n| Executed | Yes / No |')}\n${item('CL-A2', '| Level | maximum |\n| Executed | Yes / No |')}`;
    expect(parse(`---\nversion: "1"\ndate: 2025-01-01\nlevel: [minimum, maximum]\n---\n\n${items}`).messages).toEqual([
      'doc/01.md:4:1: error Unknown front matter key `level`: did you mean `levels`? [front-matter-key]',
    ]);
    expect(parse(`---\nversion: "1"\ndate: 2025-01-01\nlevels: minimum, maximum\n---\n\n${items}`).messages).toEqual([
      'doc/01.md:4:9: error `levels` must be a list of names, e.g. [minimum, medium, maximum] [front-matter]',
    ]);
    expect(parse(`---\nversion: "1"\ndate: 2025-01-01\nlevels: [minimum\n---\n\n${items}`).errors).toHaveLength(1);
  });

  it('a YAML error at the line of the mistake, with no second position in the text', () => {
    const { errors } = parse('---\nversion: "1.0"\ntitle: a: b\ndate: 2025-01-01\n---\n\n# A\n');
    expect(errors).toEqual(['doc/01.md:3:8: error Front matter is not valid YAML: Nested mappings are not allowed in compact mappings [yaml]']);
  });
});

describe('what the model cannot hold is an error, never dropped in silence', () => {
  it('headings, items, directives and fillable tables in lists and quotes', () => {
    const quoted = item('CL-Q1').trimEnd().split('\n').join('\n> ');
    const { errors, checklist } = parse(`${frontMatter}\n- # Heading in list\n- ::signatures\n\n> ${quoted}\n\n> | A | Customer setting |\n> | --- | --- |\n> | x | |\n`);
    expect(errors).toEqual([
      'doc/01.md:9:3: error Heading "Heading in list" stands inside a list item: it is not a section and would not be numbered; start the line without the list or quote marker [nested-block]',
      'doc/01.md:10:3: error Directive ::signatures stands inside a list item: it would not be printed where the document expects it; write it at the start of a line on its own [nested-block]',
      'doc/01.md:12:3: error Item CL-Q1 stands inside a block quote: it could not be answered and is missing from the matrix and the summary; move the table out [nested-block]',
      'doc/01.md:16:3: error A table with a "Customer setting" column stands inside a block quote: the deployment\'s settings cannot fill it; move the table out [nested-block]',
    ]);
    expect(checklist.items).toEqual([]);
  });

  it('a link definition no link uses (a reference list written "[13]: url") is a warning: it is not printed', () => {
    expect(parse(`${frontMatter}\n# A\n\nSee [the guide][g].\n\n[g]: https://example.com/guide\n[13]: https://example.com/vpn\n`).messages).toEqual([
      'doc/01.md:14:1: warning "[13]: https://example.com/vpn" is a link definition that no link uses, so it is not printed: to print it, write it otherwise ("[13] https://example.com/vpn", or a list item) [unused-definition]',
    ]);
  });

  it('a reference list entry written as a link definition: cited as [9] it vanishes into links; on a list item\'s next line it joins that item; [the guide][10] stays quiet', () => {
    expect(parse(`${frontMatter}\n# A\n\nSee [9] and [the guide][10].\n\n[9]: https://example.com/nine\n[10]: https://example.com/ten\n`).messages).toEqual([
      'doc/01.md:13:1: warning "[9]: https://example.com/nine" is a link definition, so it is not printed, and each [9] in the text becomes a link to it: for a reference list entry, write a list item ("- [9] https://example.com/nine") [reference-definition]',
    ]);
    expect(parse(`${frontMatter}\n# References\n\n- [8] Hardening guide\n  <https://example.com/eight>\n[9]: https://example.com/nine\n- [10] Release notes\n`).messages).toEqual([
      'doc/01.md:13:1: warning "[9]: https://example.com/nine" is inside the paragraph above it, where a link definition cannot start, so it prints as part of that paragraph: for a reference list entry, write a list item of its own ("- [9] https://example.com/nine") [reference-definition]',
    ]);
  });

  it('a footnote defined twice is an error (the second is lost); a link definition given twice with another address a warning', () => {
    const text = `${frontMatter}\n# A\n\nSee[^1] and [the guide].\n\n[^1]: First.\n\n[^1]: Second.\n\n[the guide]: https://example.com/a\n[the guide]: https://example.com/b\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:15:1: error Footnote [^1] is defined again (first on line 13): Markdown uses the first, so this text is missing from every document; give it a label of its own, or join the two [repeated-definition]',
      'doc/01.md:18:1: warning Link definition [the guide] is given again (first on line 17, to https://example.com/a): Markdown uses the first, so every [the guide] links there and this address is dropped; give it a label of its own [repeated-definition]',
    ]);
  });

  it('a link to a title two headings share is a warning (it goes to the first); a link to a title of its own stays quiet', () => {
    const text = `${frontMatter}\n# Policies\n\n## Password policies\n\nSee [](#password-policies) and [](#addendum).\n\n# Addendum\n\n## Password policies\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:13:5: warning Link to #password-policies: sections 1.1 and 2.1 have that title, and the link goes to the first, 1.1: to reach another, link to #password-policies-1 (the second), or give the headings titles of their own [ambiguous-anchor]',
    ]);
  });

  it('link definitions in a quote or list still resolve', () => {
    const { errors, checklist } = parse(`${frontMatter}\nSee [the guide].\n\n> [the guide]: https://example.com/guide\n`);
    expect(errors).toEqual([]);
    expect(JSON.stringify(checklist.body)).toContain('https://example.com/guide');
  });

  it('a line meant as a directive that is not one is an error; an escaped one and prose stay quiet', () => {
    const text = `${frontMatter}\n:: deployment-overview\n\n::responsibility matrix\n\n::signatures:\n\nSome text.\n::open-items\n\n\\::signatures\n\n:note: prose.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:9:1: error ":: deployment-overview" looks like the directive ::deployment-overview but is not one, so it would be printed as text: write "::deployment-overview" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:11:1: error "::responsibility matrix" looks like the directive ::responsibility-matrix but is not one, so it would be printed as text: write "::responsibility-matrix" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:13:1: error "::signatures:" looks like the directive ::signatures but is not one, so it would be printed as text: write "::signatures" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:16:1: error "::open-items" looks like the directive ::open-items but is not one, so it would be printed as text: write "::open-items" alone on its line, with a blank line before and after [directive-like]',
    ]);
  });

  it('a directive in bold, with full-width colons, with words in brackets after it, or indented into a code block is an error', () => {
    const text = `${frontMatter}\n**::open-items**\n\n\uFF1A\uFF1Aopen-items\n\n::open-items [see below]\n\nText.\n\n    ::responsibility-matrix\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:9:1: error "**::open-items**" looks like the directive ::open-items but is not one, so it would be printed as text: write "::open-items" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:11:1: error "\uFF1A\uFF1Aopen-items" looks like the directive ::open-items but is not one, so it would be printed as text: write "::open-items" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:13:1: error "::open-items [see below]" looks like the directive ::open-items but is not one, so it would be printed as text: write "::open-items" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:17:1: error "::responsibility-matrix" is indented (four spaces or a tab), so Markdown reads it as a code block and prints it as text, and the part it places is missing: start the line at the margin [directive-like]',
    ]);
  });

  it('a directive at the end of a sentence, or written with colons that only look like colons, is an error; in code or escaped it stays quiet', () => {
    const text = `${frontMatter}\nThe overview follows. ::deployment-overview\n\n\u2236\u2236signatures\n\nWrite \`::open-items\` or \\::open-items in a paragraph.\n`;
    expect(parse(text).messages).toEqual([
      'doc/01.md:9:23: error "::deployment-overview" stands in a line of text, so it is not the directive: it would be printed as text, and the part it names placed as if it were not written: write "::deployment-overview" alone on its line, with a blank line before and after [directive-like]',
      'doc/01.md:11:1: error "\u2236\u2236signatures" looks like the directive ::signatures but is not one, so it would be printed as text: write "::signatures" alone on its line, with a blank line before and after [directive-like]',
    ]);
  });

  it('directives: an escaped one is text, attributes are an error, the signature block at most once', () => {
    const { messages, checklist } = parse(`${frontMatter}\n::signatures\n\n\\::signatures\n\n::signatures\n\n::open-items{x=1}\n\n::open-items\n\n::open-items\n`);
    expect(messages).toEqual([
      'doc/01.md:13:1: error ::signatures appears a second time (first at doc/01.md:9:1): it may appear once; remove this one [repeated-directive]',
      'doc/01.md:15:1: error Directive ::open-items takes no attributes: write it as ::open-items alone [directive-attributes]',
      'doc/01.md:19:1: warning ::open-items appears a second time (first at doc/01.md:17:1): it is printed twice [repeated-directive]',
    ]);
    expect(checklist.body.map((block) => (block.kind === 'directive' ? block.name : block.kind))).toEqual(['signatures', 'paragraph', 'open-items', 'open-items']);
    expect(JSON.stringify(checklist.body[1])).toContain('"value":"::signatures"');
  });

  it('text the master writes in the customer\'s column of a fillable table is a warning; an empty cell stays quiet', () => {
    const table = '| # | Rule | Default | Customer setting |\n| --- | --- | --- | --- |\n| 1 | Minimal password length | 8 | |\n| 2 | Password history | 5 | e.g. 10 |\n';
    expect(parse(`${frontMatter}\n${table}`).messages).toEqual([
      'doc/01.md:12:30: warning The "Customer setting" cell of "Password history" holds "e.g. 10", which prints as the setting of every customer whose deployment gives none: leave it empty, and write an example or a default in a column of its own (such as "Default") [setting-in-master]',
    ]);
  });
});

