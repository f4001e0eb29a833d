/**
 * A field edited with Track Changes on (Word's Review > Track Changes, as a customer's review
 * copy often has it), imported with the real CLI (runCli): what import writes is the text the
 * reader sees with the changes accepted. A deletion's text (`w:delText`) was left out already;
 * the old place of moved text (`w:moveFrom`, which holds `w:t`) was read as well, so the moved
 * words came back twice, in a value nobody wrote.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setText } from './docx-edit.js';
import { answersOf } from './helpers.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
const COMMENT = 'item/CL-SRV1/comment';
let fixture: ImportFixture;

beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

const revision = (name: string, id: number, runs: string) => `<w:${name} w:id="${id}" w:author="Jana Müller" w:date="2026-03-04T10:00:00Z">${runs}</w:${name}>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** Types `@` into the comment of CL-SRV1, then puts `tracked` where it stands, as Word saves it. */
const trackedIn = (tracked: string) =>
  editDocx(fixture.docx, { [DOC]: (xml) => setText(xml, COMMENT, '@').replace(run('@'), tracked) });

const importedComment = async (bytes: Uint8Array) => {
  const imported = await fixture.importFile(bytes);
  expect(imported.code, imported.stderr).toBe(0);
  return (await answersOf(fixture.deployment, fixture.content)).get(COMMENT);
};

describe('a field edited with Track Changes on', () => {
  it('text moved inside it comes back once, at its new place', async () => {
    const moved =
      '<w:moveFromRangeStart w:id="1" w:name="move1" w:author="Jana Müller"/>' +
      revision('moveFrom', 2, run('Standby first. ')) +
      '<w:moveFromRangeEnd w:id="1"/>' +
      run('Main server patched.') +
      '<w:moveToRangeStart w:id="3" w:name="move1" w:author="Jana Müller"/>' +
      revision('moveTo', 4, run(' Standby first.')) +
      '<w:moveToRangeEnd w:id="3"/>';
    expect(await importedComment(trackedIn(moved))).toBe('Main server patched. Standby first.');
  });

  it('an insertion is read and a deletion is not', async () => {
    const edited = run('Patched on ') + revision('del', 5, '<w:r><w:delText>Monday</w:delText></w:r>') + revision('ins', 6, run('Tuesday'));
    expect(await importedComment(trackedIn(edited))).toBe('Patched on Tuesday');
  });

  it('alternate content is read once, as its choice', async () => {
    const alternate = `${run('Rack ')}<mc:AlternateContent><mc:Choice Requires="w14">${run('B4')}</mc:Choice><mc:Fallback>${run('B4')}</mc:Fallback></mc:AlternateContent>`;
    expect(await importedComment(trackedIn(alternate))).toBe('Rack B4');
  });
});
