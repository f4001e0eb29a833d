import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';

const contentDir = join(import.meta.dirname, '../fixtures/content');

/** Writes a deployment to a temp file and returns its messages with the folder cut off. */
async function messagesFor(json: string, levelOverride?: string, content = contentDir): Promise<{ messages: string[]; loaded: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-deployment-'));
  const path = join(dir, 'customer.json');
  await writeFile(path, json);
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(path, { contentDir: content, levelOverride }, diagnostics);
  return { messages: diagnostics.messages.map((message) => formatMessage(message).replace(`${dir}/`, '')), loaded: loaded !== null };
}

const base = (extra: string) => `{\n  "checklist": "mini",\n${extra}\n}\n`;

describe('deployment errors name the file, the line and the JSON Pointer', () => {
  it('accepts the valid sample', async () => {
    const diagnostics = new Diagnostics();
    const loaded = await loadDeployment(join(contentDir, 'deployments/acme.json'), { contentDir }, diagnostics);
    expect(diagnostics.messages.map(formatMessage)).toEqual([]);
    expect(loaded?.name).toBe('acme');
  });

  it('invalid JSON, at its position', async () => {
    const { messages } = await messagesFor('{\n  "checklist": "mini",\n  "level": medium\n}\n');
    expect(messages).toEqual(['customer.json:3:12: error Not valid JSON: invalid symbol [json]']);
  });

  it('a trailing comma and a comment, the JSONC habits, are named at their own place', async () => {
    // As a JSONC editor saves it: a BOM, CRLF, a comment, a comma after the last key.
    const comment = await messagesFor('\uFEFF{\r\n  "checklist": "mini", // agreed\r\n  "level": "medium"\r\n}\r\n');
    expect(comment.messages).toEqual(['customer.json:2:24: error Not valid JSON: a comment (// or /* */), which JSON does not allow: remove it [json]']);
    const inValue = await messagesFor('{\n  "checklist": "mini",\n  "level": /* later */\n}\n');
    // With the comment gone there is still no value: the next run would say so, this one does.
    expect(inValue.messages).toEqual([
      'customer.json:3:12: error Not valid JSON: a comment (// or /* */), which JSON does not allow: remove it [json]',
      'customer.json:4:1: error Not valid JSON: value expected [json]',
    ]);
    // The comma itself, not the closing brace a line below ("property name expected").
    const trailing = await messagesFor('{\n  "checklist": "mini",\n  "customer": { "company": "x", },\n  "components": ["Main server",\n  ]\n}\n');
    expect(trailing.messages).toEqual([
      'customer.json:3:31: error Not valid JSON: a comma after the last key before "}", which JSON does not allow: remove it [json]',
      'customer.json:4:31: error Not valid JSON: a comma after the last value before "]", which JSON does not allow: remove it [json]',
    ]);
    const inList = await messagesFor('{\n  "checklist": "mini",\n  "components": ["Main server",\n  ]\n}\n');
    expect(inList.messages).toEqual(['customer.json:3:31: error Not valid JSON: a comma after the last value before "]", which JSON does not allow: remove it [json]']);
    expect([comment, inValue, trailing, inList].map((result) => result.loaded)).toEqual([false, false, false, false]);
  });

  it('every syntax mistake in one run, each at its place, but not the errors that only follow from one', async () => {
    // A comma missing on one line and one too many on another: two mistakes, two messages.
    const two = await messagesFor('{\n  "checklist": "mini"\n  "level": "medium",\n  "components": ["Main server",]\n}\n');
    expect(two.messages).toEqual([
      'customer.json:3:3: error Not valid JSON: comma expected [json]',
      'customer.json:4:31: error Not valid JSON: a comma after the last value before "]", which JSON does not allow: remove it [json]',
    ]);
    expect(two.loaded).toBe(false);
    // The same mistake twice, and a comment: each where it is.
    const three = await messagesFor('{\n  "checklist": "mini"\n  "level": "medium" // agreed\n  "date": "2026-03-02"\n}\n');
    expect(three.messages).toEqual([
      'customer.json:3:3: error Not valid JSON: comma expected [json]',
      'customer.json:3:21: error Not valid JSON: a comment (// or /* */), which JSON does not allow: remove it [json]',
      'customer.json:4:3: error Not valid JSON: comma expected [json]',
    ]);
    // A string left open (its closing quote typed after the comma): one mistake, however the
    // parser reads the lines after it; and a second, real one further down still counts.
    const open = await messagesFor('{\n  "checklist": "mini",\n  "level": "medium,\n  "date": "2026-03-02",\n  "generalRemark": "none"\n}\n');
    expect(open.messages).toEqual(['customer.json:3:12: error Not valid JSON: a string not closed on its line (a line break inside a string is written \\n) [json]']);
    const openAndComma = await messagesFor('{\n  "checklist": "mini",\n  "level": "medium,\n  "date": "2026-03-02"\n  "generalRemark": "none"\n}\n');
    expect(openAndComma.messages).toEqual([
      'customer.json:3:12: error Not valid JSON: a string not closed on its line (a line break inside a string is written \\n) [json]',
      'customer.json:5:3: error Not valid JSON: comma expected [json]',
    ]);
    // Not JSON at all (Markdown saved as .json): its first line, not one message per word.
    const markdown = await messagesFor('# Deployment\n\n- checklist: mini\n- level: medium\n');
    expect(markdown.messages).toEqual(['customer.json:1:1: error Not valid JSON: invalid symbol [json]']);
    const empty = await messagesFor('\n  \n');
    expect(empty.messages).toEqual(['customer.json:1:1: error Not valid JSON: the file is empty [json]']);
  });

  it('unknown keys, top level and nested', async () => {
    const { messages } = await messagesFor(base('  "levle": "medium",\n  "customer": { "compnay": "x" }'));
    expect(messages).toEqual([
      'customer.json:3:3: error /levle: Unknown key "levle": did you mean "level"? [unknown-key]',
      'customer.json:4:17: error /customer/compnay: Unknown key "compnay": did you mean "company"? [unknown-key]',
    ]);
    // A key in another case is the key meant, not a list of every allowed key.
    expect((await messagesFor(base('  "Level": "medium",\n  "answers": { "CL-PWD1": { "Status": "Yes" } }'))).messages).toEqual([
      'customer.json:3:3: error /Level: Unknown key "Level": did you mean "level"? [unknown-key]',
      'customer.json:4:29: error /answers/CL-PWD1/Status: Unknown key "Status": did you mean "status"? [unknown-key]',
    ]);
  });

  it('an answer for an ID the checklist lacks, with / escaped as ~1', async () => {
    const { messages } = await messagesFor(base('  "answers": {\n    "CL-PWD9": { "status": "Yes" },\n    "CL-A/B": {}\n  }'));
    expect(messages).toEqual([
      'customer.json:4:5: error /answers/CL-PWD9: No item CL-PWD9 in checklist mini; did you mean "CL-PWD1"? [unknown-item]',
      'customer.json:5:5: error /answers/CL-A~1B: No item CL-A/B in checklist mini [unknown-item]',
    ]);
  });

  it('a status that is not one of the item\'s or the component\'s options', async () => {
    const { messages } = await messagesFor(base('  "answers": {\n    "CL-PWD1": { "status": "Deactivated" },\n    "CL-SRV1": { "components": { "Main server": "Maybe" } }\n  }'));
    expect(messages).toEqual([
      'customer.json:4:18: error /answers/CL-PWD1/status: "Deactivated" is not an option of CL-PWD1: use one of Yes, No [unknown-option]',
      'customer.json:5:34: error /answers/CL-SRV1/components/Main server: "Maybe" is not an option of CL-SRV1 / Main server: use one of Yes, No [unknown-option]',
    ]);
  });

  it('unknown components, in components and in an answer', async () => {
    const { messages } = await messagesFor(base('  "components": ["Main server", "Backup server"],\n  "answers": { "CL-SRV1": { "components": { "Reporter": "Yes" } } }'));
    expect(messages).toEqual([
      'customer.json:3:33: error /components/1: Unknown component "Backup server": the master\'s components are Main server, Standby server [unknown-component]',
      'customer.json:4:45: error /answers/CL-SRV1/components/Reporter: Unknown component "Reporter" for CL-SRV1: its component rows are Main server, Standby server, Browser on clients [unknown-component]',
    ]);
  });

  it('an empty components list is a warning naming the items that lose their server rows; a list with one server stays quiet', async () => {
    expect((await messagesFor(base('  "components": []'))).messages).toEqual([
      'customer.json:3:3: warning /components: Lists no component, so no server row of the master is shown and 1 item answered per server (CL-SRV1) loses those rows: list this customer\'s servers (Main server, Standby server), or remove "components" to show them all [no-components]',
    ]);
    expect((await messagesFor(base('  "components": ["Main server"]'))).messages).toEqual([]);
  });

  it('an unknown level, and a responsible party that is not customer, supplier or shared', async () => {
    const { messages } = await messagesFor(base('  "level": "extreme",\n  "responsible": { "installation": "vendor" }'));
    expect(messages).toEqual([
      'customer.json:3:3: error /level: Unknown level "extreme": use one of minimum, medium, maximum [unknown-level]',
      'customer.json:4:20: error /responsible/installation: Must be one of customer, supplier, shared [unknown-value]',
    ]);
    const level = await messagesFor(base('  "level": "extreme"'));
    expect(level.messages).toEqual(['customer.json:3:3: error /level: Unknown level "extreme": use one of minimum, medium, maximum [unknown-level]']);
  });

  it('a level written in another case, with a space or one typo off names the level meant; the scope is not guessed', async () => {
    const written = ['Medium', 'medium ', 'medum'];
    const results = await Promise.all(written.map((level) => messagesFor(base(`  "level": "${level}"`))));
    expect(results.map((result) => result.messages)).toEqual(
      written.map((level) => [`customer.json:3:3: error /level: Unknown level "${level}": use one of minimum, medium, maximum; did you mean "medium"? [unknown-level]`]),
    );
  });

  it('a settings key that no fillable table has', async () => {
    const { messages } = await messagesFor(base('  "settings": { "Minimal password lenght": "12", "password HISTORY": "5" }'));
    expect(messages).toEqual(['customer.json:3:17: error /settings/Minimal password lenght: No fillable table has a row "Minimal password lenght"; did you mean "Minimal password length"? [unknown-setting]']);
  });

  it('a name from the master one letter off names the one meant, after the list of those known', async () => {
    const { messages } = await messagesFor(
      base(
        [
          '  "components": ["Main servr"],',
          '  "responsible": { "installation": "suplier", "operation": "Customer" },',
          '  "answers": {',
          '    "CL-PWD1": { "status": "Yse" },',
          '    "CL-SRV1": { "components": { "Standby sever": "Yes", "Main server": "Noo" } }',
          '  },',
          '  "settings": { "Pasword history": "5" }',
        ].join('\n'),
      ),
    );
    expect(messages).toEqual([
      'customer.json:3:18: error /components/0: Unknown component "Main servr": the master\'s components are Main server, Standby server; did you mean "Main server"? [unknown-component]',
      'customer.json:4:20: error /responsible/installation: Must be one of customer, supplier, shared; did you mean "supplier"? [unknown-value]',
      'customer.json:4:47: error /responsible/operation: Must be one of customer, supplier, shared; did you mean "customer"? [unknown-value]',
      'customer.json:6:18: error /answers/CL-PWD1/status: "Yse" is not an option of CL-PWD1: use one of Yes, No; did you mean "Yes"? [unknown-option]',
      'customer.json:7:34: error /answers/CL-SRV1/components/Standby sever: Unknown component "Standby sever" for CL-SRV1: its component rows are Main server, Standby server, Browser on clients; did you mean "Standby server"? [unknown-component]',
      'customer.json:7:58: error /answers/CL-SRV1/components/Main server: "Noo" is not an option of CL-SRV1 / Main server: use one of Yes, No; did you mean "No"? [unknown-option]',
      'customer.json:9:17: error /settings/Pasword history: No fillable table has a row "Pasword history"; did you mean "Password history"? [unknown-setting]',
    ]);
    // Another word, not a typo: the list alone (German "Ja" is two letters from "No", and meant as Yes).
    expect((await messagesFor(base('  "answers": { "CL-PWD1": { "status": "Ja" } }'))).messages).toEqual([
      'customer.json:3:29: error /answers/CL-PWD1/status: "Ja" is not an option of CL-PWD1: use one of Yes, No [unknown-option]',
    ]);
  });

  it('names the characters of a value that looks like a known one but is not (pasted from a word processor): the two strings of the message looked the same', async () => {
    // A zero-width space inside "Yes", a non-breaking hyphen in a server's name, a zero-width
    // space after a level: each read "did you mean" the same-looking string, or nothing at all.
    const { messages } = await messagesFor(
      [
        '{',
        '  "checklist": "mini",',
        '  "level": "medium\u200b",',
        '  "components": ["Main server", "Standby\u2011server"],',
        '  "answers": {',
        '    "CL-PWD1": { "status": "Ye\u200bs" },',
        '    "CL-SRV1": { "components": { "Main server": "No\u200d", "Browser on clients": "Yes" } }',
        '  },',
        '  "settings": { "Password\u00adhistory": "5" }',
        '}',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([
      'customer.json:3:3: error /level: Unknown level "medium\u200b": use one of minimum, medium, maximum; did you mean "medium"? (look-alike: U+200B ZERO WIDTH SPACE removed at column 7) [unknown-level]',
      'customer.json:4:33: error /components/1: Unknown component "Standby\u2011server": the master\'s components are Main server, Standby server; did you mean "Standby server"? [unknown-component]',
      'customer.json:6:18: error /answers/CL-PWD1/status: "Ye\u200bs" is not an option of CL-PWD1: use one of Yes, No; did you mean "Yes"? (look-alike: U+200B ZERO WIDTH SPACE removed at column 3) [unknown-option]',
      'customer.json:7:34: error /answers/CL-SRV1/components/Main server: "No\u200d" is not an option of CL-SRV1 / Main server: use one of Yes, No; did you mean "No"? (look-alike: U+200D ZERO WIDTH JOINER removed at column 3) [unknown-option]',
      'customer.json:9:17: error /settings/Password\u00adhistory: No fillable table has a row "Password\u00adhistory"; did you mean "Password history"? [unknown-setting]',
    ]);
  });

  it('warns for an answer to an item the deployment\'s own level leaves out (it is not shown); an empty one and --level stay quiet', async () => {
    const answers = '"answers": { "CL-VPN1": { "status": "Yes", "comment": "Tunnel in place" } }';
    const { messages } = await messagesFor(base(`  "level": "minimum",\n  ${answers}`));
    expect(messages).toEqual([
      'customer.json:4:16: warning /answers/CL-VPN1: CL-VPN1 applies from level maximum up, above this deployment\'s level minimum: the item is left out, and this answer with it [hidden-answer]',
    ]);
    expect((await messagesFor(base('  "level": "minimum",\n  "answers": { "CL-VPN1": { "status": "" } }'))).messages).toEqual([]);
    expect((await messagesFor(base(`  ${answers}`), 'minimum')).messages).toEqual([]);
  });

  it('a component listed twice in another case or spacing: which name would the overview print, which one do answers go to?', async () => {
    const { messages, loaded } = await messagesFor(base('  "components": ["Main server", "Standby server", "main  Server"]'));
    expect(messages).toEqual([
      'customer.json:3:51: error /components/2: "main  Server" names the same component as "Main server" (case and spaces aside): keep one [duplicate-label]',
    ]);
    expect(loaded).toBe(false);
  });

  it('two keys for one row, field or setting (case and spaces aside), and a due date not in the calendar', async () => {
    const answer = '"CL-SRV1": { "components": { "Main server": "Yes", "main  server": "No" }, "fields": { "Browser on clients": { "Version": "99", "version": "132" } }, "due": "2026-02-30" }';
    const { messages, loaded } = await messagesFor(base(`  "answers": { ${answer} },\n  "settings": { "Password history": "5", "password history": "8" }`));
    expect(messages).toEqual([
      'customer.json:3:67: error /answers/CL-SRV1/components/main  server: "main  server" names the same row as "Main server" (case and spaces aside), so only one of the two would be used: keep one [duplicate-label]',
      'customer.json:3:144: error /answers/CL-SRV1/fields/Browser on clients/version: "version" names the same field as "Version" (case and spaces aside), so only one of the two would be used: keep one [duplicate-label]',
      'customer.json:3:166: error /answers/CL-SRV1/due: "2026-02-30" is not a date in the calendar: write a real date, YYYY-MM-DD [date]',
      'customer.json:4:42: error /settings/password history: "password history" names the same setting as "Password history" (case and spaces aside), so only one of the two would be used: keep one [duplicate-label]',
    ]);
    expect(loaded).toBe(false);
  });

  it('a date written otherwise than YYYY-MM-DD names its value, and its ISO form where it reads one way only; a key not an ID is one message', async () => {
    const answer = '"CL-SRV1": { "due": "10.02.2026" }, "cl-pwd1": {}';
    const { messages } = await messagesFor(base(`  "date": "2026/3/5",\n  "openIssuesUntil": "03/04/2026",\n  "answers": { ${answer} }`));
    expect(messages).toEqual([
      'customer.json:3:3: error /date: "2026/3/5" is not a date as the deployment writes it: write it as YYYY-MM-DD (2026-03-05) [date]',
      'customer.json:4:3: error /openIssuesUntil: "03/04/2026" is not a date as the deployment writes it: write it as YYYY-MM-DD (for example 2026-03-12) [date]',
      'customer.json:5:29: error /answers/CL-SRV1/due: "10.02.2026" is not a date as the deployment writes it: write it as YYYY-MM-DD (2026-02-10) [date]',
      'customer.json:5:52: error /answers/cl-pwd1: "cl-pwd1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-PWD1"? [unknown-item]',
    ]);
  });

  it('a key not written as an ID (case, a space, a dash of another kind, a Cyrillic С) names the ID meant, and the master\'s own IDs', async () => {
    // They failed the schema's ^CL- before the master was read: the message named CL-SMTP1, an ID
    // of another master, and none of them the ID it plainly was.
    const keys = ['cl-pwd1', ' CL-PWD1', 'CL\u2013PWD1', 'CL\u2011VPN1', '\u0421L-SRV1', 'PWD1'];
    const { messages, loaded } = await messagesFor(base(`  "answers": { ${keys.map((key) => `"${key}": {}`).join(', ')} }`));
    expect(loaded).toBe(false);
    expect(messages.map((message) => message.replace(/^.*?: error /, ''))).toEqual([
      '/answers/cl-pwd1: "cl-pwd1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-PWD1"? [unknown-item]',
      '/answers/ CL-PWD1: " CL-PWD1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-PWD1"? [unknown-item]',
      '/answers/CL\u2013PWD1: "CL\u2013PWD1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-PWD1"? [unknown-item]',
      '/answers/CL\u2011VPN1: "CL\u2011VPN1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-VPN1"? [unknown-item]',
      '/answers/\u0421L-SRV1: "\u0421L-SRV1" is not an item ID: answers are keyed by the IDs of mini; did you mean "CL-SRV1"? [unknown-item]',
      '/answers/PWD1: "PWD1" is not an item ID: answers are keyed by the IDs of mini, such as CL-PWD1 [unknown-item]',
    ]);
  });

  it('without its master, a key not an ID still is one message', async () => {
    const { messages } = await messagesFor('{\n  "checklist": "nowhere",\n  "answers": { "cl-pwd1": {} }\n}\n');
    expect(messages).toContain('customer.json:3:16: error /answers/cl-pwd1: "cl-pwd1" is not an item ID: answers are keyed by item IDs, which start with CL- [unknown-item]');
  });

  it('warns for an answer for a server the deployment lacks, and for another master version', async () => {
    const { messages, loaded } = await messagesFor(
      base('  "checklistVersion": "0.9",\n  "components": ["Main server"],\n  "answers": { "CL-SRV1": { "components": { "Standby server": "Yes" } } }'),
    );
    expect(loaded).toBe(true);
    expect(messages).toEqual([
      'customer.json:3:3: warning /checklistVersion: Deployment was answered against version 0.9 of mini, the master is version 1.0: run `checklist upgrade` on this file to carry the answers over and mark the ones to review [version-mismatch]',
      'customer.json:5:45: warning /answers/CL-SRV1/components/Standby server: Standby server is not among this deployment\'s components, so this answer is not shown [hidden-answer]',
    ]);
  });

  it('a typo in the components list is one message that counts the answers naming the component meant, not a warning per answer', async () => {
    const { messages } = await messagesFor(
      base('  "components": ["Main server", "Standby srever"],\n  "answers": { "CL-SRV1": { "components": { "Main server": "Yes", "Standby server": "Yes" } } }'),
    );
    expect(messages).toEqual([
      'customer.json:3:33: error /components/1: Unknown component "Standby srever": the master\'s components are Main server, Standby server; did you mean "Standby server"? 1 answer names it (CL-SRV1), not shown until it is listed [unknown-component]',
    ]);
  });

  it("warns for what is written in a server's fields (its Version) where the deployment lacks that server", async () => {
    // The sample master's software item: a Version to write for each server, the Reporter server among them.
    const json = `{
  "checklist": "example-uc-server",
  "components": ["Main server", "Standby server"],
  "answers": { "CL-SF:SWstatus": { "fields": { "Main server": { "Version": "5.0.3" }, "Reporter server": { "Version": "5.0.1" }, "Standby server": { "Version": "" } } } }
}
`;
    const { messages, loaded } = await messagesFor(json, undefined, join(import.meta.dirname, '../../content'));
    expect(loaded).toBe(true);
    expect(messages).toEqual([
      'customer.json:4:87: warning /answers/CL-SF:SWstatus/fields/Reporter server: Reporter server is not among this deployment\'s components, so what is written in its fields is not shown [hidden-answer]',
    ]);
  });

  it('an unknown checklist, listing the known ones', async () => {
    const { messages } = await messagesFor('{ "checklist": "maxi" }');
    expect(messages).toEqual(['customer.json:1:3: error /checklist: No checklist "maxi" in test/fixtures/content/checklists: known are mini [unknown-checklist]']);
    const typo = await messagesFor('{ "checklist": "mnii" }');
    expect(typo.messages).toEqual(['customer.json:1:3: error /checklist: No checklist "mnii" in test/fixtures/content/checklists: known are mini; did you mean "mini"? [unknown-checklist]']);
  });
});
