/**
 * A field copied with its content control and pasted into another item's cell (Word copies a
 * whole field with its tag, as a reader does to give two items one comment), imported with the
 * real CLI (runCli). What was typed into the copy was read into the field copied, joined to its
 * value as a line of it: the other item's answer went to the wrong item, and nothing said so.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setBox, setText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
let fixture: ImportFixture;

beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

/** The whole control tagged `tag`: its XML, and where it ends. */
function controlOf(xml: string, tag: string): { xml: string; end: number } {
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  return { xml: xml.slice(start, end), end };
}

/** Pastes a copy of the control tagged `copied` (after `edit`) right after the control tagged `after`. */
const pasted = (copied: string, edit: (control: string) => string, after: string) =>
  editDocx(fixture.docx, {
    [DOC]: (xml) => {
      const copy = edit(controlOf(xml, copied).xml);
      const { end } = controlOf(xml, after);
      return xml.slice(0, end) + copy + xml.slice(end);
    },
  });

describe('a field pasted with its control into another item', () => {
  it('is refused, naming both places and what the copy holds; nothing is written', async () => {
    const file = pasted('item/CL-PWD1/comment', (control) => setText(control, 'item/CL-PWD1/comment', 'Same on the standby server'), 'item/CL-SRV1/comment');
    const run = await fixture.importFile(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'error The field "CL-PWD1 comment" is in the document twice, after the field "CL-PWD1 status" and after the field "CL-SRV1 comment", holding "Same on the standby server": one is a copy, pasted with the field itself, and what it holds would be read into CL-PWD1 comment. Delete the copy (type what it holds into the field where it belongs), then import again [import-copy]',
    );
    expect(run.text).toBe(fixture.original);
  });

  it('a box pasted so is refused too', async () => {
    const file = pasted('item/CL-PWD1/status=No', (control) => setBox(control, 'item/CL-PWD1/status=No', true), 'item/CL-SRV1/comment');
    const run = await fixture.importFile(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error The box "No" of CL-PWD1 status is in the document twice, after the field "CL-PWD1 status" and after the field "CL-SRV1 comment": one is a copy.*\[import-copy\]/);
    expect(run.text).toBe(fixture.original);
  });

  it('a value of several lines, a control per line in one cell, is no copy', async () => {
    const file = editDocx(fixture.docx, { [DOC]: (xml) => setText(xml, 'item/CL-SRV1/comment', 'x') });
    const run = await fixture.importFile(file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('import-copy');
    // The fixture's CL-PWD1 comment is two lines, two controls of one tag: read back as it was.
    expect(run.text).toContain('"comment": "Done on 10:30\\nby the supplier"');
  });
});
