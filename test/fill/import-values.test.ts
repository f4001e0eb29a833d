/**
 * A value typed into a DOCX or a form that the deployment could not hold (a date written the
 * German way, a day not in the calendar, a text over the limit) is an `import-value` error at
 * its place, one line, exit 1, and nothing is written; never the internal error of an import
 * that made an invalid deployment.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, setText } from './docx-edit.js';
import { importFixture, type ImportFixture } from './import-fixture.js';

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

const typed = (fields: Record<string, string>) =>
  editDocx(fixture.docx, { 'word/document.xml': (xml) => Object.entries(fields).reduce((text, [tag, value]) => setText(text, tag, value), xml) });

/** The line and column of an answer's key in a saved form, as its messages give them. */
function placeOf(form: Uint8Array, key: string): string {
  const lines = new TextDecoder().decode(form).split('\n');
  const answers = lines.indexOf('  "answers": {');
  const line = lines.findIndex((text, index) => index > answers && text.includes(`${JSON.stringify(key)}:`));
  return `${line + 1}:${lines[line]!.indexOf('"') + 1}`;
}

async function refused(bytes: Uint8Array, ...args: string[]) {
  const run = await fixture.importFile(bytes, ...args);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).toContain('nothing was written');
  expect(run.text).toBe(fixture.original);
  return run.stderr.split('\n').filter((line) => line.includes('[import-value]'));
}

describe('checklist import checks every value before it edits the deployment', () => {
  it('a signature date typed DD.MM.YYYY in a DOCX: one line at the file, with the ISO form to write', async () => {
    const lines = await refused(typed({ 'signature/supplier/date': '16.02.2026' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/filled-\d+\.docx:1:1: error signature supplier date: "16\.02\.2026" is not a date as the deployment writes it: write it as YYYY-MM-DD \(2026-02-16\) \[import-value\]$/);
  });

  it('a signature date typed DD.MM.YYYY in a saved form: at its line and column', async () => {
    const form = fixture.savedForm({ 'signature/customer/date': '12.03.2026' });
    const lines = await refused(form);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`filled-\\d+\\.json:${placeOf(form, 'signature/customer/date')}: error signature customer date: "12\\.03\\.2026" is not a date as the deployment writes it: write it as YYYY-MM-DD \\(2026-03-12\\) \\[import-value\\]$`))]);
  });

  it('a day not in the calendar and a date it cannot read: each at its place, in one run', async () => {
    const form = fixture.savedForm({ 'signature/customer/date': '2026-02-30', 'signature/supplier/date': 'next Monday' });
    const lines = await refused(form);
    expect(lines).toEqual([
      expect.stringContaining(`:${placeOf(form, 'signature/customer/date')}: error signature customer date: "2026-02-30" is not a date in the calendar: write a real date as YYYY-MM-DD [import-value]`),
      expect.stringContaining(`:${placeOf(form, 'signature/supplier/date')}: error signature supplier date: "next Monday" is not a date as the deployment writes it: write it as YYYY-MM-DD (for example 2026-03-12) [import-value]`),
    ]);
    // 03/12/2026 is March in the US and December in the UK: no date is offered for it.
    const slashes = await refused(typed({ 'signature/supplier/date': '03/12/2026' }));
    expect(slashes[0]).toContain('write it as YYYY-MM-DD (for example 2026-03-12)');
  });

  it('a text over the limit the deployment is loaded with', async () => {
    const long = 'x'.repeat(3000);
    const lines = await refused(fixture.savedForm({ 'item/CL-PWD1/comment': long }), '--limits', 'text=2KB');
    expect(lines).toEqual([expect.stringContaining('error CL-PWD1 comment: The size of one text is over the limit: 2.9 KB, the limit is 2 KB; raise it with --limits text=3KB [import-value]')]);
  });

  it('an ISO date, and an emptied one, are written', async () => {
    const run = await fixture.importFile(fixture.savedForm({ 'signature/customer/date': '', 'signature/supplier/date': '2026-03-12' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('signatures\n  customer date: "2026-03-02" → (empty)\n  supplier date: (empty) → "2026-03-12"\n');
    expect(run.text).toContain('"date": ""');
    expect(run.text).toContain('{ "party": "supplier", "date": "2026-03-12" }');
  });
});
