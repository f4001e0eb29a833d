/**
 * A DOCX whose content controls lost their tags: LibreOffice drops every tag (and a checkbox's
 * name) when it saves. Import tells each control by its place in the document built again from
 * the master and the answers the file records, and imports exactly what was ticked and typed;
 * when the places do not match it says so in one line. A single control without a tag is named
 * as what it is.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentControls } from '../../src/fill/read-docx.js';
import { hasLibreOffice, savedByLibreOffice } from '../docx/helpers.js';
import { editDocx, partText, setBox, setText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
let fixture: ImportFixture;
let filled: Uint8Array;

/** What a technician ticks and types, as Word saves it: boxes, a version, a comment, a setting, a name. */
const fill = (bytes: Uint8Array, edits: ((xml: string) => string)[]) => editDocx(bytes, { [DOC]: (xml) => edits.reduce((text, edit) => edit(text), xml) });
const technician = [
  (xml: string) => setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true),
  (xml: string) => setBox(setBox(xml, 'item/CL-SRV1/component/Main server=No', false), 'item/CL-SRV1/component/Main server=Yes', true),
  (xml: string) => setText(xml, 'item/CL-SRV1/field/Browser on clients/Version', '131'),
  (xml: string) => setText(xml, 'item/CL-SRV1/comment', 'Patched on site, "Standby" next week & <then> done'),
  (xml: string) => setText(xml, 'setting/Password history', '10'),
  (xml: string) => setText(xml, 'signature/supplier/name', 'Lukas Schäfer'),
];

/** The tags gone, and a checkbox's name with them, as LibreOffice 7.4 saves it. */
const withoutTags = (bytes: Uint8Array) =>
  editDocx(bytes, { [DOC]: (xml) => xml.replace(/<w:tag w:val="[^"]*"\/>/g, '').replace(/<w:alias w:val="[^"]*"\/>(?=<w14:checkbox>)/g, '') });

beforeAll(async () => {
  fixture = await importFixture();
  filled = fill(fixture.docx, technician);
}, 60_000);
afterEach(() => fixture.reset());

/** The import of the file with its tags, to compare with: its output and the deployment it writes. */
async function withTags(bytes: Uint8Array) {
  const run = await fixture.importFile(bytes);
  await fixture.reset();
  expect(run.code, run.stderr).toBe(0);
  return run;
}

const samePrint = (stdout: string) => stdout.replace(/ in .*acme\.json/, ' in acme.json');

async function refusedInOneLine(bytes: Uint8Array, deployment = fixture.original) {
  const run = await fixture.importFile(bytes);
  expect(run.code).toBe(1);
  expect(run.text).toBe(deployment);
  const errors = run.stderr.split('\n').filter((line) => line.includes(' error '));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('a DOCX whose controls lost their tags', () => {
  it('imports by the place of each control exactly what the tagged file imports', async () => {
    const expected = await withTags(filled);
    const run = await fixture.importFile(withoutTags(filled));
    expect(run.code, run.stderr).toBe(0);
    expect(samePrint(run.stdout)).toBe(samePrint(expected.stdout));
    expect(run.text).toBe(expected.text);
    expect(run.text).toContain('"CL-PWD1": { "status": "No", "comment": "Done on 10:30\\nby the supplier"');
  });

  it('imports a value of several lines replaced by one line: the controls of its further lines deleted with them', async () => {
    const replaced = fill(fixture.docx, [(xml) => setText(xml, 'item/CL-PWD1/comment', 'Done again by the customer')]);
    const expected = await withTags(replaced);
    expect(expected.text).toContain('"comment": "Done again by the customer"');
    const run = await fixture.importFile(withoutTags(replaced));
    expect(run.code, run.stderr).toBe(0);
    expect(samePrint(run.stdout)).toBe(samePrint(expected.stdout));
    expect(run.text).toBe(expected.text);
  });

  it('leaves the deployment as it was when nothing was changed', async () => {
    const run = await fixture.importFile(withoutTags(fixture.docx));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(fixture.original);
  });

  it('refuses in one line, saying what to do, when the places do not match the document built again', async () => {
    // The level changed since the build: CL-VPN1 (maximum) now has boxes the file lacks.
    const raised = fixture.original.replace('"level": "medium"', '"level": "maximum"');
    await writeFile(fixture.deployment, raised);
    const line = await refusedInOneLine(withoutTags(filled), raised);
    expect(line).toMatch(/:1:1: error The content controls of this document have lost their tags, which name the answers \(LibreOffice drops them when it saves a DOCX\), and they are not those of the document built again from this deployment .*: fill the document in Word, or use the fillable HTML form \(checklist build --format form\), and import that \[import-tag\]$/);
  });

  it('refuses in one line, even with --force, a file of another master version that git cannot give: its places are that version\'s', async () => {
    const older = editDocx(withoutTags(filled), { 'docProps/custom.xml': (xml) => xml.replace('<vt:lpwstr>1.0</vt:lpwstr>', '<vt:lpwstr>0.9</vt:lpwstr>') });
    const run = await fixture.importFile(older, '--force');
    expect(run.code).toBe(1);
    expect(run.text).toBe(fixture.original);
    expect(run.stderr.split('\n').filter((line) => line.includes(' error '))).toEqual([
      expect.stringMatching(/error The content controls of this document have lost their tags, .* and it was made from version 0\.9 of mini, which git does not give \(the master's is 1\.0\), so they cannot be told by their place: fill the document in Word/),
    ]);
  });

  it('names a single control without a tag as what it is, a checkbox or a plain-text control', async () => {
    const untagged = editDocx(fixture.docx, { [DOC]: (xml) => xml.replace('<w:tag w:val="item/CL-PWD1/status=No"/>', '') });
    const line = await refusedInOneLine(untagged);
    expect(line).toMatch(/:1:1: error The checkbox content control "CL-PWD1 Executed: No" has no tag, which names its answer: it was changed; build the document again \[import-tag\]$/);
    const text = editDocx(fixture.docx, { [DOC]: (xml) => xml.replace('<w:tag w:val="setting/Password history"/>', '') });
    expect(await refusedInOneLine(text)).toContain('error The plain-text content control "Customer setting: Password history" has no tag');
  });
});

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('a DOCX filled in and saved by LibreOffice', () => {
  let saved: { unchanged: Uint8Array; filled: Uint8Array; twoLines: Uint8Array; viaOdt: Uint8Array; annexViaOdt: Uint8Array; annex: Uint8Array; offer: Uint8Array; typedOutside: Uint8Array };
  /** The annex with the overview and a signature filled in. */
  let annex: Uint8Array;
  beforeAll(async () => {
    const twoLines = fill(fixture.docx, [(xml) => setText(xml, 'item/CL-SRV1/comment', 'Patched on site\nStandby next week')]);
    annex = fill(await fixture.variant('annex'), [(xml) => setText(xml, 'overview/customer/name', 'Okan Demir'), (xml) => setText(xml, 'signature/supplier/name', 'Lukas Schäfer')]);
    saved = {
      unchanged: await savedByLibreOffice(fixture.docx),
      filled: await savedByLibreOffice(filled),
      twoLines: await savedByLibreOffice(twoLines),
      viaOdt: await savedByLibreOffice(filled, { via: 'odt' }),
      annexViaOdt: await savedByLibreOffice(annex, { via: 'odt' }),
      annex: await savedByLibreOffice(annex),
      offer: await savedByLibreOffice(await fixture.variant('offer')),
      // A note typed under a measure, outside every field.
      typedOutside: await savedByLibreOffice(fill(filled, [(xml) => xml.replace('Change every default password', 'Change every default password, the BIOS one too')])),
    };
  }, 240_000);

  it('has lost every tag, and each checkbox its name', () => {
    const controls = contentControls(partText(saved.filled, DOC)).filter((control) => control.kind !== 'other');
    expect(controls).toHaveLength(contentControls(partText(filled, DOC)).filter((control) => control.tag !== '').length);
    expect(controls.every((control) => control.tag === '')).toBe(true);
    expect(controls.filter((control) => control.kind === 'checkbox').every((control) => control.alias === '')).toBe(true);
  });

  it('imports exactly what was ticked and typed, as the file Word saved does', async () => {
    const expected = await withTags(filled);
    const run = await fixture.importFile(saved.filled);
    expect(run.code, run.stderr).toBe(0);
    expect(samePrint(run.stdout)).toBe(samePrint(expected.stdout));
    expect(run.text).toBe(expected.text);
  });

  it('refuses text typed outside the fields, as in a file Word saved: the record of the text outside them survives the save', async () => {
    const line = await refusedInOneLine(saved.typedOutside);
    expect(line).toContain('error "Change every default password, the BIOS one too" is typed or changed outside the document\'s fields');
  });

  it('imports an unchanged document as no change, its empty fields too', async () => {
    const run = await fixture.importFile(saved.unchanged);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(fixture.original);
  });

  it('imports the annex and the offer by the place of each control, as the files Word saved do', async () => {
    const expected = await withTags(annex);
    const run = await fixture.importFile(saved.annex);
    expect(run.code, run.stderr).toBe(0);
    expect(samePrint(run.stdout)).toBe(samePrint(expected.stdout));
    expect(run.text).toBe(expected.text);
    await fixture.reset();
    const offer = await fixture.importFile(saved.offer);
    expect(offer.code, offer.stderr).toBe(0);
    expect(offer.stdout).toContain('No answer changed');
  });

  it('refuses a document saved as ODT and back, whose fields are plain text now: the annex was imported as no change', async () => {
    expect(contentControls(partText(saved.annexViaOdt, DOC))).toEqual([]);
    for (const bytes of [saved.annexViaOdt, saved.viaOdt]) {
      const line = await refusedInOneLine(bytes);
      expect(line).toMatch(/:1:1: error This document has lost its fields to write in .*: it was saved in another format, such as ODT, and back to DOCX, so what was typed in them cannot be read\. Fill the DOCX itself .* \[import-fields\]$/);
    }
  });

  it('refuses an answer whose line breaks LibreOffice moved out of its field', async () => {
    const line = await refusedInOneLine(saved.twoLines);
    expect(line).toMatch(/:1:1: error CL-SRV1 comment: LibreOffice moved the line breaks typed into this answer out of its field, so where they were is lost: write it on one line, or fill the document in Word.* \[import-value\]$/);
  });
});
