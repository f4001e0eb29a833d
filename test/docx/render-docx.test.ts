/**
 * The DOCX of the fixture view, read back from its XML parts: Word's own styles, the TOC field,
 * items as tables with their boxes, the customer's data as text, header, footer and properties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerChecklist } from '../../src/model/view.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { all, fieldInstructions, openDocx, tablesOf, wordText, type DocxParts } from './helpers.js';

describe('renderDocx, full variant', () => {
  let docx: DocxParts;
  let xml = '';
  let text = '';

  beforeAll(async () => {
    docx = await openDocx(await renderDocx(viewFixture));
    xml = await docx.part('word/document.xml');
    text = wordText(xml);
  });

  it('uses Word’s own Title and heading styles, with outline levels for the navigation pane', async () => {
    const own = ['Title', 'Subtitle', 'TOCHeading', 'TOC1', 'TOC2', 'Heading1', 'Heading2', 'CodeBlock', 'Caption'];
    const tables = ['TableText', 'TableHeader', 'TableLabel', 'TableRowLabel', 'TableGroup', 'TableNote', 'TablePrompt', 'FillLine', 'FillLines', 'TableSpacer'];
    expect(new Set(all(xml, /<w:pStyle w:val="([^"]+)"\/>/g))).toEqual(new Set([...own, ...tables]));
    const styles = await docx.part('word/styles.xml');
    const outline = (id: string) => all(styles, new RegExp(`w:styleId="${id}".*?<w:outlineLvl w:val="(\\d)"/>`, 'gs'))[0];
    expect([outline('Heading1'), outline('Heading2'), outline('Heading3')]).toEqual(['0', '1', '2']);
  });

  it('numbers headings as the view does, each title after a tab and hanging from it, so a title that wraps goes on under itself', () => {
    expect(text).toContain('1\tMail and directory');
    expect(text).toContain('3.1\tVPN connection');
    const headings = all(xml, /(<w:p><w:pPr><w:pStyle w:val="Heading\d"\/>.*?<\/w:pPr>)/g);
    const numbered = headings.filter((heading) => heading.includes('<w:tab w:val="left"'));
    expect(numbered.length).toBeGreaterThan(3);
    for (const heading of numbered) {
      const [, stop] = /<w:tab w:val="left" w:pos="(\d+)"\/>/.exec(heading)!;
      expect(heading).toContain(`<w:ind w:left="${stop}" w:hanging="${stop}"/>`);
    }
    // A heading without a number (a generated part's) does not hang.
    expect(headings.filter((heading) => !numbered.includes(heading)).every((heading) => !heading.includes('<w:ind'))).toBe(true);
    // Heading 2 (12.5 pt): 2.5 em, as the HTML's number box and its margin.
    expect(headings.find((heading) => heading.includes('"Heading2"'))).toContain('<w:tab w:val="left" w:pos="625"/>');
  });

  it('has a TOC field with its entries written with their page numbers, exact, so Word does not ask to update it', async () => {
    expect(fieldInstructions(xml)).toContain('TOC \\h \\o "1-3"');
    const entries = all(xml, /<w:pStyle w:val="TOC\d"\/>(.*?)<\/w:p>/g).map(wordText);
    // Word's contents take the tab after a heading's number as a space (no \w switch).
    expect(entries).toContainEqual(expect.stringMatching(/^1 Mail and directory\t\d+$/));
    expect(entries).toContainEqual(expect.stringMatching(/^3\.1 VPN connection\t\d+$/));
    expect(all(await docx.part('word/settings.xml'), /(<w:updateFields[^>]*>)/g)).toEqual([]);
  });

  it('writes every item as a table with a repeated header row and rows that do not split', () => {
    for (const item of viewFixture.items) expect(text).toContain(item.id);
    const tables = xml.split('<w:tbl>').slice(1);
    const itemTables = tables.filter((t) => viewFixture.items.some((item) => t.includes(`>${item.id}<`) && t.includes('Responsible')));
    expect(itemTables).toHaveLength(viewFixture.items.length);
    for (const table of itemTables) {
      expect(all(table, /<w:trPr>(.*?)<\/w:trPr>/g)[0]).toBe('<w:cantSplit/><w:tblHeader/>');
      expect(all(table, /<w:gridCol w:w="(\d+)"\/>/g)).toEqual(['2698', '6940']);
    }
  });

  it('checks the chosen option and leaves the others open', () => {
    expect(text).toContain('☒\u00A0Yes');
    expect(text).toContain('☐\u00A0No');
    expect(text).toContain('☐\u00A0Deactivated');
    expect(text).toContain('☐\u00A0No network or remote access');
  });

  it('shows write-in fields, the chosen target and the responsibility', () => {
    expect(text).toContain('Version: 5.0.3');
    expect(text).toContain('10 characters, mixed case');
    expect(text).toContain('Installation: Supplier');
    expect(text).toContain('Operation: Customer');
    // No party agreed: a box per party to tick.
    expect(text).toMatch(/Installation: ☐\s*Customer\s+☐\s*Supplier\s+☐\s*Shared/);
  });

  it('holds the customer’s data: overview, fillable table, signatures', () => {
    for (const value of ['Müller Klinikum GmbH', 'jana.mueller@example.org', 'Königstraße 12', 'UC Server 5.0.3 on srv-uc-01 (10.1.2.3)', '2026-04-30', 'IT security officer']) {
      expect(text).toContain(value);
    }
    expect(text).toMatch(/Minimal password length8 ?12/);
  });

  it('keeps markup in a comment as text, and its line break as a break between a control per line', () => {
    expect(xml.includes('<script>')).toBe(false);
    expect(text).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>Second line: 10:30 Uhr, Köln');
    const between = all(xml, /onerror=alert\(2\)&gt;<\/w:t><\/w:r>(.*?)<w:t[^>]*>Second line/g)[0]!;
    // LibreOffice reads a plain-text control as one field and moves a break inside it out in front.
    expect(between).toMatch(/^<\/w:sdtContent><\/w:sdt><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:br\/>(<w:t[^>]*><\/w:t>)?<\/w:r><w:sdt>.*<w:tag w:val="item\/CL-SMTP1\/comment"\/>.*<w:sdtContent><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?$/);
    for (const control of all(xml, /<w:sdtContent>(.*?)<\/w:sdtContent>/g)) expect(control).not.toMatch(/<w:(br|cr)\b/);
  });

  it('bookmarks headings and items under Word-safe names and links cross-references to them', () => {
    const names = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]!).filter((n) => !n.startsWith('_Toc'));
    expect(names).toEqual(expect.arrayContaining(['mail_and_directory', 'vpn_connection', 'CL_SMTP1', 'CL_SF_SNMPv3']));
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors).toContain('vpn_connection');
    expect(anchors).toContain('CL_SrvPwd'); // the matrix links to the item
    for (const anchor of anchors) expect([...names, ...xml.matchAll(/w:name="(_Toc\d+)"/g)].flat()).toContain(anchor);
  });

  it('introduces a generated part by its section’s heading, or by a caption after other content', () => {
    const annex = text.slice(text.lastIndexOf('3.1\tVPN connection'));
    expect(annex.startsWith('3.1\tVPN connectionIDItem')).toBe(true);
    expect(annex).toContain('Open itemsOpen issues to be resolved until: 2026-04-30IDItem');
  });

  it('puts title and customer in the header, page X of Y in the footer', async () => {
    const header = wordText(await docx.parts(/^word\/header\d*\.xml$/));
    expect(header).toContain('Example UC Server V5R0 Security Checklist');
    expect(header).toContain('Müller Klinikum GmbH');
    const footer = await docx.parts(/^word\/footer\d*\.xml$/);
    expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(wordText(footer)).toMatch(/Page \d* of \d*/);
    expect(wordText(footer)).toContain('EX-SEC-0042');
    expect(wordText(footer)).toContain('Version 2.1');
  });

  it('is A4 with 2 cm margins', () => {
    expect(all(xml, /(<w:pgSz [^>]*>)/g)).toEqual(['<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>']);
    expect(all(xml, /<w:pgMar ([^>]*)\/>/g)[0]).toMatch(/^w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
  });

  it('sets the document properties', async () => {
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Example UC Server V5R0 Security Checklist – Müller Klinikum GmbH</dc:title>');
    expect(core).toContain('<dc:subject>Müller Klinikum GmbH</dc:subject>');
    // Author: the supplier who hands the document over.
    expect(core).toContain('<dc:creator>Beispiel Integration AG</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>checklist</cp:lastModifiedBy>');
    expect(all(core, /<cp:keywords>([^<]*)/g)[0]).toContain('version 2.1');
    expect(core).toContain('>2025-03-14T00:00:00Z</dcterms:created>');
  });
});

describe('renderDocx, annex variant', () => {
  let xml = '';
  let text = '';

  beforeAll(async () => {
    xml = await (await openDocx(await renderDocx(viewFixture, { variant: 'annex' }))).part('word/document.xml');
    text = wordText(xml);
  });

  it('holds the agreements and no prose or item tables', () => {
    for (const part of ['Customer deployment – overview', 'Security level', 'Summary', 'Responsibility matrix', 'Open items', 'Signatures']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('CL-CERT3'); // left out by the level, listed under it
    expect(text).not.toContain('Mail and directory');
    expect(text).not.toContain('Measures');
    expect(text).not.toContain('TOC \\o');
  });

  it('has tables that survive pasting: fixed widths in twips, the table style, nothing floating', () => {
    const tables = tablesOf(xml);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const width = Number(all(table, /<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)[0]);
      const columns = all(table.slice(0, table.indexOf('</w:tblGrid>')), /<w:gridCol w:w="(\d+)"\/>/g).map(Number);
      expect(columns.reduce((a, b) => a + b, 0)).toBe(width);
      expect(width).toBeLessThanOrEqual(9638);
      // A table that holds tables only places them (the summary's counts side by side).
      expect(table).toContain(table.includes('<w:tbl/>') ? '<w:tblStyle w:val="ChecklistLayout"/>' : '<w:tblStyle w:val="ChecklistTable"/>');
    }
    expect(all(xml, /w:type="(pct|auto)"/g)).toEqual([]);
    expect(all(xml, /<(w:tblpPr|w:framePr)/g)).toEqual([]);
  });
});

describe('renderDocx, generated parts without directives', () => {
  it('puts the overview first and the signatures last', async () => {
    const view: CustomerChecklist = {
      ...viewFixture,
      body: viewFixture.body.filter((block) => block.kind !== 'directive'),
      hasOverviewDirective: false,
      hasSignaturesDirective: false,
    };
    const text = wordText(await (await openDocx(await renderDocx(view))).part('word/document.xml'));
    const overview = text.lastIndexOf('Customer deployment – overview');
    const firstChapter = text.lastIndexOf('1\tMail and directory');
    const signatures = text.lastIndexOf('By signing, customer and supplier confirm');
    expect(overview).toBeGreaterThan(-1);
    expect(overview).toBeLessThan(firstChapter);
    expect(signatures).toBeGreaterThan(text.lastIndexOf('3.1\tVPN connection'));
  });

  it('leaves lines to fill for a blank checklist', async () => {
    const view: CustomerChecklist = structuredClone(viewFixture);
    view.blank = true;
    view.customerName = '';
    view.overview.customer = { company: '', name: '', address: '', telephone: '', email: '' };
    const xml = await (await openDocx(await renderDocx(view))).part('word/document.xml');
    expect(wordText(xml)).toContain('Checklist to fill in');
    expect(xml).toContain('w:leader="underscore"');
  });
});
