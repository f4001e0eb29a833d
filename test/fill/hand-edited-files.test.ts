/**
 * Files people edit by hand, as they write them: a form's saved answers corrected in an editor,
 * and deployments written by other tools (minified, ASCII escapes). What import cannot use is a
 * message at its line and column with its JSON path, nothing written; what it writes looks like
 * the rest of the file.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFixture, type ImportFixture } from './import-fixture.js';

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await importFixture();
}, 60_000);
afterEach(() => fixture.reset());

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (written: string) => new TextEncoder().encode(written);

describe('a form\'s saved answers edited by hand', () => {
  it('a key written twice is an error at the repeat, not the last one taken in silence', async () => {
    const saved = text(fixture.savedForm({ 'item/CL-PWD1/status': 'No' }));
    const twice = saved.replace('"item/CL-PWD1/status": "No",', '"item/CL-PWD1/status": "No",\n    "item/CL-PWD1/status": "Yes",');
    expect(twice).not.toBe(saved);
    // The repeat is the line after the first (the `original` record above holds the key too).
    const line = twice.split('\n').findIndex((row) => row.includes('"item/CL-PWD1/status": "No"')) + 2;
    const run = await fixture.importFile(bytes(twice));
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain(`:${line}:5: error /answers/item~1CL-PWD1~1status: duplicate key: it is already at line ${line - 1}, and JSON keeps only the last; remove one [duplicate-key]`);
    expect(run.stderr).toContain('nothing was written');
    expect(run.text).toBe(fixture.original);
  });

  it('two slips of the keyboard are two messages in one run, each at its line', async () => {
    const saved = text(fixture.savedForm({ 'item/CL-PWD1/status': 'No', 'setting/Minimal password length': '14' }));
    // A comma lost after one answer, and one left after the last answer.
    const lost = saved.replace('"item/CL-PWD1/status": "No",', '"item/CL-PWD1/status": "No"');
    const rows = lost.split('\n');
    const last = rows.findIndex((row, index) => row.startsWith('    "') && rows[index + 1] === '  }');
    rows[last] = `${rows[last]},`;
    const typed = rows.join('\n');
    const missing = rows.findIndex((row) => row.includes('"item/CL-PWD1/status": "No"')) + 2;
    const run = await fixture.importFile(bytes(typed));
    expect(run.code, run.stdout).toBe(1);
    const messages = run.stderr.split('\n').filter((row) => row.includes('[json]'));
    expect(messages.map((row) => row.replace(/^.*?:(\d+:\d+): /, '$1: '))).toEqual([
      `${missing}:5: error Not valid JSON: comma expected [json]`,
      `${last + 1}:${(rows[last] ?? '').length}: error Not valid JSON: a comma after the last key before "}", which JSON does not allow: remove it [json]`,
    ]);
    expect(run.text).toBe(fixture.original);
  });

  it('an answer one letter off an option names the option meant', async () => {
    const run = await fixture.importFile(fixture.savedForm({ 'item/CL-PWD1/status': 'Noo' }));
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain('error CL-PWD1 status: "Noo" is not an option; use one of Yes, No; did you mean "No"? [import-value]');
    expect(run.text).toBe(fixture.original);
  });

  it('a number where the form saved a string is named at its own key', async () => {
    const saved = text(fixture.savedForm({ 'setting/Minimal password length': '14' }));
    const number = saved.replace('"setting/Minimal password length": "14"', '"setting/Minimal password length": 14');
    expect(number).not.toBe(saved);
    const line = number.split('\n').findIndex((row) => row.includes('"setting/Minimal password length": 14')) + 1;
    const run = await fixture.importFile(bytes(number));
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain(`:${line}:5: error /answers/setting~1Minimal password length: must be a string, as the form saved it (write it in quotes) [import-damaged]`);
    expect(run.text).toBe(fixture.original);
  });
});

describe('a deployment another tool wrote: what import adds is written as the file is', () => {
  const minified = (text: string) => JSON.stringify({ ...JSON.parse(text), answers: {}, signatures: [] });
  // Python's json.dump: indented, every character beyond ASCII as \u00fc.
  const asciiOnly = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2).replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

  it('minified on one line, with no answers or signatures yet: stays one line, compact', async () => {
    const own = await importFixture(minified);
    const filled = { 'item/CL-PWD1/status': 'No', 'item/CL-PWD1/comment': 'Tür zu', 'setting/Minimal password length': '14', 'signature/customer/name': 'Jana Müller' };
    const run = await own.importFile(own.savedForm(filled));
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toBe(
      own.original
        .replace('"answers":{}', '"answers":{"CL-PWD1":{"status":"No","comment":"Tür zu"}}')
        .replace('"Minimal password length":"12"', '"Minimal password length":"14"')
        .replace('"signatures":[]', '"signatures":[{"party":"customer","name":"Jana Müller"}]'),
    );
    const again = await own.importFile(own.savedForm(filled));
    expect(again.text).toBe(run.text);
  }, 60_000);

  it('kept in ASCII with \\u escapes: what is written is escaped too', async () => {
    const own = await importFixture(asciiOnly);
    expect(own.original).toContain('M\\u00fcller');
    const run = await own.importFile(own.savedForm({ 'item/CL-PWD1/comment': 'Tür zu – geprüft', 'overview/coveredSystems': 'Server „A“' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toContain('"comment": "T\\u00fcr zu \\u2013 gepr\\u00fcft"');
    expect(run.text).toContain('"coveredSystems": "Server \\u201eA\\u201c"');
    expect(/[^\u0000-\u007f]/.test(run.text)).toBe(false);
    expect(JSON.parse(run.text).coveredSystems).toBe('Server „A“');
  }, 60_000);
});
