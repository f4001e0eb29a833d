/**
 * A field deleted with its text (a selection across the control, or Delete on it) leaves no
 * control, and import read no answer for it: the deployment kept the value the reader deleted,
 * "No answer changed". It is refused now, by its name; what a document never had a field for
 * (a server the deployment lacks, a party agreed, printed as text) is no such case.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setBox } from './docx-edit.js';
import { builtWith, importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
let fixture: ImportFixture;
let docx: Uint8Array;
let deployment: string;

/** The document with every control tagged `tag` deleted, its text with it. */
const withoutControl = (bytes: Uint8Array, tag: string) =>
  editDocx(bytes, {
    [DOC]: (xml) => {
      for (let at = xml.indexOf(`<w:tag w:val="${tag}"/>`); at >= 0; at = xml.indexOf(`<w:tag w:val="${tag}"/>`)) {
        xml = xml.slice(0, xml.lastIndexOf('<w:sdt>', at)) + xml.slice(xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length);
      }
      return xml;
    },
  });

beforeAll(async () => {
  fixture = await importFixture();
  // An answer for the Standby server, which the deployment does not list: its row is not printed.
  deployment = fixture.original.replace('"Main server": "No",', '"Main server": "No", "Standby server": "Yes",');
  expect(deployment).not.toBe(fixture.original);
  docx = await builtWith(fixture, deployment);
}, 60_000);
afterAll(() => fixture.reset());

describe('a field deleted from the DOCX with its text', () => {
  it('is refused by its name, with the value it was built with; nothing is written', async () => {
    const run = await fixture.importFile(withoutControl(docx, 'item/CL-PWD1/comment'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CL-PWD1 comment: its field is gone from the document, deleted with the value it was built with ("Done on 10:30\\nby the supplier"), so what it should be now cannot be read: to clear the answer, empty the field instead; else undo the deletion, then import again [import-deleted]');
    expect(run.text).toBe(deployment);
    const signature = await fixture.importFile(withoutControl(docx, 'signature/customer/place'));
    expect(signature.stderr).toContain('error signature customer place: its field is gone from the document');
  });

  it('a ticked box deleted, no other box of its answer ticked: refused by its name, not read as a cleared answer', async () => {
    // Delete on the ☒ removes its control; the answer's other boxes are there, none ticked.
    const run = await fixture.importFile(withoutControl(docx, 'item/CL-PWD1/status=Yes'));
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain('error CL-PWD1 status: its box "Yes", ticked when the document was built, is gone from the document, so what the answer should be now cannot be read: to clear the answer, untick the box instead; else undo the deletion, then import again [import-deleted]');
    expect(run.text).toBe(deployment);
    const row = await fixture.importFile(withoutControl(docx, 'item/CL-SRV1/component/Main server=No'));
    expect(row.stderr).toContain('error CL-SRV1 component Main server: its box "No", ticked when the document was built, is gone');
    expect(row.text).toBe(deployment);
  });

  it('a ticked box deleted where another box of its answer is ticked: the tick the reader sees is imported', async () => {
    const edited = editDocx(withoutControl(docx, 'item/CL-PWD1/status=Yes'), { [DOC]: (xml) => setBox(xml, 'item/CL-PWD1/status=No', true) });
    const run = await fixture.importFile(edited);
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toContain('"status": "No"');
    await writeFile(fixture.deployment, deployment);
  });

  it('is not what the document never had a field for: the unchanged file imports as no change', async () => {
    // The Standby server's row is not printed (and CL-PWD1's agreed party is text), yet recorded.
    expect(new TextDecoder().decode(await readFile(fixture.deployment))).toContain('"Standby server": "Yes"');
    const run = await fixture.importFile(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
  });
});
