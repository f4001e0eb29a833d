/**
 * Text a reader types into a DOCX's page header or footer (a name after the title, a line of
 * its own under the date) is read by no field: `import` refuses it, naming the header or the
 * footer and what was typed, rather than saying "No answer changed". The page numbers Word and
 * LibreOffice write anew are no change, and neither is LibreOffice saving the file; a DOCX built
 * before the headers were recorded is imported as before. Imports through runCli.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_RECORD } from '../../src/fill/filled-file.js';
import { hasLibreOffice, savedByLibreOffice } from '../docx/helpers.js';
import { editDocx, partText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const HEADER = 'word/header1.xml';
const FOOTER = 'word/footer1.xml';
const RECORD = TEXT_RECORD.part;

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterAll(() => fixture.reset());

/** A run typed at the end of the part's last paragraph. */
const appended = (text: string) => (xml: string) => xml.replace(/<\/w:p>(?![\s\S]*<\/w:p>)/, `<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
/** A paragraph typed after the part's last one. */
const line = (text: string) => (xml: string) => xml.replace(/<\/w:(hdr|ftr)>$/, `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:$1>`);

const refused = async (bytes: Uint8Array, message: RegExp) => {
  const run = await fixture.importFile(bytes);
  expect(run.code, run.stdout).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toContain('nothing was written');
  expect(run.text).toBe(fixture.original);
};

describe('text typed in the page header or footer', () => {
  it('is refused, naming the header or the footer and what was typed', async () => {
    await refused(
      editDocx(fixture.docx, { [HEADER]: appended(' Checked by JM') }),
      /"Mini Server Security Checklist Müller Klinikum GmbH Checked by JM" is typed or changed in the page header, where import reads nothing, so it would be lost: write it into a field \(an item's comment\) or undo it, then import again \[import-outside-field\]/,
    );
    await refused(editDocx(fixture.docx, { [FOOTER]: line('Reviewed on site, 3 March') }), /"Reviewed on site, 3 March" is typed or changed in the page footer, where import reads nothing/);
  });

  it('is refused in a header part a word processor added (a first page of its own)', async () => {
    const files = unzipSync(fixture.docx);
    const relationships = strFromU8(files['word/_rels/document.xml.rels']!);
    files['word/_rels/document.xml.rels'] = strToU8(
      relationships.replace('</Relationships>', '<Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header9.xml"/></Relationships>'),
    );
    files['word/header9.xml'] = strToU8(partText(fixture.docx, HEADER).replace(/<w:p>[\s\S]*<\/w:p>/, '<w:p><w:r><w:t>Draft for JM</w:t></w:r></w:p>'));
    await refused(zipSync(files), /"Draft for JM" is typed or changed in the page header/);
  });

  it('is no change where only the page numbers were written anew', async () => {
    const numbered = editDocx(fixture.docx, {
      [FOOTER]: (xml) => xml.replace(/(<w:fldChar w:fldCharType="separate"\/><\/w:r>)/g, '$1<w:r><w:t>7</w:t></w:r>'),
    });
    expect(partText(numbered, FOOTER)).toContain('<w:t>7</w:t>');
    const run = await fixture.importFile(numbered);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
  });

  it('is imported as before from a DOCX built before the headers were recorded', async () => {
    const older = editDocx(fixture.docx, {
      [RECORD]: (xml) => xml.replace(/ (header|footer)="[^"]*"/g, ''),
      [HEADER]: appended(' Checked by JM'),
    });
    expect(partText(older, RECORD)).not.toMatch(/header=|footer=/);
    const run = await fixture.importFile(older);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(fixture.original);
  });

  // Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
  it.skipIf(!hasLibreOffice && !process.env.CI)('is no change when LibreOffice saved the file unchanged, and refused when it kept typed text', async () => {
    const unchanged = await fixture.importFile(await savedByLibreOffice(fixture.docx));
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(unchanged.stdout).toContain('No answer changed');
    await refused(await savedByLibreOffice(editDocx(fixture.docx, { [FOOTER]: line('Reviewed on site, 3 March') })), /"Reviewed on site, 3 March" is typed or changed in the page footer/);
  }, 240_000);
});
