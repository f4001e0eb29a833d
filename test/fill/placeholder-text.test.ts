/**
 * A write-in built empty is flagged as showing its placeholder (`w:showingPlcHdr`): a line to
 * write on, "________", the master's example. Word and LibreOffice take the flag off when the
 * reader types; an editor or a script that leaves it on what it typed had that text read as
 * empty, lost in silence. Import compares a flagged field's text with the placeholder the
 * document built again shows there: the placeholder stays empty, anything else is the answer;
 * the placeholder with more typed beside it is refused, naming the field.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentControls } from '../../src/fill/read-docx.js';
import { editDocx, partText, setText } from './docx-edit.js';
import { answersOf } from './helpers.js';
import { builtWith, importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
const EXAMPLE = 'at least 5';
let fixture: ImportFixture;
/** Built with the Version field empty ("________") and the master's example as a setting's placeholder. */
let docx: Uint8Array;

/** Typed by an editor that leaves the placeholder flag on: `tag` → text. */
const typedFlagLeft = (bytes: Uint8Array, fields: Record<string, string>) =>
  editDocx(bytes, { [DOC]: (xml) => Object.entries(fields).reduce((text, [tag, value]) => setText(text, tag, value, { keepPlaceholderFlag: true }), xml) });

const control = (bytes: Uint8Array, tag: string) => contentControls(partText(bytes, DOC)).find((found) => found.tag === tag)!;

beforeAll(async () => {
  fixture = await importFixture((text) => text.replace(/, "fields": \{ "Browser on clients": \{ "Version": "128" \} \}/, ''));
  const master = join(fixture.content, 'checklists', 'mini.md');
  await writeFile(master, (await readFile(master, 'utf8')).replace('| 2 | Password history | 5 | |', `| 2 | Password history | 5 | ${EXAMPLE} |`));
  docx = await builtWith(fixture, fixture.original);
  // What the test is about: fields that show their placeholder, flagged as such.
  expect(control(docx, 'setting/Password history')).toMatchObject({ showingPlaceholder: true, text: EXAMPLE });
  expect(control(docx, 'item/CL-SRV1/field/Browser on clients/Version')).toMatchObject({ showingPlaceholder: true, text: '________' });
  expect(control(docx, 'signature/supplier/name')).toMatchObject({ showingPlaceholder: true, text: '\t' });
}, 60_000);
afterEach(() => fixture.reset());

const values = () => answersOf(fixture.deployment, fixture.content);

/** Its lines but the master's own warning about the example (a setting in the master, as some masters have). */
const besideMaster = (stderr: string) => stderr.split('\n').filter((line) => line !== '' && !line.includes('[setting-in-master]'));

describe('a field still flagged as showing its placeholder', () => {
  it('untouched: its placeholder (the master example, ________, a line to write on) is no answer', async () => {
    const run = await fixture.importFile(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(besideMaster(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(fixture.original);
  });

  it('holding typed text: imported, its fill line dropped, its lines kept', async () => {
    const filled = typedFlagLeft(docx, {
      'setting/Password history': '10',
      'item/CL-SRV1/field/Browser on clients/Version': '131',
      'signature/supplier/name': '\tLukas Schäfer\t',
      'item/CL-SRV1/comment': 'Patched on site\nStandby next week',
    });
    expect(control(filled, 'setting/Password history')).toMatchObject({ showingPlaceholder: true, text: '10' });
    const run = await fixture.importFile(filled);
    expect(run.code, run.stderr).toBe(0);
    expect(besideMaster(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('4 answers changed');
    const now = await values();
    expect(now.get('setting/Password history')).toBe('10');
    expect(now.get('item/CL-SRV1/field/Browser on clients/Version')).toBe('131');
    expect(now.get('signature/supplier/name')).toBe('Lukas Schäfer');
    expect(now.get('item/CL-SRV1/comment')).toBe('Patched on site\nStandby next week');
  });

  it('its placeholder with other white space around it is still the placeholder', async () => {
    const run = await fixture.importFile(typedFlagLeft(docx, { 'setting/Password history': `\t ${EXAMPLE.replace(' ', '  ')} \t`, 'item/CL-SRV1/comment': '\t \t' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(fixture.original);
  });

  it('the deployment answered since the file was built: the placeholder is compared with the file as built', async () => {
    const answeredSince = fixture.original.replace('"settings": { "Minimal password length": "12" }', '"settings": { "Minimal password length": "12", "Password history": "7" }');
    expect(answeredSince).not.toBe(fixture.original);
    await writeFile(fixture.deployment, answeredSince);
    const untouched = await fixture.importFile(docx);
    expect(untouched.code, untouched.stderr).toBe(0);
    expect(untouched.stdout).toContain('No answer changed');
    expect(untouched.text).toBe(answeredSince);
    // Typed with the flag left on, it is an answer: changed in both places, a conflict.
    const typed = await fixture.importFile(typedFlagLeft(docx, { 'setting/Password history': '10' }));
    expect(typed.code).toBe(1);
    expect(typed.stderr).toContain('Password history: changed in the deployment (/settings/Password history) since the file was built ((empty) → "7") and in the file (→ "10")');
    expect(typed.text).toBe(answeredSince);
  });

  it('its placeholder with text typed beside it: refused, naming the field, nothing written', async () => {
    const run = await fixture.importFile(typedFlagLeft(docx, { 'setting/Password history': `${EXAMPLE}, 10 on servers`, 'item/CL-SRV1/field/Browser on clients/Version': '________131' }));
    expect(run.code).toBe(1);
    expect(run.text).toBe(fixture.original);
    const errors = run.stderr.split('\n').filter((line) => line.includes('[import-placeholder]'));
    expect(errors).toEqual([
      expect.stringContaining(`error CL-SRV1 field Browser on clients Version: its field holds its placeholder "________" and more ("________131"), and is still marked as showing the placeholder`),
      expect.stringContaining(`error setting Password history: its field holds its placeholder "${EXAMPLE}" and more ("${EXAMPLE}, 10 on servers")`),
    ]);
  });

  it('a field the document built again no longer has (the level changed since): read as empty, with a warning naming it', async () => {
    const lowered = fixture.original.replace('"level": "medium"', '"level": "minimum"');
    await writeFile(fixture.deployment, lowered);
    const run = await fixture.importFile(typedFlagLeft(docx, { 'item/CL-SRV1/field/Browser on clients/Version': '131' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toBe(lowered);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('[import-placeholder]'));
    expect(warnings).toEqual([
      expect.stringContaining('warning CL-SRV1 field Browser on clients Version: its field is still marked as showing its placeholder and holds "131", which cannot be compared with the placeholder it was built with (the document built again from the deployment has no such field: its level or components changed since): read as empty'),
    ]);
  });

  it('a file of an earlier master version git cannot give: its placeholders as the master shows them now are no answer; other text is read as empty, with a warning', async () => {
    const masterPath = join(fixture.content, 'checklists', 'mini.md');
    const master = await readFile(masterPath, 'utf8');
    try {
      await writeFile(masterPath, master.replace('version: "1.0"', 'version: "1.1"'));
      const upgraded = fixture.original.replace('"checklistVersion": "1.0"', '"checklistVersion": "1.1"');
      await writeFile(fixture.deployment, upgraded);
      const placeholderLines = (stderr: string) => stderr.split('\n').filter((line) => line.includes('[import-placeholder]'));
      const untouched = await fixture.importFile(docx, '--force');
      expect(untouched.code, untouched.stderr).toBe(0);
      expect(placeholderLines(untouched.stderr)).toEqual([]);
      expect(untouched.text).toBe(upgraded);
      const typed = await fixture.importFile(typedFlagLeft(docx, { 'item/CL-SRV1/field/Browser on clients/Version': '131' }), '--force');
      expect(typed.code, typed.stderr).toBe(0);
      expect(placeholderLines(typed.stderr)).toEqual([
        expect.stringContaining('warning CL-SRV1 field Browser on clients Version: its field is still marked as showing its placeholder and holds "131", which cannot be compared with the placeholder it was built with (it was made from version 1.0 of mini, which git does not give): read as empty'),
      ]);
      expect(typed.text).toBe(upgraded);
    } finally {
      await writeFile(masterPath, master);
    }
  });

  it('in a DOCX whose tags LibreOffice dropped: the same, told by place', async () => {
    const withoutTags = (bytes: Uint8Array) => editDocx(bytes, { [DOC]: (xml) => xml.replace(/<w:tag w:val="[^"]*"\/>/g, '').replace(/<w:alias w:val="[^"]*"\/>(?=<w14:checkbox>)/g, '') });
    const untouched = await fixture.importFile(withoutTags(docx));
    expect(untouched.code, untouched.stderr).toBe(0);
    expect(untouched.stdout).toContain('No answer changed');
    const run = await fixture.importFile(withoutTags(typedFlagLeft(docx, { 'setting/Password history': '10' })));
    expect(run.code, run.stderr).toBe(0);
    expect((await values()).get('setting/Password history')).toBe('10');
  });
});
