/** One run reports every problem of a deployment: schema errors do not hide the semantic ones. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';

const contentDir = join(import.meta.dirname, '../fixtures/content');

async function messagesFor(json: string): Promise<{ messages: string[]; loaded: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-one-run-'));
  const path = join(dir, 'customer.json');
  await writeFile(path, json);
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(path, { contentDir }, diagnostics);
  return { messages: diagnostics.messages.map((message) => formatMessage(message).replace(`${dir}/`, '')), loaded: loaded !== null };
}

describe('a deployment with one mistake of each kind', () => {
  it('reports them all, each at its line with its JSON Pointer and rule', async () => {
    const json = [
      '{',
      '  "checklist": "mini",',
      '  "levle": "medium",',
      '  "level": "extreme",',
      '  "date": "2026-02-30",',
      '  "components": ["Main server", "Backup server"],',
      '  "answers": {',
      '    "CL-PWD9": { "status": "Yes" },',
      '    "CL-PWD1": { "status": "Maybe", "comment": 5 },',
      '    "CL-SRV1": {',
      '      "components": { "Reporter": "Yes" },',
      '      "fields": { "Browser on client": { "Version": "1" }, "Browser on clients": { "Verison": "2" } }',
      '    }',
      '  },',
      '  "settings": { "Minimal password lenght": "12" },',
      '  "signatures": [',
      '    { "party": "customer", "date": "2026-13-01" },',
      '    { "party": "customer", "date": "2028-02-29" }',
      '  ]',
      '}',
    ].join('\n');
    const { messages, loaded } = await messagesFor(json);
    expect(loaded).toBe(false);
    expect(messages).toEqual([
      expect.stringMatching(/^customer\.json:3:3: error \/levle: Unknown key "levle": did you mean "level"\? \[unknown-key\]$/),
      'customer.json:4:3: error /level: Unknown level "extreme": use one of minimum, medium, maximum [unknown-level]',
      'customer.json:5:3: error /date: "2026-02-30" is not a date in the calendar: write a real date, YYYY-MM-DD [date]',
      'customer.json:6:33: error /components/1: Unknown component "Backup server": the master\'s components are Main server, Standby server [unknown-component]',
      'customer.json:8:5: error /answers/CL-PWD9: No item CL-PWD9 in checklist mini; did you mean "CL-PWD1"? [unknown-item]',
      'customer.json:9:18: error /answers/CL-PWD1/status: "Maybe" is not an option of CL-PWD1: use one of Yes, No [unknown-option]',
      'customer.json:9:37: error /answers/CL-PWD1/comment: Must be a string [wrong-type]',
      'customer.json:11:23: error /answers/CL-SRV1/components/Reporter: Unknown component "Reporter" for CL-SRV1: its component rows are Main server, Standby server, Browser on clients [unknown-component]',
      'customer.json:12:19: error /answers/CL-SRV1/fields/Browser on client: No row "Browser on client" with write-in fields in CL-SRV1, so the value would not be shown: did you mean "Browser on clients"? [unknown-field]',
      'customer.json:12:84: error /answers/CL-SRV1/fields/Browser on clients/Verison: No field "Verison" in CL-SRV1 / Browser on clients, so the value would not be shown: did you mean "Version"? [unknown-field]',
      'customer.json:15:17: error /settings/Minimal password lenght: No fillable table has a row "Minimal password lenght"; did you mean "Minimal password length"? [unknown-setting]',
      'customer.json:17:28: error /signatures/0/date: "2026-13-01" is not a date in the calendar: write a real date, YYYY-MM-DD [date]',
      'customer.json:18:7: error /signatures/1/party: A second signature for the customer (the first is /signatures/0): only one is printed; remove one [duplicate-signature]',
    ]);
  });

  it('write-in fields of the right row and name pass, for a component row and for Executed', async () => {
    const { messages, loaded } = await messagesFor('{ "checklist": "mini", "answers": { "CL-SRV1": { "fields": { "browser ON clients": { "version": "128" } } } } }');
    expect(messages).toEqual([]);
    expect(loaded).toBe(true);
  });
});
