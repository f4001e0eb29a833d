/**
 * Who is responsible for an item, where the deployment leaves it open (no party in the item's
 * answer nor at the top level): a box per party in every format, ticked in the DOCX or chosen in
 * the form, and imported into the item's answer as the deployment names parties
 * (`"responsible": { "operation": "customer" }`), the rest of the file byte for byte.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentControls } from '../../src/fill/read-docx.js';
import { runCli } from '../helpers/run-cli.js';
import { editDocx, partText, setBox } from './docx-edit.js';

const MASTER = `---
title: Parties
version: "1.0"
date: 2025-03-01
---

# Remote access

| CL-VPN1 Gateway | VPN for remote access |
| --- | --- |
| Executed | Yes / No |

| CL-FW1 Gateway | Firewall rules reviewed |
| --- | --- |
| Executed | Yes / No |
`;

// CL-VPN1's installation is agreed; nothing else is.
const DEPLOYMENT = `{
  "checklist": "parties",
  "customer": { "company": "Acme" },
  "answers": {
    "CL-VPN1": { "status": "Yes", "responsible": { "installation": "supplier" } }
  }
}
`;

let dir = '';
let content = '';
let deployment = '';

async function build(format: string): Promise<string> {
  const out = join(dir, `out-${format}-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(['build', '--content', content, '--out', out, '--format', format]);
  expect(run.code, run.stderr).toBe(0);
  return join(out, 'acme');
}

/** The DOCX built now, with these boxes ticked as Word saves them. */
async function docxTicking(...tags: string[]): Promise<Uint8Array> {
  const docx = await readFile(join(await build('docx'), 'parties-1.0.docx'));
  return editDocx(docx, { 'word/document.xml': (xml) => tags.reduce((edited, tag) => setBox(edited, tag, true), xml) });
}

async function importFile(name: string, bytes: Uint8Array | string) {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return runCli(['import', file, '--content', content]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checklist-responsible-'));
  content = join(dir, 'content');
  await mkdir(join(content, 'checklists'), { recursive: true });
  await mkdir(join(content, 'deployments'));
  await writeFile(join(content, 'checklists/parties.md'), MASTER);
  deployment = join(content, 'deployments/acme.json');
});
beforeEach(() => writeFile(deployment, DEPLOYMENT));

describe('a phase no party is agreed for', () => {
  it('has a box per party in the DOCX, and the party agreed as text', async () => {
    const docx = await readFile(join(await build('docx'), 'parties-1.0.docx'));
    const xml = partText(docx, 'word/document.xml');
    const boxes = contentControls(xml).filter((control) => control.tag.includes('/responsible/')).map((control) => control.tag);
    expect(boxes).toEqual([
      ...['Customer', 'Supplier', 'Shared'].map((party) => `item/CL-VPN1/responsible/operation=${party}`),
      ...['installation', 'operation'].flatMap((phase) => ['Customer', 'Supplier', 'Shared'].map((party) => `item/CL-FW1/responsible/${phase}=${party}`)),
    ]);
    expect(xml).toContain('>Supplier<');
  }, 60_000);

  it('imports the parties ticked in the DOCX into the items\' answers, editing the JSON in place', async () => {
    const run = await importFile('filled.docx', await docxTicking('item/CL-VPN1/responsible/operation=Customer', 'item/CL-FW1/responsible/installation=Shared'));
    expect(run.code, run.stderr).toBe(0);
    const text = await readFile(deployment, 'utf8');
    expect(JSON.parse(text).answers).toEqual({
      'CL-VPN1': { status: 'Yes', responsible: { installation: 'supplier', operation: 'customer' } },
      'CL-FW1': { responsible: { installation: 'shared' } },
    });
    // In place: what was there before is as it was.
    expect(text).toContain('"customer": { "company": "Acme" },');
    const html = await readFile(join(await build('html'), 'parties-1.0.html'), 'utf8');
    expect(html).toContain('Installation: <span class="value">Shared</span>');
  }, 60_000);

  it('refuses two parties ticked for one phase, writing nothing', async () => {
    const run = await importFile('twice.docx', await docxTicking('item/CL-FW1/responsible/operation=Customer', 'item/CL-FW1/responsible/operation=Supplier'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CL-FW1 responsible operation: 2 boxes are ticked (Customer, Supplier); tick one');
    expect(await readFile(deployment, 'utf8')).toBe(DEPLOYMENT);
  }, 60_000);

  it('is a radio group per phase in the form, whose saved choice imports the same way', async () => {
    const form = await readFile(join(await build('form'), 'parties-1.0-form.html'), 'utf8');
    const radios = [...form.matchAll(/<input type="radio" name="(item\/CL-FW1\/responsible\/[a-z]+)" value="([A-Za-z]+)"/g)].map((match) => `${match[1]}=${match[2]}`);
    expect(radios).toEqual(['installation', 'operation'].flatMap((phase) => ['Customer', 'Supplier', 'Shared'].map((party) => `item/CL-FW1/responsible/${phase}=${party}`)));
    // What the form's script saves: its record, and every answer by its input's name.
    const record = JSON.parse(/<script type="application\/json" id="checklist-form-data">([^<]*)<\/script>/.exec(form)![1]!) as Record<string, unknown>;
    const saved = { format: 'checklist-answers', ...record, answers: { 'item/CL-FW1/responsible/operation': 'Supplier' } };
    const run = await importFile('answers.json', JSON.stringify(saved));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await readFile(deployment, 'utf8')).answers['CL-FW1']).toEqual({ responsible: { operation: 'supplier' } });
  }, 60_000);
});
