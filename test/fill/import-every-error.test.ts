/**
 * A DOCX with several problems is refused with every one of them told in the one run, each once:
 * text typed beside a field or two boxes ticked do not hide a date written the German way or a
 * box whose tag names no item; and nothing is written.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setBox, setText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

/** A note typed just past the end of the comment field of CL-PWD1, outside it. */
function noteBesideComment(xml: string): string {
  const at = xml.indexOf('</w:sdt>', xml.indexOf('w:val="item/CL-PWD1/comment"')) + '</w:sdt>'.length;
  return `${xml.slice(0, at)}<w:r><w:t xml:space="preserve"> ask Jonas about the spare key</w:t></w:r>${xml.slice(at)}`;
}

/** A date the German way, and a box whose tag was changed to name an item the master lacks. */
const otherProblems = (xml: string) => setText(xml, 'signature/supplier/date', '17.11.2026').replace('w:val="item/CL-SRV1/component/Main server=Yes"', 'w:val="item/CL-GONE/status=Yes"');

async function errorsOf(edit: (xml: string) => string): Promise<string[]> {
  const run = await fixture.importFile(editDocx(fixture.docx, { 'word/document.xml': edit }));
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain('nothing was written');
  expect(run.text).toBe(fixture.original);
  return run.stderr.split('\n').filter((line) => line.includes(': error '));
}

describe('checklist import tells every problem of a DOCX in one run', () => {
  it('text typed beside a field: told once, with the bad date and the unknown tag', async () => {
    const errors = await errorsOf((xml) => otherProblems(noteBesideComment(xml)));
    expect(errors.map((line) => /\[([\w-]+)\]$/.exec(line)?.[1])).toEqual(['import-outside-field', 'import-tag', 'import-value']);
    expect(errors[0]).toMatch(/"ask Jonas about the spare key" is typed beside the field/);
    expect(errors[1]).toMatch(/"item\/CL-GONE\/status" names no item of mini/);
    expect(errors[2]).toMatch(/signature supplier date: "17\.11\.2026" is not a date/);
  });

  it('two boxes of one question ticked: told with the bad date and the unknown tag', async () => {
    const errors = await errorsOf((xml) => otherProblems(setBox(xml, 'item/CL-PWD1/status=No', true)));
    expect(errors.map((line) => /\[([\w-]+)\]$/.exec(line)?.[1])).toEqual(['import-ticks', 'import-tag', 'import-value']);
    expect(errors[0]).toMatch(/CL-PWD1 status: 2 boxes are ticked \(Yes, No\)/);
  });
});
