/**
 * What tables are made of, as styles: the table style (borders, cell padding, the header row's
 * and the label column's shade), the paragraph styles of the text in cells, and the character
 * styles of boxes, answers, lines to write on and status words.
 */
import type { ICharacterStyleOptions, IParagraphStyleOptions } from 'docx';
import type { DocxLook } from './look.js';
import { CHAR, LAYOUT_TABLE_STYLE, PARA, TABLE_STYLE } from './style-ids.js';
import { CELL_PADDING, SIZE } from './theme.js';

/** A cell's text: smaller than the body, and tight spacing so rows stay short. */
export function tableTextStyles(look: DocxLook): IParagraphStyleOptions[] {
  const { colors: c } = look;
  const cellText = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: PARA.tableText,
    next: PARA.tableText,
    quickFormat: true,
    ...rest,
  });
  return [
    {
      id: PARA.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: SIZE.table },
      paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: 'auto' } },
    },
    cellText(PARA.tableHeader, 'Table Header', { run: { bold: true, color: c.accent } }),
    cellText(PARA.tableLabel, 'Table Label', { run: { bold: true } }),
    cellText(PARA.tableRowLabel, 'Table Row Label', { run: { color: c.muted } }),
    cellText(PARA.tableGroup, 'Table Group', { run: { italics: true } }),
    cellText(PARA.tableNote, 'Table Note', { run: { size: SIZE.small, color: c.muted } }),
    cellText(PARA.tablePrompt, 'Table Prompt', { run: { italics: true, color: c.muted } }),
    cellText(PARA.fillLine, 'Fill Line', { paragraph: { spacing: { before: 120 } } }),
    // Each line as tall as a paragraph of one line with its room above: a comment's lines.
    cellText(PARA.fillLines, 'Fill Lines', { paragraph: { spacing: { line: 372, lineRule: 'exact' } } }),
    {
      id: PARA.spacer,
      name: 'Table Spacer',
      basedOn: 'Normal',
      run: { size: 14 },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
    },
  ];
}

export function characterStyles(look: DocxLook): ICharacterStyleOptions[] {
  const { colors: c } = look;
  const style = (id: string, name: string, run: ICharacterStyleOptions['run'], basedOn?: string): ICharacterStyleOptions => ({
    id,
    name,
    quickFormat: true,
    ...(basedOn ? { basedOn } : {}),
    run,
  });
  return [
    style(CHAR.code, 'Inline Code', { font: look.fonts.mono, shading: { type: 'clear', color: 'auto', fill: c.codeFill } }),
    style(CHAR.box, 'Checkbox', { size: SIZE.box, color: c.muted }),
    style(CHAR.boxChecked, 'Checkbox Checked', { color: c.accent }, CHAR.box),
    style(CHAR.answer, 'Answer', { bold: true }),
    style(CHAR.fillLine, 'Fill Line Char', { color: c.line }),
    style(CHAR.placeholder, 'Placeholder Text', { color: c.muted }),
    style(CHAR.review, 'Review Mark', { bold: true, color: c.accent }),
    style(CHAR.statusDone, 'Status Done', { bold: true, color: c.done }),
    style(CHAR.statusOpen, 'Status Open', { bold: true, color: c.open }),
    style(CHAR.statusNone, 'Status None', { bold: true, color: c.muted }),
    style(CHAR.linkAddress, 'Link Address', { color: c.muted }),
    style(CHAR.subtle, 'Subtle Emphasis', { italics: true, color: c.muted }),
    style(CHAR.quote, 'Quote Char', { italics: true, color: c.muted }),
  ];
}

/**
 * Thin rules all round, the padding of every cell, the header row on the header shade and the
 * label column on the label shade. Which of the two a table has is its own `tblLook`. docx has
 * no options for a table style, so it is given as the styles part it merges its own into.
 */
export function tableStylesXml(look: DocxLook): string {
  const { colors: c } = look;
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${c.rule}"/>`;
  const margin = (side: 'top' | 'left' | 'bottom' | 'right') => `<w:${side} w:w="${CELL_PADDING[side]}" w:type="dxa"/>`;
  const shade = (type: string, fill: string) =>
    `<w:tblStylePr w:type="${type}"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></w:tcPr></w:tblStylePr>`;
  return (
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Checklist Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
      `<w:tblCellMar>${(['top', 'left', 'bottom', 'right'] as const).map(margin).join('')}</w:tblCellMar></w:tblPr>` +
      shade('firstRow', c.headerFill) +
      shade('firstCol', c.labelFill) +
      `</w:style>` +
    `<w:style w:type="table" w:styleId="${LAYOUT_TABLE_STYLE}"><w:name w:val="Checklist Layout"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
      `<w:tblPr><w:tblCellMar>${(['top', 'left', 'bottom', 'right'] as const).map((side) => `<w:${side} w:w="0" w:type="dxa"/>`).join('')}</w:tblCellMar></w:tblPr>` +
      `</w:style></w:styles>`
  );
}
