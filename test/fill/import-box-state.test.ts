/**
 * A checkbox whose mark on the page (☒ / ☐) and stored state (`w14:checked`) disagree, as a
 * document edited outside a word processor can have it, is an `import-box-state` error naming the
 * item and the box: never imported from the hidden state, never ignored. A box ticked the way Word
 * and LibreOffice tick it (both changed) is imported as before (the LibreOffice-saved files of
 * untagged-import.test.ts tick boxes too).
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setBox } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

/** The control tagged `tag` with `from` replaced by `to` inside it only. */
function inBox(tag: string, from: string, to: string) {
  return (xml: string) => {
    const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
    const start = xml.lastIndexOf('<w:sdt>', at);
    const end = xml.indexOf('</w:sdt>', at);
    const box = xml.slice(start, end);
    expect(box).toContain(from);
    return xml.slice(0, start) + box.replace(from, to) + xml.slice(end);
  };
}

async function boxErrors(...edits: ((xml: string) => string)[]): Promise<string[]> {
  const run = await fixture.importFile(editDocx(fixture.docx, { 'word/document.xml': (xml) => edits.reduce((text, edit) => edit(text), xml) }));
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain('nothing was written');
  expect(run.text).toBe(fixture.original);
  return run.stderr.split('\n').filter((line) => line.includes(': error '));
}

describe('a box whose mark and stored state disagree', () => {
  it('only the stored state changed: the page still shows the box as it was', async () => {
    // CL-PWD1 is answered Yes: its No box stored as ticked, still showing ☐.
    const errors = await boxErrors(inBox('item/CL-PWD1/status=No', '<w14:checked w14:val="0"/>', '<w14:checked w14:val="1"/>'), inBox('item/CL-PWD1/status=Yes', '<w14:checked w14:val="1"/>', '<w14:checked w14:val="0"/>'));
    expect(errors).toEqual([
      expect.stringMatching(/filled-\d+\.docx:1:1: error CL-PWD1 status: the box "Yes" shows ☒ \(ticked\) but is stored as not ticked, so what the page shows is not what would be imported: .* \[import-box-state\]$/),
      expect.stringMatching(/error CL-PWD1 status: the box "No" shows ☐ \(not ticked\) but is stored as ticked, .* \[import-box-state\]$/),
    ]);
  });

  it('only the marks changed: the page shows the other box ticked', async () => {
    // Main server is answered No.
    const errors = await boxErrors(inBox('item/CL-SRV1/component/Main server=Yes', '☐', '☒'), inBox('item/CL-SRV1/component/Main server=No', '☒', '☐'));
    expect(errors).toEqual([
      expect.stringMatching(/error CL-SRV1 component Main server: the box "Yes" shows ☒ \(ticked\) but is stored as not ticked, .* \[import-box-state\]$/),
      expect.stringMatching(/error CL-SRV1 component Main server: the box "No" shows ☐ \(not ticked\) but is stored as ticked, .* \[import-box-state\]$/),
    ]);
  });

  it('a box ticked as a word processor ticks it is imported', async () => {
    const run = await fixture.importFile(editDocx(fixture.docx, { 'word/document.xml': (xml) => setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true) }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('import-box-state');
    expect(run.stdout).toContain('status: "Yes" → "No"');
  });
});
