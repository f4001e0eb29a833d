/**
 * A component's write-in field (its `Version`) may hold several lines: the form takes line
 * breaks in every write-in but a date. The DOCX wrote such a value as one control whose text
 * held a raw line feed: Word shows it as a space, and LibreOffice saved it as one, so importing
 * the untouched document wrote "128 beta 2" over "128\nbeta 2", a change no one made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentControls } from '../../src/fill/read-docx.js';
import { hasLibreOffice, savedByLibreOffice } from '../docx/helpers.js';
import { partText } from './docx-edit.js';
import { builtWith, importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
const TAG = 'item/CL-SRV1/field/Browser on clients/Version';
let fixture: ImportFixture;
let docx: Uint8Array;
let deployment: string;

beforeAll(async () => {
  fixture = await importFixture();
  deployment = fixture.original.replace('"Version": "128"', '"Version": "128\\nbeta 2"');
  docx = await builtWith(fixture, deployment);
}, 60_000);
afterAll(() => fixture.reset());

describe('a Version field of several lines in the DOCX', () => {
  it('is a control per line with a line break between them, as a comment is: no line feed inside a control\'s text', () => {
    const xml = partText(docx, DOC);
    const controls = contentControls(xml).filter((control) => control.tag === TAG);
    expect(controls.map((control) => control.text)).toEqual(['128', 'beta 2']);
    expect(controls[1]!.breaksBefore).toBe(1);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n[^<]*<\/w:t>/);
  });

  it('imports unchanged as no change, saved by Word', async () => {
    const run = await fixture.importFile(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(deployment);
  });

  it.skipIf(!hasLibreOffice)('imports unchanged as no change, saved by LibreOffice', async () => {
    const run = await fixture.importFile(await savedByLibreOffice(docx));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(deployment);
  }, 120_000);
});
