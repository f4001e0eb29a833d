/**
 * The annex's and the offer's tables of text, built as a user builds them and read back (HTML
 * DOM, PDF text, DOCX XML): a master without levels has no Target values part and no Target
 * column, a master with levels keeps both; a per-component item not applicable has the matrix's
 * short answer in Items not applicable, never every row's box; IDs stay whole in every table.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/poppler.js';
import { openDocx } from '../docx/helpers.js';
import { runCli } from '../helpers/run-cli.js';
import { expectAgreement, readFormats, type Formats } from './agreement.js';
import { docxSections, wordsOf } from './section-texts.js';

const CUSTOMER = 'Klinik am Neubau';
const LONG_ID = 'CL-BIOS-WriteProtection';
const components = ['Main server', 'Standby server', 'Browser', 'Java runtime', 'Virus protection', 'Web client', 'Reporting client'];

const master = (title: string, levels: boolean) => `---
title: ${title} Security Checklist
product: Vendor Appliance 5
version: "2.0"
date: 2025-03-01
documentId: VA-002
${levels ? 'levels: [minimum, maximum]\n' : ''}components: [Main server, Standby server]
---

# Hardening

| CL-SF:SWstatus Appliance | Software up to date |
| --- | --- |
| Executed | |
${components.map((row) => `| ${row} | Yes / No / Deactivated / Not installed |`).join('\n')}
| Customer comments / reasons | |

| ${LONG_ID} Appliance | Setting write protection |
| --- | --- |
${levels ? '| Target | minimum: Jumper set; maximum: Jumper set and sealed |\n' : ''}| Executed | Yes / No / Deactivated |

| CL-1 Appliance | Access protected by passwords |
| --- | --- |
| Executed | Yes / No |
`;

const deployment = (checklist: string) => ({
  checklist,
  customer: { company: CUSTOMER },
  components: ['Main server', 'Standby server'],
  answers: {
    // Every row answered with an option other than Yes or No: the item is not applicable.
    'CL-SF:SWstatus': {
      components: Object.fromEntries(components.map((row, i) => [row, i < 2 ? 'Deactivated' : 'Not installed'])),
      comment: 'Appliance runs no third-party software.',
    },
    [LONG_ID]: { status: 'Deactivated', comment: 'Virtual machines have no jumper.' },
    'CL-1': { status: 'Yes' },
  },
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const headsOf = (html: string, table: string) => selectAll(`${table} thead th`, fromHtml(html)).map((th) => toString(th));
const section = (format: Formats['html'], heading: string) => format.find((s) => s.heading === heading)?.words.join(' ') ?? `(no section ${heading})`;
/** How often the ID stands on one line of the PDF's text: once per table it is in, when none wraps it. */
const wholeInPdf = (text: string) => text.split('\n').filter((line) => line.includes(LONG_ID)).length;

describe('the annex’s and the offer’s tables of text', () => {
  let out = '';
  const base = (deployment: string, checklist: string, name: string) => join(out, deployment, `${checklist}-2.0${name}`);
  let annex: Formats;
  let leveledAnnex: Formats;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-annex-tables-'));
    await mkdir(join(dir, 'content/checklists'), { recursive: true });
    await mkdir(join(dir, 'content/deployments'), { recursive: true });
    await writeFile(join(dir, 'content/checklists/vendor-appliance.md'), master('Vendor Appliance', false));
    await writeFile(join(dir, 'content/checklists/leveled.md'), master('Leveled Appliance', true));
    await writeFile(join(dir, 'content/deployments/neubau.json'), JSON.stringify(deployment('vendor-appliance'), null, 2));
    await writeFile(join(dir, 'content/deployments/leveled.json'), JSON.stringify({ ...deployment('leveled'), level: 'maximum' }, null, 2));
    out = join(dir, 'out');
    const options = ['--content', 'content', '--out', 'out', '--docx-page-numbers', 'off'];
    for (const args of [
      ['build', 'content/deployments/neubau.json', 'content/deployments/leveled.json', '--annex-only'],
      ['build', 'content/deployments/neubau.json', 'content/deployments/leveled.json', '--offer'],
    ]) {
      const built = await runCli([...args, ...options], { cwd: dir });
      expect(built.stderr, args.join(' ')).toBe('');
      expect(built.code, args.join(' ')).toBe(0);
    }
    const running = (title: string) => ({ header: `${title} Security Checklist – Statement of Work annex ${CUSTOMER}`, footer: 'VA-002 · Version 2.0' });
    annex = await readFormats(base('neubau', 'vendor-appliance', '-annex'), running('Vendor Appliance'));
    leveledAnnex = await readFormats(base('leveled', 'leveled', '-annex'), running('Leveled Appliance'));
  }, 240_000);

  it('has no Target values part and no Target column for a master without levels, in every format; a master with levels keeps both', async () => {
    expect(annex.html.map((s) => s.heading)).not.toContain('Target values');
    expectAgreement(annex);
    const offerBase = base('neubau', 'vendor-appliance', '-offer');
    expect(headsOf(await readFile(`${offerBase}.html`, 'utf8'), 'table.text-table')).toEqual(['ID', 'Item', 'Installation', 'Operation']);
    for (const text of [await pdfText(await readFile(`${offerBase}.pdf`)), await pdfText(await readFile(`${base('neubau', 'vendor-appliance', '-annex')}.pdf`))]) {
      expect(squash(text)).not.toMatch(/Target value|No item has a target/);
    }
    // The DOCX's scope has the same columns: its words are the HTML's.
    const offerDocx = await docxSections(await readFile(`${offerBase}.docx`));
    // Nor does its title or the signature text name targets.
    expect(section(offerDocx, 'Scope and responsibilities')).toContain(wordsOf(`ID Item Installation Operation CL-SF:SWstatus Software up to date ${LONG_ID} Setting write protection CL-1`).join(' '));

    const offerHtml = await readFile(`${offerBase}.html`, 'utf8');
    expect(offerHtml).toContain('agree the scope, settings and responsibilities');
    expect(offerHtml).not.toMatch(/scope, targets|target values, settings/i);
    expect(offerHtml).toContain('Offer annex: scope and responsibilities');
    // The PDF's running header and the DOCX's header too.
    expect(squash(await pdfText(await readFile(`${offerBase}.pdf`)))).not.toMatch(/scope, targets/i);
    expect(await (await openDocx(await readFile(`${offerBase}.docx`))).parts(/^word\/header\d*\.xml$/)).toContain('Offer annex: scope and responsibilities');

    expect(leveledAnnex.html.map((s) => s.heading)).toContain('Target values');
    expectAgreement(leveledAnnex);
    expect(section(leveledAnnex.docx, 'Target values')).toContain(wordsOf(`ID Item Target value (maximum) ${LONG_ID} Setting write protection Jumper set and sealed`).join(' '));
    const leveledOffer = await readFile(`${base('leveled', 'leveled', '-offer')}.html`, 'utf8');
    expect(headsOf(leveledOffer, 'table.text-table')).toEqual(['ID', 'Item', 'Level', 'Target value (maximum)', 'Installation', 'Operation']);
    expect(leveledOffer).toContain('Scope, targets and responsibilities');
    expect(leveledOffer).toContain('Offer annex: scope, targets and responsibilities');
    expect(leveledOffer).toContain('agree the scope, target values, settings and responsibilities');
  });

  it('gives a per-component item not applicable the matrix’s short answer, not every row’s box', () => {
    const short = 'Deactivated: Main server, Standby server; Not installed: 5 of 7 component rows';
    for (const format of [annex.html, annex.docx]) {
      const rows = section(format, 'Items not applicable');
      expect(rows).toContain(wordsOf(`CL-SF:SWstatus Software up to date ${short} Appliance runs no third-party software.`).join(' '));
      expect(rows).not.toMatch(/Browser|Java|Web client/);
    }
    // The PDF's columns interleave: its letters agree with the HTML's (expectAgreement), and no row is listed.
    expect(section(annex.pdf, 'Items not applicable')).not.toMatch(/Browser|Java|Web client/);
  });

  it('keeps IDs whole in the targets, the scope and the items not applicable, in the HTML and the PDF', async () => {
    const idCells = (html: string) => selectAll('table.text-table td.id', fromHtml(html));
    const pages = {
      annex: await readFile(`${base('neubau', 'vendor-appliance', '-annex')}.html`, 'utf8'),
      offer: await readFile(`${base('neubau', 'vendor-appliance', '-offer')}.html`, 'utf8'),
      leveledAnnex: await readFile(`${base('leveled', 'leveled', '-annex')}.html`, 'utf8'),
      leveledOffer: await readFile(`${base('leveled', 'leveled', '-offer')}.html`, 'utf8'),
    };
    for (const [name, html] of Object.entries(pages)) {
      const cells = idCells(html);
      expect(cells.map((td) => toString(td)), name).toContain(LONG_ID);
      expect(cells.flatMap((td) => selectAll('wbr', td as Element)), name).toEqual([]);
    }
    // Matrix and items not applicable; with levels the targets too; the offer's scope.
    expect(wholeInPdf(await pdfText(await readFile(`${base('neubau', 'vendor-appliance', '-annex')}.pdf`)))).toBe(2);
    expect(wholeInPdf(await pdfText(await readFile(`${base('leveled', 'leveled', '-annex')}.pdf`)))).toBe(3);
    expect(wholeInPdf(await pdfText(await readFile(`${base('neubau', 'vendor-appliance', '-offer')}.pdf`)))).toBe(1);
    expect(wholeInPdf(await pdfText(await readFile(`${base('leveled', 'leveled', '-offer')}.pdf`)))).toBe(1);
  });
});
