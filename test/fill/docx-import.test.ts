/**
 * `checklist import` of a DOCX: every box is a checkbox control and every write-in a text
 * control with a tag; importing the file unchanged leaves the deployment byte for byte; ticking
 * and typing in its XML imports exactly those answers; each bad input is one clear error and
 * nothing is written.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { answerSlots } from '../../src/fill/answers.js';
import { contentControls } from '../../src/fill/read-docx.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { editDocx, partText, setBox, setText } from './docx-edit.js';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { answersOf } from './helpers.js';

const DOC = 'word/document.xml';
let dir: string;
let content: string;
let deployment: string;
let docx: Uint8Array;
let original: string;

async function fixture(): Promise<void> {
  dir = await mkdtemp(join(tmpdir(), 'checklist-import-'));
  content = join(dir, 'content');
  await cp(join(repoRoot, 'test/fixtures/content'), content, { recursive: true });
  deployment = join(content, 'deployments', 'acme.json');
  original = await readFile(deployment, 'utf8');
  const loaded = (await loadDeployment(deployment, { contentDir: content }, new Diagnostics()))!;
  docx = await renderDocx(mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name }), { pageNumbers: false });
}

/** Writes a DOCX and imports it; the run and the deployment's text after it. */
async function importDocx(bytes: Uint8Array, ...args: string[]) {
  const json = bytes[0] === 0x7b;
  const file = join(dir, `filled-${Math.random().toString(36).slice(2)}.${json ? 'json' : 'docx'}`);
  await writeFile(file, bytes);
  const run = await runCli(['import', file, '--content', content, ...args]);
  return { ...run, text: await readFile(deployment, 'utf8') };
}

beforeAll(fixture, 60_000);
// Every test starts from the deployment as it was.
afterEach(async () => writeFile(deployment, original));

describe('the DOCX content controls', () => {
  it('has a tagged checkbox control for every box and a tagged text control for every write-in', async () => {
    const xml = partText(docx, DOC);
    const controls = contentControls(xml).filter((control) => control.tag !== '');
    const boxes = controls.filter((control) => control.kind === 'checkbox').map((control) => control.tag);
    // A write-in of several lines is a control per line, all with its tag.
    const texts = [...new Set(controls.filter((control) => control.kind === 'text').map((control) => control.tag))];
    // CL-PWD1 Yes/No; CL-SRV1 Main server and Browser on clients (Standby is not deployed); CL-VPN1 is level maximum.
    expect(boxes).toEqual([
      'item/CL-PWD1/status=Yes',
      'item/CL-PWD1/status=No',
      'item/CL-SRV1/component/Main server=Yes',
      'item/CL-SRV1/component/Main server=No',
      'item/CL-SRV1/component/Browser on clients=Yes',
      'item/CL-SRV1/component/Browser on clients=No',
    ]);
    expect(texts).toEqual(
      expect.arrayContaining(['item/CL-PWD1/comment', 'item/CL-SRV1/comment', 'item/CL-SRV1/field/Browser on clients/Version', 'setting/Minimal password length', 'setting/Password history', 'signature/customer/name', 'signature/supplier/date']),
    );
    // Comments, a Version, settings, the signature block's fields, the overview's details and facts.
    expect(texts).toEqual(expect.arrayContaining(['overview/customer/telephone', 'overview/supplier/email', 'overview/generalRemark', 'overview/date']));
    expect(texts).toHaveLength(2 + 1 + 2 + 8 + 10 + 4);
    // Toggled by Word on a click: the states and what each shows.
    expect(xml).toContain('<w14:checkedState w14:val="2612"');
    expect(xml).toContain('<w14:uncheckedState w14:val="2610"');
    const yes = contentControls(xml).find((control) => control.tag === 'item/CL-PWD1/status=Yes')!;
    expect([yes.checked, yes.text]).toEqual([true, '☒']);
    const properties = partText(docx, 'docProps/custom.xml');
    for (const name of ['checklist.id', 'checklist.version', 'checklist.deployment', 'checklist.fingerprint', 'checklist.original.1']) expect(properties).toContain(`name="${name}"`);
  });

  it('is built byte for byte the same twice', async () => {
    const loaded = (await loadDeployment(deployment, { contentDir: content }, new Diagnostics()))!;
    const again = await renderDocx(mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name }), { pageNumbers: false });
    expect(Buffer.from(again).equals(Buffer.from(docx))).toBe(true);
  });
});

describe('checklist import FILE.docx', () => {
  it('imports the file unchanged without touching the deployment', async () => {
    const run = await importDocx(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(original);
  });

  it('imports exactly what was ticked and typed, editing the JSON in place', async () => {
    const before = await answersOf(deployment, content);
    const filled = editDocx(docx, {
      [DOC]: (xml) =>
        [
          (x: string) => setBox(x, 'item/CL-PWD1/status=Yes', false),
          (x: string) => setBox(x, 'item/CL-PWD1/status=No', true),
          (x: string) => setBox(x, 'item/CL-SRV1/component/Main server=No', false),
          (x: string) => setBox(x, 'item/CL-SRV1/component/Main server=Yes', true),
          (x: string) => setText(x, 'item/CL-SRV1/comment', 'Patched on site\n"Standby" next week & <then> done'),
          (x: string) => setText(x, 'setting/Password history', '10'),
          (x: string) => setText(x, 'signature/supplier/name', 'Lukas Schäfer'),
        ].reduce((text, edit) => edit(text), xml),
    });
    const dry = await importDocx(filled, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.text).toBe(original);
    expect(dry.stdout).toContain('CL-PWD1\n  status: "Yes" → "No"\n');
    const run = await importDocx(filled);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(dry.stdout.replace(/Dry run: 5 answers would change in (.*); nothing was written/, '5 answers changed in $1'));
    const expected = new Map(before)
      .set('item/CL-PWD1/status', 'No')
      .set('item/CL-SRV1/component/Main server', 'Yes')
      .set('item/CL-SRV1/comment', 'Patched on site\n"Standby" next week & <then> done')
      .set('setting/Password history', '10')
      .set('signature/supplier/name', 'Lukas Schäfer');
    expect(await answersOf(deployment, content)).toEqual(expected);
    // In place: the lines not answered stay as they were.
    expect(run.text).toContain('"customer": { "company": "Müller Klinikum GmbH", "name": "Jana Müller", "address": "Königstraße 12, 50667 Köln" },');
    expect(run.text).toContain('"CL-PWD1": { "status": "No", "comment": "Done on 10:30\\nby the supplier", "responsible": { "operation": "shared" } },');
    // A second import of the same file changes nothing more.
    const again = await importDocx(filled);
    expect(again.stdout).toContain('No answer changed');
    expect(again.text).toBe(run.text);
  }, 60_000);

  it('keeps a tab typed between words (Word writes it as a run of its own), not what is left of a line to write on', async () => {
    const typed = (xml: string) => setText(xml, 'setting/Password history', 'x').replace('<w:t xml:space="preserve">x</w:t>', '<w:tab/><w:t xml:space="preserve">VLAN</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">250</w:t><w:tab/>');
    const run = await importDocx(editDocx(docx, { [DOC]: typed }));
    expect(run.code, run.stderr).toBe(0);
    expect(new Map(await answersOf(deployment, content)).get('setting/Password history')).toBe('VLAN\t250');
  });
});

describe('the deployment overview filled in the DOCX', () => {
  it('imports the contact details and facts written there into the deployment, in place', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) =>
        [
          (x: string) => setText(x, 'overview/customer/telephone', '+49 221 4711'),
          (x: string) => setText(x, 'overview/supplier/email', 'service@example.org'),
          (x: string) => setText(x, 'overview/generalRemark', 'Standby server follows in May'),
          (x: string) => setText(x, 'overview/date', '2026-03-05'),
        ].reduce((text, edit) => edit(text), xml),
    });
    const run = await importDocx(filled);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('overview\n  customer telephone: (empty) → "+49 221 4711"\n');
    const written = JSON.parse(run.text);
    expect([written.customer.telephone, written.supplier.email, written.generalRemark, written.date]).toEqual(['+49 221 4711', 'service@example.org', 'Standby server follows in May', '2026-03-05']);
    // In place: the customer's line keeps its other details as they were written.
    expect(run.text).toContain('"customer": { "company": "Müller Klinikum GmbH", "name": "Jana Müller", "address": "Königstraße 12, 50667 Köln", "telephone": "+49 221 4711" },');
  });

  it('refuses a date not written as the deployment writes dates, saying how to write it', async () => {
    const run = await importDocx(editDocx(docx, { [DOC]: (xml) => setText(xml, 'overview/openIssuesUntil', '30.04.2026') }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('overview openIssuesUntil: "30.04.2026" is not a date as the deployment writes it: write it as YYYY-MM-DD (2026-04-30)');
    expect(run.text).toBe(original);
  });
});

describe('checklist import refuses, writing nothing', () => {
  const refused = async (bytes: Uint8Array, message: RegExp, ...args: string[]) => {
    const run = await importDocx(bytes, ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('nothing was written');
    expect(run.text).toBe(original);
  };
  const xmlEdit = (edit: (xml: string) => string) => editDocx(docx, { [DOC]: edit });

  it('a file checklist did not make', async () => {
    await refused(editDocx(docx, { 'docProps/custom.xml': (xml) => xml.replace(/checklist\.generator/, 'something.else') }), /not made by checklist/);
    await refused(new TextEncoder().encode('{"answers": {}}'), /Not answers saved by a checklist form/);
  });

  it('a tag naming no item, and a box that is no option', async () => {
    await refused(xmlEdit((xml) => xml.replace('item/CL-PWD1/comment"', 'item/CL-NOPE/comment"')), /"item\/CL-NOPE\/comment" names no item of mini: there is no CL-NOPE \[import-tag\]/);
    await refused(xmlEdit((xml) => setBox(setBox(xml.replace('item/CL-PWD1/status=No"', 'item/CL-PWD1/status=Maybe"'), 'item/CL-PWD1/status=Maybe', true), 'item/CL-PWD1/status=Yes', false)), /box "Maybe" is not an option; its options are Yes, No/);
  });

  it('text typed after a field, outside it, in the field\'s cell or as a paragraph of its own there', async () => {
    // Where Word puts what is typed past a field's end: a run after the control, or a new paragraph in the cell.
    const afterComment = (extra: string) => (xml: string) => {
      const at = xml.indexOf('</w:sdt>', xml.indexOf('w:val="item/CL-PWD1/comment"')) + '</w:sdt>'.length;
      return `${xml.slice(0, at)}${extra}${xml.slice(at)}`;
    };
    await refused(xmlEdit(afterComment('<w:r><w:t xml:space="preserve"> Update: CA replaced 2026-04.</w:t></w:r>')), /"Update: CA replaced 2026-04\." is typed beside the field ".*", outside it, so it would not be imported: cut it and paste it inside the field, then import again \[import-outside-field\]/);
    const newParagraph = (xml: string) => {
      const cell = xml.indexOf('</w:tc>', xml.indexOf('w:val="item/CL-PWD1/comment"'));
      return `${xml.slice(0, cell)}<w:p><w:r><w:t>Second line</w:t></w:r></w:p>${xml.slice(cell)}`;
    };
    await refused(xmlEdit(newParagraph), /"Second line" is typed beside the field/);
  });

  it('text typed or changed anywhere outside the fields: a party on the Responsible line, a measure, a note between items', async () => {
    const changed = (from: string, to: string) => (xml: string) => {
      expect(xml).toContain(from);
      return xml.replace(from, to);
    };
    // "Customer" is in the deployment overview too: it counts where it was typed.
    await refused(xmlEdit(changed('>Operation: <', '>Operation: Customer, not <')), /"Installation: Supplier Operation: Customer, not Shared" is typed or changed outside the document's fields \(after the field "CL-PWD1 comment"\), where import reads nothing, so it would be lost: write it into a field \(an item's comment\) or undo it, then import again \[import-outside-field\]/);
    await refused(xmlEdit(changed('Change every default password', 'Change every default password (done for the BIOS too)')), /"Change every default password \(done for the BIOS too\)" is typed or changed outside/);
    const afterFirstTable = (xml: string) => {
      const at = xml.indexOf('</w:tbl>') + '</w:tbl>'.length;
      return `${xml.slice(0, at)}<w:p><w:r><w:t>Site visit: the standby server is rebuilt next week.</w:t></w:r></w:p>${xml.slice(at)}`;
    };
    await refused(xmlEdit(afterFirstTable), /"Site visit: the standby server is rebuilt next week\." is typed or changed outside/);
    // At the end of a long paragraph, the message shows its end.
    const sentence = 'The server sends mail through SMTP.';
    const long = `${sentence} It relays through the customer's gateway on port 587 only, checked on site.`;
    await refused(xmlEdit(changed('Change every default password', long)), /"The server sends mail through SMTP\. It r … y on port 587 only, checked on site\." is typed or changed outside/);
    // A field a reader inserted (a date) and a symbol count as typed; page numbers and contents Word writes anew do not.
    const inMeasure = (runs: string) => changed('Change every default password', `Change every default password</w:t></w:r>${runs}<w:r><w:t xml:space="preserve">`);
    const dateField = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>01.04.2026 checked</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    await refused(xmlEdit(inMeasure(dateField)), /"Change every default password01\.04\.2026 checked" is typed or changed outside/);
    await refused(xmlEdit(inMeasure('<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>')), /"Change every default password\uFFFC" is typed or changed outside/);
    // A footnote a reader inserts: its mark changes the paragraph it is in.
    await refused(xmlEdit(inMeasure('<w:r><w:footnoteReference w:id="7"/></w:r>')), /"Change every default password\u2020" is typed or changed outside/);
    // A record of other rules (another version of the tool) is not compared.
    const otherRules = editDocx(docx, { 'customXml/item1.xml': (xml) => xml.replace('rules="2"', 'rules="1"'), [DOC]: changed('Change every default password', 'Changed by hand') });
    expect((await importDocx(otherRules)).stderr).not.toContain('import-outside-field');
  });

  it('a review comment, which import does not read, naming who wrote it, what it says and the field before it', async () => {
    const parts = unzipSync(docx);
    const xml = strFromU8(parts[DOC]!);
    const at = xml.indexOf('</w:sdt>', xml.indexOf('w:val="item/CL-PWD1/comment"')) + '</w:sdt>'.length;
    parts[DOC] = strToU8(`${xml.slice(0, at)}<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${xml.slice(at)}`);
    parts['word/comments.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Jana Müller" w:initials="JM"><w:p><w:r><w:t>Please check the standby server too.</w:t></w:r></w:p></w:comment></w:comments>');
    await refused(zipSync(parts), /A review comment by "Jana Müller" \(after the field "CL-PWD1 comment"\) says "Please check the standby server too\.", which import does not read, so it would be lost: write it into a field \(an item's comment\) and delete the review comment, then import again \[import-comment\]/);
  });

  it('what a word processor changes by itself outside the fields is no typed text', async () => {
    const asWordSaves = (xml: string) =>
      xml
        // Runs split where a spelling mark goes, revision ids on paragraphs.
        .replace(/<w:r><w:t xml:space="preserve">(\w+)(\s)/g, '<w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">$1</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve">$2')
        .replace(/<w:p>/g, '<w:p w14:paraId="1A2B3C4D" w:rsidR="00C41D2A">')
        // A field's result updated (a page number), and a tracked deletion.
        .replace('</w:body>', '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:del w:id="9" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p></w:body>');
    const run = await importDocx(xmlEdit((xml) => setText(asWordSaves(xml), 'item/CL-PWD1/comment', 'Checked again')));
    expect(run.stderr).not.toContain('import-outside-field');
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toContain('"comment": "Checked again"');
  });

  it('two boxes of one answer ticked', async () => {
    await refused(xmlEdit((xml) => setBox(xml, 'item/CL-PWD1/status=No', true)), /CL-PWD1 status: 2 boxes are ticked \(Yes, No\); tick one/);
  });

  it('a file made from another deployment or master version, unless --force', async () => {
    const other = join(content, 'deployments', 'other.json');
    await writeFile(other, original);
    const run = await importDocx(docx, '--into', other);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Made from deployment "acme", not from "other"; use --force');
    const forced = await importDocx(docx, '--into', other, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    const older = editDocx(docx, { 'docProps/custom.xml': (xml) => xml.replace('<vt:lpwstr>1.0</vt:lpwstr>', '<vt:lpwstr>0.9</vt:lpwstr>') });
    await refused(older, /Made from version 0.9 of mini, the master is now version 1.0; use --force/);
  });

  it('a field changed both in the deployment since the build and in the file', async () => {
    const filled = xmlEdit((xml) => setText(xml, 'item/CL-PWD1/comment', 'Changed in Word'));
    const changed = original.replace('Done on 10:30\\nby the supplier', 'Changed in the JSON');
    await writeFile(deployment, changed);
    const run = await importDocx(filled);
    expect(run.code).toBe(1);
    // The message names where in the deployment the other change is (it named the item only).
    expect(run.stderr).toContain('CL-PWD1 comment: changed in the deployment (/answers/CL-PWD1/comment) since the file was built ("Done on 10:30\\nby the supplier" → "Changed in the JSON") and in the file (→ "Changed in Word")');
    expect(run.text).toBe(changed);
    // A change in the deployment alone is no conflict: the file's untouched answer leaves it be.
    const other = await importDocx(xmlEdit((xml) => setText(xml, 'setting/Password history', '3')));
    expect(other.code, other.stderr).toBe(0);
    expect(other.text).toBe(changed.replace('"Minimal password length": "12" }', '"Minimal password length": "12", "Password history": "3" }'));
  }, 60_000);
});

describe('answer slots', () => {
  it('name every box and write-in of the master', async () => {
    const responsible = (id: string) => [`item/${id}/responsible/installation`, `item/${id}/responsible/operation`];
    const loaded = (await loadDeployment(deployment, { contentDir: content }, new Diagnostics()))!;
    expect([...answerSlots(loaded.master).keys()]).toEqual([
      'item/CL-PWD1/status',
      'item/CL-PWD1/comment',
      ...responsible('CL-PWD1'),
      'item/CL-SRV1/component/Main server',
      'item/CL-SRV1/component/Standby server',
      'item/CL-SRV1/component/Browser on clients',
      'item/CL-SRV1/field/Browser on clients/Version',
      'item/CL-SRV1/comment',
      ...responsible('CL-SRV1'),
      'item/CL-VPN1/status',
      'item/CL-VPN1/comment',
      ...responsible('CL-VPN1'),
      'setting/Minimal password length',
      'setting/Password history',
      ...['customer', 'supplier'].flatMap((party) => ['name', 'role', 'place', 'date'].map((field) => `signature/${party}/${field}`)),
      ...['customer', 'supplier'].flatMap((party) => ['company', 'name', 'address', 'telephone', 'email'].map((field) => `overview/${party}/${field}`)),
      ...['coveredSystems', 'generalRemark', 'openIssuesUntil', 'date'].map((field) => `overview/${field}`),
    ]);
  });
});

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('a filled DOCX in LibreOffice', () => {
  it('opens, with the boxes as ticked and the text as typed', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) => setText(setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true), 'setting/Password history', 'Twenty-four passwords'),
    });
    const { filled: text } = await libreOfficeText({ filled });
    expect(text).toContain('Twenty-four passwords');
    expect(text).toMatch(/☐\s*Yes\s+☒\s*No/);
  }, 120_000);
});
