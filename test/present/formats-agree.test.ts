/**
 * The three formats say the same thing: a real master and deployment built as a user builds
 * them, each output read back (HTML DOM, PDF text through poppler, DOCX XML), cut at its
 * headings and compared section by section.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { expectAgreement, readFormats, type Formats } from './agreement.js';
import { wordsOf, type Section } from './section-texts.js';

const run = promisify(execFile);
const HEADER = 'Example PBX R12 Security Checklist';
const CUSTOMER = 'Hafen Logistik Bremen GmbH';
const FOOTER = 'EX-SEC-0107 · Version 1.0 · 2026-05-18';
const MATRIX_HEAD = [
  'ID Item Level Installation Operation Status',
  'ID Item Why open Owner Due Comment',
  'ID Item Target value (maximum)',
  'ID Item Level Target value (minimum) Installation Operation',
  'ID Item Level',
  'ID Item Target value (minimum)',
];
const ANNEX = `${HEADER} – Statement of Work annex ${CUSTOMER}`;
const OFFER = `${HEADER} – Offer annex: scope, targets and responsibilities ${CUSTOMER}`;

const read = (base: string, header: string): Promise<Formats> => readFormats(base, { header, footer: FOOTER, repeatedHeads: MATRIX_HEAD });

describe('HTML, PDF and DOCX carry the same sections with the same words', () => {
  let out = '';
  let full: Formats;
  let annex: Formats;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'checklist-agree-'));
    // Words are compared, no page numbers: the DOCX is not laid out.
    const built = await runCli(['build', 'content/deployments/pbx-hafen.json', '--annex', '--out', out, '--docx-page-numbers', 'off'], { cwd: repoRoot });
    expect(built.stderr).toBe('');
    full = await read(join(out, 'pbx-hafen/example-pbx-1.0'), `${HEADER} ${CUSTOMER}`);
    annex = await read(join(out, 'pbx-hafen/example-pbx-1.0-annex'), ANNEX);
  }, 240_000);

  it('in the full checklist: title, history, summary, contents, chapters, signatures', () => {
    const headings = full.html.map((s) => s.heading);
    expect(headings.slice(0, 5)).toEqual(['', HEADER, 'History of change', 'Summary', 'Contents']);
    expect(headings).toContain('5.3 Acceptance');
    expectAgreement(full);
  });

  it('in the annex: title, overview, summary, matrix, targets, settings, items not applicable, open items, signatures', () => {
    expect(annex.html.map((s) => s.heading)).toEqual([
      '',
      HEADER,
      'Customer deployment – overview',
      'Summary',
      'Responsibility matrix',
      'Target values',
      'Agreed customer settings',
      'Items not applicable',
      'Open items',
      'Signatures',
    ]);
    expectAgreement(annex);
  });

  it('titles the PDF and the DOCX with the checklist, the customer and (annex) the annex', async () => {
    const title = async (pdf: string) => /^Title:\s*(.*)$/m.exec((await run('pdfinfo', ['-enc', 'UTF-8', pdf])).stdout)?.[1];
    expect(await title(join(out, 'pbx-hafen/example-pbx-1.0.pdf'))).toBe(`${HEADER} – ${CUSTOMER}`);
    expect(await title(join(out, 'pbx-hafen/example-pbx-1.0-annex.pdf'))).toBe(`${HEADER} – Statement of Work annex – ${CUSTOMER}`);
    const core = await (await JSZip.loadAsync(await readFile(join(out, 'pbx-hafen/example-pbx-1.0-annex.docx')))).file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:title>${HEADER} – Statement of Work annex – ${CUSTOMER}</dc:title>`);
    expect(core).toContain('<dc:creator>Nordsee Telekommunikation KG</dc:creator>');
  });

  it('prints the signing declaration above the signatures in every format', () => {
    const declaration = wordsOf('By signing, customer and supplier confirm the measures, settings and responsibilities agreed in this').join(' ');
    for (const format of [full.html, full.docx, full.pdf, annex.html, annex.docx]) {
      expect(format.map((s) => s.words.join(' ')).join(' ')).toContain(declaration);
    }
  });
});

describe('at a level that leaves chapters out: the full checklist, the annex and the offer agree', () => {
  let out = '';
  let full: Formats;
  const base = () => join(out, 'pbx-hafen/example-pbx-1.0-minimum');

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'checklist-agree-level-'));
    const built = await runCli(['build', 'content/deployments/pbx-hafen.json', '--level', 'minimum', '--annex', '--out', out, '--docx-page-numbers', 'off'], { cwd: repoRoot });
    expect(built.stderr).toBe('');
    const offer = await runCli(['build', 'content/deployments/pbx-hafen.json', '--level', 'minimum', '--offer', '--out', out], { cwd: repoRoot });
    expect(offer.stderr).toBe('');
    full = await read(base(), `${HEADER} ${CUSTOMER}`);
  }, 300_000);

  it('in the full checklist, with the chapters left out named once and links to them as text', () => {
    const headings = full.html.map((s) => s.heading);
    expect(headings).toContain('2 Minimum security');
    expect(headings.filter((h) => /^[34] /.test(h))).toEqual([]);
    expectAgreement(full);
    const appendix = (f: Section[]) => f.find((s) => s.heading === 'Appendix – items of higher security levels')!.words.join(' ');
    for (const format of [full.html, full.pdf, full.docx]) {
      expect(appendix(format)).toContain(wordsOf('Chapter 4 Maximum security has no item at level minimum and is left out.').join(' '));
      const text = format.map((s) => s.words.join(' ')).join(' ');
      expect(text).toContain(wordsOf('(see 3.2 Password rules (not in level minimum))').join(' '));
    }
  });

  it('in the annex and the offer', async () => {
    expectAgreement(await read(`${base()}-annex`, ANNEX));
    const offer = await read(`${base()}-offer`, OFFER);
    expect(offer.html.map((s) => s.heading)).toEqual(['', HEADER, 'Customer deployment – overview', 'Scope, targets and responsibilities', 'Agreed customer settings', 'Signatures']);
    expectAgreement(offer);
  });

  it('links nowhere that is not in the document: HTML anchors and DOCX bookmarks', async () => {
    const html = await readFile(`${base()}.html`, 'utf8');
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !ids.has(href))).toEqual([]);
    const xml = await (await JSZip.loadAsync(await readFile(`${base()}.docx`))).file('word/document.xml')!.async('string');
    const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((anchor) => !bookmarks.has(anchor))).toEqual([]);
  });
});
