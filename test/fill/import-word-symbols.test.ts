/**
 * What Word writes as elements rather than text in a field: a non-breaking hyphen
 * (Ctrl+Shift+-) and a symbol of a symbol font, as AutoCorrect inserts for --> or :). Import
 * reads them as the characters they show; a symbol it cannot tell is an error that names it,
 * never dropped in silence.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setText } from './docx-edit.js';
import { answersOf } from './helpers.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

const DOC = 'word/document.xml';
let fixture: ImportFixture;

beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

/** Types `typed` into the comment of CL-SRV1, then puts `element` where `@` stands, as Word saves it. */
const typedWith = (typed: string, element: string) =>
  editDocx(fixture.docx, {
    [DOC]: (xml) => {
      const [before, after] = typed.split('@') as [string, string];
      return setText(xml, 'item/CL-SRV1/comment', typed).replace(`<w:t xml:space="preserve">${typed}</w:t>`, `<w:t xml:space="preserve">${before}</w:t></w:r><w:r>${element}</w:r><w:r><w:t xml:space="preserve">${after}</w:t>`);
    },
  });

describe('a field holding what Word writes as an element', () => {
  it('reads a non-breaking hyphen as a hyphen', async () => {
    const run = await fixture.importFile(typedWith('Hotline +49@431 990', '<w:noBreakHyphen/>'));
    expect(run.code, run.stderr).toBe(0);
    expect((await answersOf(fixture.deployment, fixture.content)).get('item/CL-SRV1/comment')).toBe('Hotline +49-431 990');
  });

  it('reads the arrow AutoCorrect makes of --> as an arrow', async () => {
    const run = await fixture.importFile(typedWith('Port 80 @ 443', '<w:sym w:font="Wingdings" w:char="F0E0"/>'));
    expect(run.code, run.stderr).toBe(0);
    expect((await answersOf(fixture.deployment, fixture.content)).get('item/CL-SRV1/comment')).toBe('Port 80 → 443');
  });

  it('refuses a symbol it cannot tell, naming the field and the font, and writes nothing', async () => {
    const run = await fixture.importFile(typedWith('Checked @ by the supplier', '<w:sym w:font="Symbol" w:char="F0D6"/>'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CL-SRV1 comment: holds a symbol of the font "Symbol" (inserted by Insert > Symbol or by AutoCorrect), which has no text to import: replace it with a character or a word, then import again [import-value]');
    expect(run.text).toBe(fixture.original);
  });

  it('refuses the code of a symbol whose font LibreOffice dropped, and writes nothing', async () => {
    // Word's arrow for -->, saved again by LibreOffice: the symbol font's code, without the font.
    const run = await fixture.importFile(editDocx(fixture.docx, { [DOC]: (xml) => setText(xml, 'item/CL-SRV1/comment', 'Port 80 \uF0E0 443') }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CL-SRV1 comment: holds the character U+F0E0, the code of a symbol whose font was lost (a symbol Word inserted, saved again by LibreOffice), which shows as nothing or as a box: replace it with a character or a word, then import again [import-value]');
    expect(run.text).toBe(fixture.original);
  });
});
