/**
 * Prose of a master in Word: lists (nested, numbered from their own start, task items), a quote,
 * code, inline formatting, links, images and footnotes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { all, openDocx, wordText } from './helpers.js';
import { proseView } from './prose-view.js';

describe('prose blocks in the DOCX', () => {
  let xml = '';
  let numbering = '';
  let footnotes = '';
  let rels = '';
  let styles = '';

  beforeAll(async () => {
    const docx = await openDocx(await renderDocx(proseView(), { pageNumbers: false }));
    xml = await docx.part('word/document.xml');
    numbering = await docx.part('word/numbering.xml');
    footnotes = await docx.part('word/footnotes.xml');
    rels = await docx.part('word/_rels/document.xml.rels');
    styles = await docx.part('word/styles.xml');
  });

  const runOf = (text: string) => all(xml, new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)<w:t[^>]*>${text}</w:t>`, 'g'))[0] ?? '';

  it('formats strong, emphasis, struck and code runs', () => {
    expect(runOf('strong')).toContain('<w:b/>');
    expect(runOf('emphasis')).toContain('<w:i/>');
    expect(runOf('struck')).toContain('<w:strike/>');
    // Code is in the Inline Code character style, which is monospace.
    expect(runOf('netsh advfirewall')).toBe('<w:rPr><w:rStyle w:val="InlineCode"/></w:rPr>');
    expect(all(styles, /<w:style w:type="character" w:styleId="InlineCode">(.*?)<\/w:style>/g)[0]).toContain('w:ascii="Courier New"');
  });

  it('links out with a hyperlink relationship, shows image alt text and refers to the footnote', () => {
    expect(all(rels, /Target="(https:[^"]+)" TargetMode="External"/g)).toEqual(['https://example.org/hardening']);
    expect(wordText(xml)).toContain('[Image: network diagram]');
    expect(all(xml, /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual(['1']);
    expect(wordText(footnotes)).toContain('The footnote text.');
  });

  it('writes bullet and numbered lists as Word lists, nested one level down, numbered from their start', () => {
    const levelOf = (text: string) => all(xml, new RegExp(`<w:ilvl w:val="(\\d)"/>(?:(?!</w:p>).)*>${text}<`, 'g'))[0];
    expect(levelOf('First bullet')).toBe('0');
    expect(levelOf('Nested bullet')).toBe('1');
    expect(levelOf('Third step')).toBe('0');
    expect(numbering).toContain('<w:start w:val="3"/>');
    // A task's box stands in place of the bullet, a tab from its text.
    expect(xml).toMatch(/>☒<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t xml:space="preserve">Done task</);
    expect(xml).toMatch(/>☐<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t xml:space="preserve">Open task</);
  });

  it('writes code as a monospace block that keeps its lines and indentation', () => {
    // One paragraph per line: the style's hanging indent marks a line that wraps.
    const lines = all(xml, /<w:pStyle w:val="CodeBlock"\/>(.*?)<\/w:p>/g).map(wordText);
    expect(lines.slice(0, 2)).toEqual(['systemctl disable telnet', '  indented line']);
  });

  it('sets quotes off in the Quote style: an indent and a rule', () => {
    const quote = all(xml, /<w:p>(<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)<w:r>(?:(?!<\/w:p>).)*Quoted advice/g)[0] ?? '';
    expect(quote).toMatch(/^<w:pPr><w:pStyle w:val="Quote"\/>(<w:keepNext\/>)?<\/w:pPr>$/);
    const style = all(styles, /<w:style w:type="paragraph" w:styleId="Quote">(.*?)<\/w:style>/g)[0] ?? '';
    expect(style).toContain('<w:ind w:left="420"/>');
    expect(style).toMatch(/<w:pBdr><w:left /);
  });
});
