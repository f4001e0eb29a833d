/**
 * An item with boxes for the whole (`Executed | Yes / No`) and rows for its parts after it
 * (`Authentication | Pre-shared key / Certificates`), as vendors' forms have them: every format
 * shows both, and what is ticked in the DOCX comes back.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { contentControls } from '../../src/fill/read-docx.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderDom } from '../html/dom.js';
import { runCli } from '../helpers/run-cli.js';
import { editDocx, partText, setBox } from './docx-edit.js';

const MASTER = `---
title: Parts
version: "1.0"
date: 2025-03-01
---

# Remote access

| CL-VPN1 Gateway | VPN for remote access |
| --- | --- |
| Measures | Use a VPN for every remote connection |
| Executed | Yes / No |
| Authentication | Pre-shared key / Certificates |
| Customer comments / reasons | |
`;

let content = '';
let deployment = '';
let docx: Uint8Array;
let html = '';

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-item-parts-'));
  content = join(dir, 'content');
  await mkdir(join(content, 'checklists'), { recursive: true });
  await mkdir(join(content, 'deployments'));
  await writeFile(join(content, 'checklists/parts.md'), MASTER);
  deployment = join(content, 'deployments/acme.json');
  await writeFile(deployment, '{\n  "checklist": "parts",\n  "customer": { "company": "Acme" },\n  "answers": { "CL-VPN1": { "status": "Yes", "components": { "Authentication": "Pre-shared key" } } }\n}\n');
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(deployment, { contentDir: content }, diagnostics);
  expect(diagnostics.messages).toEqual([]);
  const view = mergeDeployment(loaded!.master, loaded!.deployment, { name: loaded!.name });
  docx = await renderDocx(view, { pageNumbers: false });
  html = (await renderDom(view)).html;
}, 60_000);

describe('an item with boxes for the whole and rows for its parts', () => {
  it('has both in the HTML and the DOCX, each with its answer ticked', () => {
    expect(html).toMatch(/<tr class="component"><th scope="row">Authentication<\/th>/);
    const boxes = contentControls(partText(docx, 'word/document.xml')).filter((control) => control.kind === 'checkbox');
    expect(boxes.map((box) => [box.tag, box.checked])).toEqual([
      ['item/CL-VPN1/status=Yes', true],
      ['item/CL-VPN1/status=No', false],
      ['item/CL-VPN1/component/Authentication=Pre-shared key', true],
      ['item/CL-VPN1/component/Authentication=Certificates', false],
      // No party agreed for it: a box per party, for each phase.
      ...['installation', 'operation'].flatMap((phase) => ['Customer', 'Supplier', 'Shared'].map((party) => [`item/CL-VPN1/responsible/${phase}=${party}`, false])),
    ]);
  });

  it('imports what was ticked in the part row of the DOCX', async () => {
    const filled = editDocx(docx, {
      'word/document.xml': (xml) => setBox(setBox(xml, 'item/CL-VPN1/component/Authentication=Pre-shared key', false), 'item/CL-VPN1/component/Authentication=Certificates', true),
    });
    const file = join(content, '..', 'filled.docx');
    await writeFile(file, filled);
    const run = await runCli(['import', file, '--content', content]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await readFile(deployment, 'utf8')).answers['CL-VPN1']).toEqual({ status: 'Yes', components: { Authentication: 'Certificates' } });
  });
});
