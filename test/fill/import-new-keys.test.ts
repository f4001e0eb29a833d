/**
 * What import adds to a deployment that lacks it goes where a new deployment has it: a top-level
 * key (the supplier's details, the date, the systems covered, the open issues' date) in the order
 * of `checklist init`'s skeleton, not after `signatures`; a new answer object on one line when the
 * answers around it are one a line.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deploymentSkeleton } from '../../src/cli/init-command.js';
import { DEPLOYMENT_KEY_ORDER } from '../../src/deployment/key-order.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { editDocx, setBox, setText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

let fixture: ImportFixture;
beforeAll(async () => {
  // Built before the date, the supplier, the open issues' date and CL-SRV1's answer were written.
  fixture = await importFixture((text) =>
    text
      .replace(/\n {2}"date": .*,/, '')
      .replace(/\n {2}"supplier": .*,/, '')
      .replace(/\n {2}"openIssuesUntil": .*,/, '')
      .replace(/,\n {4}"CL-SRV1": .*/, ''),
  );
}, 60_000);
afterEach(() => fixture.reset());

describe('import adds keys where a new deployment has them', () => {
  it('top-level keys in the order of init\'s skeleton, a new answer one a line as its neighbours', async () => {
    expect(fixture.original).not.toMatch(/\n  "(supplier|date|coveredSystems|openIssuesUntil)"|"CL-SRV1"/);
    const filled = editDocx(fixture.docx, {
      'word/document.xml': (xml) =>
        [
          (x: string) => setText(x, 'overview/supplier/company', 'Beispiel Integration AG'),
          (x: string) => setText(x, 'overview/date', '2026-03-05'),
          (x: string) => setText(x, 'overview/coveredSystems', 'Mini Server 2.1 on srv-01'),
          (x: string) => setText(x, 'overview/openIssuesUntil', '2026-04-30'),
          (x: string) => setBox(x, 'item/CL-SRV1/component/Main server=Yes', true),
        ].reduce((text, edit) => edit(text), xml),
    });
    const run = await fixture.importFile(filled);
    expect(run.code, run.stderr).toBe(0);
    const keys = Object.keys(JSON.parse(run.text) as object);
    expect(keys).toEqual(DEPLOYMENT_KEY_ORDER.filter((key) => keys.includes(key)));
    expect(keys).toEqual(['$schema', 'checklist', 'checklistVersion', 'level', 'date', 'customer', 'supplier', 'coveredSystems', 'components', 'openIssuesUntil', 'responsible', 'answers', 'settings', 'signatures']);
    expect(run.text).toContain('\n  "date": "2026-03-05",\n  "customer": ');
    expect(run.text).toContain('\n  "supplier": { "company": "Beispiel Integration AG" },\n  "coveredSystems": "Mini Server 2.1 on srv-01",\n  "components": ');
    expect(run.text).toContain('\n    "CL-SRV1": { "components": { "Main server": "Yes" } }\n  },');
  });

  it('the order is the one init writes', () => {
    const master = parse(`${frontMatter}\n# A\n\n| CL-A1 Demo | Item |\n| --- | --- |\n| Executed | Yes / No |\n`).checklist;
    expect(Object.keys(deploymentSkeleton(master, 'medium', resolve('content/deployments')))).toEqual([...DEPLOYMENT_KEY_ORDER]);
  });
});
