/**
 * A vendor checklist without `levels` and a deployment without `date`, built as a user builds
 * them (full checklist, annex, offer, blank checklist, form) and read back: HTML DOM, PDF text
 * per page, DOCX XML. No format may print "Security level: none", a Level table or column of
 * "every level", or the master's date in the footer beside a blank Date; the responsibility
 * matrix gives a per-component item a short status and keeps IDs whole.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/poppler.js';
import { runCli } from '../helpers/run-cli.js';
import { expectAgreement, readFormats, type Formats } from './agreement.js';
import { wordsOf } from './section-texts.js';

const TITLE = 'Vendor Appliance Security Checklist';
const CUSTOMER = 'Klinik am Neubau';
// The master's date: it must not stand in the footer for the deployment's, which is blank.
const MASTER_DATE = '2025-03-01';
const FOOTER = 'VA-002 · Version 2.0';

const master = `---
title: ${TITLE}
product: Vendor Appliance 5
version: "2.0"
date: ${MASTER_DATE}
documentId: VA-002
components: [Main server, Standby server]
---

# Hardening

| CL-SF:SWstatus Appliance | Software up to date |
| --- | --- |
| Executed | |
| Main server | Yes / No |
| Standby server | Yes / No |
| Browser | Yes / No |
| Java runtime | Yes / No |
| Virus protection | Yes / No |
| Web client | Yes / No |
| Reporting client | Yes / No |
| Customer comments / reasons | |

| CL-1 Appliance | Access protected by passwords |
| --- | --- |
| Executed | |
| Main server | Yes / No |
| Standby server | Yes / No |

| CL-BIOS-WriteProtection Appliance | Setting write protection |
| --- | --- |
| Executed | Yes / No |

| CL-EWS1 Appliance | EWS interface secured |
| --- | --- |
| Executed | Yes / No / Deactivated |
`;

const deployment = {
  checklist: 'vendor-appliance',
  customer: { company: CUSTOMER },
  components: ['Main server', 'Standby server'],
  answers: {
    'CL-SF:SWstatus': { components: { 'Main server': 'Yes', 'Standby server': 'No', Browser: 'Yes', 'Java runtime': 'Yes', 'Virus protection': 'Yes' } },
    'CL-1': { components: { 'Main server': 'Yes', 'Standby server': 'Yes' } },
    'CL-BIOS-WriteProtection': { status: 'No' },
    'CL-EWS1': { status: 'Deactivated' },
  },
};

/** Every text a reader of a DOCX sees: body, headers and footers. */
async function docxText(bytes: Uint8Array): Promise<{ body: string; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) =>
    [...((await zip.file(name)!.async('string')).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|p)[ />]/g))].map((m) => m[1] ?? ' ').join('');
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  return { body: await text('word/document.xml'), footers: await Promise.all(footers.map(text)) };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a reader of the page sees: the body's text, without its script. */
function pageText(html: string): string {
  const body = selectAll('body', fromHtml(html))[0]!;
  body.children = body.children.filter((child) => child.type !== 'element' || (child.tagName !== 'script' && child.tagName !== 'style'));
  return squash(toString(body));
}

describe('a master without levels and a deployment without a date', () => {
  let out = '';
  const base = (name: string) => join(out, 'neubau', `vendor-appliance-2.0${name}`);
  const blankBase = () => join(out, 'blank', 'vendor-appliance-2.0');
  let full: Formats;
  let annex: Formats;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-no-levels-'));
    await mkdir(join(dir, 'content/checklists'), { recursive: true });
    await mkdir(join(dir, 'content/deployments'), { recursive: true });
    await writeFile(join(dir, 'content/checklists/vendor-appliance.md'), master);
    await writeFile(join(dir, 'content/deployments/neubau.json'), JSON.stringify(deployment, null, 2));
    out = join(dir, 'out');
    const options = ['--content', 'content', '--out', 'out', '--docx-page-numbers', 'off'];
    for (const args of [
      ['build', 'content/deployments/neubau.json', '--annex', '--format', 'html,pdf,docx,form'],
      ['build', 'content/deployments/neubau.json', '--offer'],
      ['build', '--blank', 'vendor-appliance'],
    ]) {
      const built = await runCli([...args, ...options], { cwd: dir });
      expect(built.stderr, args.join(' ')).toBe('');
      expect(built.code, args.join(' ')).toBe(0);
    }
    const running = (header: string) => ({ header, footer: FOOTER, repeatedHeads: ['ID Item Installation Operation Status', 'ID Item Why open Owner Due Comment'] });
    full = await readFormats(base(''), running(`${TITLE} ${CUSTOMER}`));
    annex = await readFormats(base('-annex'), running(`${TITLE} – Statement of Work annex ${CUSTOMER}`));
  }, 240_000);

  it('states no security level and counts no levels, in every output', async () => {
    const outputs = ['', '-annex', '-offer'].map(base).concat(blankBase());
    for (const path of outputs) {
      const texts = {
        html: pageText(await readFile(`${path}.html`, 'utf8')),
        pdf: squash(await pdfText(await readFile(`${path}.pdf`))),
        docx: squash((await docxText(await readFile(`${path}.docx`))).body),
      };
      for (const [format, text] of Object.entries(texts)) {
        expect(text, `${path}.${format}`).toContain('Checklist version');
        // The master's own prose has no such words: whatever says them is the tool's.
        expect(text, `${path}.${format}`).not.toMatch(/security level|every level|Level Items|\bnone\b/i);
      }
    }
    const form = pageText(await readFile(`${base('-form')}.html`, 'utf8'));
    expect(form).toContain('Checklist version');
    expect(form).not.toMatch(/security level|every level|\bnone\b/i);
  });

  it('leaves the Level column out of the responsibility matrix, and the Level and Target columns out of the offer’s scope', async () => {
    const page = fromHtml(await readFile(`${base('-annex')}.html`, 'utf8'));
    expect(selectAll('table.matrix thead th', page).map((th) => toString(th))).toEqual(['ID', 'Item', 'Installation', 'Operation', 'Status']);
    const offer = fromHtml(await readFile(`${base('-offer')}.html`, 'utf8'));
    expect(selectAll('table.text-table thead th', offer).map((th) => toString(th))).toEqual(['ID', 'Item', 'Installation', 'Operation']);
    // The formats carry the same words: the DOCX and the PDF have no Level column either.
    expectAgreement(annex);
    expectAgreement(full);
  });

  it('prints the title block’s date in the footer, and none while that is blank', async () => {
    for (const path of ['', '-annex'].map(base).concat(blankBase())) {
      const pages = (await pdfText(await readFile(`${path}.pdf`))).split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const lines = page.split('\n').map(squash).filter((line) => line !== '');
        expect(lines.at(-1), `${path}.pdf`).toMatch(/^VA-002 · Version 2\.0 Page \d+ of \d+$/);
      }
      const { footers } = await docxText(await readFile(`${path}.docx`));
      expect(footers.length).toBeGreaterThan(0);
      for (const footer of footers) {
        expect(squash(footer), `${path}.docx`).not.toContain(MASTER_DATE);
        expect(squash(footer), `${path}.docx`).toMatch(/^VA-002 · Version 2\.0 Page/);
      }
    }
    // The title block's Date is a line to fill in.
    const dateRow = selectAll('table.doc-info tr', fromHtml(await readFile(`${base('')}.html`, 'utf8'))).find((tr) => toString(tr).startsWith('Date'));
    expect(squash(toString(dateRow!))).toBe('Date');
  });

  it('gives a per-component item a short status in the matrix: what is not done, never the boxes that are fine', async () => {
    const page = fromHtml(await readFile(`${base('-annex')}.html`, 'utf8'));
    const status = Object.fromEntries(selectAll('table.matrix tbody tr', page).map((tr) => [toString(selectAll('td.id', tr)[0]!), squash(toString(selectAll('td.status', tr)[0]!))]));
    expect(status).toEqual({
      'CL-SF:SWstatus': 'OpenNo: Standby server; not answered: Web client, Reporting client',
      'CL-1': 'Done',
      'CL-BIOS-WriteProtection': 'Open',
      'CL-EWS1': 'Not applicableDeactivated',
    });
    // The DOCX's cells follow each other; the PDF's columns interleave, so its letters are compared (expectAgreement).
    const matrix = (format: Formats['html']) => format.find((s) => s.heading === 'Responsibility matrix')!.words.join(' ');
    expect(matrix(annex.docx)).toContain(wordsOf('CL-SF:SWstatus Software up to date Open No: Standby server; not answered: Web client, Reporting client CL-1').join(' '));
    for (const format of [annex.html, annex.pdf, annex.docx]) expect(matrix(format)).not.toMatch(/Java|Main server|Browser/);
  });

  it('keeps an ID whole in the matrix', async () => {
    const page = fromHtml(await readFile(`${base('-annex')}.html`, 'utf8'));
    const ids = selectAll('table.matrix td.id', page);
    expect(ids.map((td) => toString(td))).toContain('CL-BIOS-WriteProtection');
    expect(ids.flatMap((td) => selectAll('wbr', td as Element))).toEqual([]);
    const pdf = await pdfText(await readFile(`${base('-annex')}.pdf`));
    expect(pdf.split('\n').some((line) => /^\s*CL-BIOS-WriteProtection\s/.test(line))).toBe(true);
  });
});
