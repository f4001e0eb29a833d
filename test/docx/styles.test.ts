/**
 * The DOCX is built from styles: read back from its XML parts, the look is in styles.xml (and the
 * Word theme), the body refers to styles and sets no size, colour or font of its own, and a theme
 * changes the styles, never the body. Through LibreOffice (styles-libreoffice.test.ts): a changed
 * Normal font or theme body font changes the text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THEME, type Theme } from '../../src/present/theme.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { all, openDocx, tablesOf, type DocxParts } from './helpers.js';

/** The inside of a style's element, by id. */
const styleOf = (styles: string, id: string) => all(styles, new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 'gs'))[0] ?? '';

/** Every run's properties (empty for a run without). */
const runProperties = (xml: string) => all(xml, /<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?/g).map((p) => p ?? '');

describe('the DOCX built from styles', () => {
  let docx: DocxParts;
  let xml = '';
  let styles = '';

  beforeAll(async () => {
    docx = await openDocx(await renderDocx(viewFixture, { pageNumbers: false }));
    xml = await docx.part('word/document.xml');
    styles = await docx.part('word/styles.xml');
  });

  it('sets the document language, the body size and colour, and the Word theme’s body font in the document defaults', async () => {
    const defaults = all(styles, /<w:docDefaults>(.*?)<\/w:docDefaults>/gs)[0]!;
    expect(defaults).toContain('<w:lang w:val="en-US"/>');
    expect(defaults).toContain('<w:sz w:val="20"/>');
    expect(defaults).toContain('<w:color w:val="262626"/>');
    expect(defaults).toMatch(/<w:rFonts w:asciiTheme="minorHAnsi"/);
    const theme = await docx.part('word/theme/theme1.xml');
    expect(all(theme, /<a:minorFont><a:latin typeface="([^"]+)"/g)).toEqual(['Arial']);
    expect(all(theme, /<a:majorFont><a:latin typeface="([^"]+)"/g)).toEqual(['Arial']);
  });

  it('lets no run set its own size, colour or font: character styles say what a run is', () => {
    const runs = runProperties(xml);
    expect(runs.length).toBeGreaterThan(200);
    expect(runs.filter((p) => /<w:(sz|szCs|color|rFonts) /.test(p))).toEqual([]);
    const used = new Set(runs.flatMap((p) => all(p, /<w:rStyle w:val="([^"]+)"/g)));
    expect([...used].sort()).toEqual(['Answer', 'Checkbox', 'CheckboxChecked', 'FillLineChar', 'Hyperlink', 'StatusDone', 'StatusNone', 'StatusOpen'].sort());
    for (const id of used) expect(styleOf(styles, id), id).not.toBe('');
    expect(styleOf(styles, 'Checkbox')).toContain('<w:sz w:val="20"/>');
  });

  it('puts every table in the table style, with the borders and cell padding there and not on the cells', () => {
    const tables = tablesOf(xml);
    expect(tables.length).toBeGreaterThan(10);
    // The one table that only places others side by side (the summary's counts) has the layout style: no rules, no padding.
    const layout = tables.filter((table) => table.includes('<w:tbl/>'));
    expect(layout).toHaveLength(1);
    expect(layout[0]).toContain('<w:tblStyle w:val="ChecklistLayout"/>');
    expect(styleOf(styles, 'ChecklistLayout')).not.toContain('<w:tblBorders>');
    for (const table of tables.filter((table) => !layout.includes(table))) {
      expect(table).toContain('<w:tblStyle w:val="ChecklistTable"/>');
      expect(table.slice(0, table.indexOf('</w:tblPr>'))).not.toMatch(/<w:tblBorders>|<w:tblCellMar>/);
    }
    expect(all(xml, /(<w:tcMar>)/g)).toEqual([]);
    const style = styleOf(styles, 'ChecklistTable');
    expect(all(style, /<w:tblCellMar>(.*?)<\/w:tblCellMar>/g)[0]).toBe(
      '<w:top w:w="45" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="45" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>',
    );
    expect(style).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(style).toMatch(/<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd [^>]*w:fill="DFE6EC"/);
  });

  it('keeps what Word needs for a fixed layout: the grid, and each cell’s width as the columns it spans', () => {
    for (const table of tablesOf(xml)) {
      const grid = all(table.slice(0, table.indexOf('</w:tblGrid>')), /<w:gridCol w:w="(\d+)"\/>/g).map(Number);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const firstRow = table.slice(table.indexOf('<w:tr>'), table.indexOf('</w:tr>'));
      const widths = all(firstRow, /<w:tcW w:type="dxa" w:w="(\d+)"\/>/g).map(Number);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(grid.reduce((a, b) => a + b, 0));
    }
  });

  it('shades a cell itself only where it differs from the table style (group rows, the customer’s column)', () => {
    expect(new Set(all(xml, /<w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd [^>]*w:fill="([0-9A-F]{6})"/g))).toEqual(new Set(['E8EDF2', 'FFF8E1']));
  });

  it('writes text in cells in the table paragraph styles, with no spacing of its own', () => {
    const cells = xml.split('<w:tc>').slice(1).map((c) => c.slice(0, c.indexOf('</w:tc>')));
    const paragraphs = cells.flatMap((c) => all(c, /<w:p>(<w:pPr>.*?<\/w:pPr>)?/g).map((p) => p ?? ''));
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const p of paragraphs) expect(p).toMatch(/<w:pStyle w:val="(Table\w+|FillLines?)"\/>/);
    expect(paragraphs.filter((p) => p.includes('<w:spacing '))).toEqual([]);
    expect(styleOf(styles, 'TableText')).toContain('<w:spacing w:after="20" w:before="20" w:line="252" w:lineRule="auto"/>');
  });
});

describe('a theme reaches the DOCX through its styles', () => {
  const theme: Theme = { accent: '8B1E3F', text: '1F1F1F', fonts: { body: 'Georgia', headings: 'Liberation Serif', mono: 'Cousine' }, logo: null };
  let themed: DocxParts;
  let plain: DocxParts;

  beforeAll(async () => {
    themed = await openDocx(await renderDocx(viewFixture, { pageNumbers: false, theme }));
    plain = await openDocx(await renderDocx(viewFixture, { pageNumbers: false, theme: DEFAULT_THEME }));
  });

  it('colours headings, header rows and rules with the accent, the text with the text colour', async () => {
    const styles = await themed.part('word/styles.xml');
    expect(styleOf(styles, 'Heading1')).toContain('<w:color w:val="8B1E3F"/>');
    expect(styleOf(styles, 'TableHeader')).toContain('<w:color w:val="8B1E3F"/>');
    expect(all(styles, /<w:docDefaults>(.*?)<\/w:docDefaults>/gs)[0]).toContain('<w:color w:val="1F1F1F"/>');
    expect(styleOf(styles, 'ChecklistTable')).not.toContain('DFE6EC');
  });

  it('makes its fonts the Word theme’s, the free ones as the Word fonts they stand in for', async () => {
    const theme1 = await themed.part('word/theme/theme1.xml');
    expect(all(theme1, /<a:minorFont><a:latin typeface="([^"]+)"/g)).toEqual(['Georgia']);
    expect(all(theme1, /<a:majorFont><a:latin typeface="([^"]+)"/g)).toEqual(['Times New Roman']);
    expect(styleOf(await themed.part('word/styles.xml'), 'InlineCode')).toContain('w:ascii="Courier New"');
  });

  it('leaves the body as it is but for the shades a style cannot give', async () => {
    // The fills of group rows and the checkbox's font for Word to draw a ticked box in.
    const fills = (xml: string) => xml.replace(/w:fill="[0-9A-F]{6}"/g, 'w:fill=""').replace(/w14:font="[^"]*"/g, '');
    expect(fills(await themed.part('word/document.xml'))).toBe(fills(await plain.part('word/document.xml')));
  });
});
