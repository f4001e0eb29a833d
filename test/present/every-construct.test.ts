/**
 * One master that uses every construct the Markdown of docs/FORMATS.md §1 allows, with the edge
 * cases of real vendor guides (lists nested three deep and counting from 7, long command lines in
 * code, an eight-column table, a cell with line breaks, a footnote used twice, images, links to
 * anchors and addresses, headings 1–4, six servers, long titles, Greek, Cyrillic, Hebrew, `<`, `&`
 * and `{{` in master and deployment), built as a user builds it: the HTML, the PDF and the DOCX
 * of the checklist, the annex and the offer say the same thing, and the contents' page numbers
 * are right in the PDF and in the DOCX as LibreOffice prints it.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasLibreOffice, libreOfficeText } from '../docx/helpers.js';
import { runCli } from '../helpers/run-cli.js';
import { checkToc } from '../helpers/toc-pages.js';
import { expectAgreement, readFormats } from './agreement.js';

const content = new URL('../fixtures/every-construct', import.meta.url).pathname;
const TITLE = 'Example Appliance X9 Security Checklist';
const CUSTOMER = 'Ακμή & Söhne <GmbH> {{corp}}';
const FOOTER = 'TX-SEC-0999 · Version 3.0 · 2026-02-01';
const running = (header: string) => ({ header, footer: FOOTER, repeatedHeads: ['ID Item Level Installation Operation Status', 'ID Item Why open Owner Due Comment', '# Setting Default Customer setting'] });

describe('a master with every construct, in every format', () => {
  let out = '';
  const base = (suffix = '') => join(out, `acme/every-construct-3.0${suffix}`);

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'checklist-every-construct-'));
    for (const variant of ['--annex', '--offer']) {
      const built = await runCli(['build', '--content', content, '--out', out, variant]);
      expect(built.stderr).not.toMatch(/error/);
      expect(built.code).toBe(0);
    }
  }, 240_000);

  it('says the same in the HTML, the PDF and the DOCX of the checklist', async () => {
    const formats = await readFormats(base(), running(`${TITLE} ${CUSTOMER}`));
    expect(formats.html.map((s) => s.heading)).toContain('1.1.1.1 Level four heading');
    expect(formats.footnotes.html.length).toBeGreaterThan(10);
    expectAgreement(formats);
  });

  it('says the same in the annex and in the offer', async () => {
    expectAgreement(await readFormats(base('-annex'), running(`${TITLE} – Statement of Work annex ${CUSTOMER}`)));
    expectAgreement(await readFormats(base('-offer'), running(`${TITLE} – Offer annex: scope, targets and responsibilities ${CUSTOMER}`)));
  });

  it('gives each heading its page in the PDF\'s contents', async () => {
    const { execFile } = await import('node:child_process');
    const text = await new Promise<string>((resolve, reject) =>
      execFile('pdftotext', ['-layout', '-enc', 'UTF-8', `${base()}.pdf`, '-'], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    const toc = checkToc(text);
    expect(toc.entries.length).toBe(12);
    expect(toc.wrong).toEqual([]);
  });

  it.skipIf(!hasLibreOffice && !process.env.CI)('gives each heading its page in the DOCX\'s contents, as LibreOffice prints it', async () => {
    const { docx } = await libreOfficeText({ docx: await readFile(`${base()}.docx`) });
    const toc = checkToc(docx!);
    expect(toc.entries.length).toBe(12);
    expect(toc.wrong).toEqual([]);
  }, 120_000);
});
