/**
 * Tabs of a value the DOCX was built with are the customer's (an indented line of a comment), not
 * what is left of a line to write on: a file imported unchanged, from Word or from LibreOffice,
 * leaves them as written, and so does a change to another field or to another line of the value.
 */
import { writeFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { hasLibreOffice, savedByLibreOffice } from '../docx/helpers.js';
import { editDocx, setText } from './docx-edit.js';
import { answersOf } from './helpers.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
const INDENTED = 'Steps:\\n\\tstop the service\\n\\tpatch it\\t\\nDone';
let fixture: ImportFixture;
let indented: string;
let docx: Uint8Array;

beforeAll(async () => {
  fixture = await importFixture();
  indented = fixture.original.replace('"comment": "Done on 10:30\\nby the supplier"', `"comment": "${INDENTED}"`);
  expect(indented).not.toBe(fixture.original);
  await writeFile(fixture.deployment, indented);
  const loaded = (await loadDeployment(fixture.deployment, { contentDir: fixture.content }, new Diagnostics()))!;
  docx = await renderDocx(mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name }), { pageNumbers: false });
}, 60_000);
// Every test starts from the indented deployment.
afterEach(() => writeFile(fixture.deployment, indented));
afterAll(() => fixture.reset());

describe('a comment indented with tabs', () => {
  it('is left as written when the file is imported unchanged', async () => {
    const run = await fixture.importFile(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(indented);
  });

  it('keeps its tabs when another field is changed, and when a line of it is', async () => {
    const other = await fixture.importFile(editDocx(docx, { [DOC]: (xml) => setText(xml, 'setting/Password history', '10') }));
    expect(other.code, other.stderr).toBe(0);
    expect(other.stdout).not.toContain('CL-PWD1');
    expect(other.text).toBe(indented.replace('"Minimal password length": "12" }', '"Minimal password length": "12", "Password history": "10" }'));
    await writeFile(fixture.deployment, indented);
    const edited = await fixture.importFile(editDocx(docx, { [DOC]: (xml) => setText(xml, 'item/CL-PWD1/comment', 'Steps:\n\tstop the service\n\tpatch it\t\nDone on site') }));
    expect(edited.code, edited.stderr).toBe(0);
    expect((await answersOf(fixture.deployment, fixture.content)).get('item/CL-PWD1/comment')).toBe('Steps:\n\tstop the service\n\tpatch it\t\nDone on site');
  });

  // Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
  it.skipIf(!hasLibreOffice && !process.env.CI)('is left as written when LibreOffice saved the file unchanged', async () => {
    const run = await fixture.importFile(await savedByLibreOffice(docx));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(indented);
  }, 120_000);
});
