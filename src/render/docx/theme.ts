/**
 * Page geometry, fonts and colours of the DOCX output, in one place so every table, style and
 * header agrees on them. Lengths are twips (1/20 pt), font sizes half-points, as Word stores them.
 */

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 2 cm margins; header and footer sit 1 cm from the edge. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const;

/** The width text and tables may take: every table is laid out against this, in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Left/right padding inside table cells; tab stops in a cell are measured inside it. */
export const CELL_PADDING = { top: 45, bottom: 45, left: 100, right: 100 } as const;

export const FONT = {
  body: 'Arial',
  mono: 'Consolas',
  /**
   * The ☐ and ☒ boxes: in the body font, which lacks them, so Word draws them from Segoe UI
   * Symbol and other readers from a font that has them. Named as Segoe UI Symbol itself, they
   * would be in a font docx/layout has no metrics for, and the TOC's page numbers a guess.
   */
  symbol: 'Arial',
} as const;

/** Sizes in half-points. */
export const SIZE = { body: 20, table: 18, small: 16, title: 48, h1: 30, h2: 25, h3: 22 } as const;

export const COLOR = {
  /** Headings and the title. */
  primary: '1F3864',
  accent: '2E75B6',
  text: '1A1A1A',
  muted: '5F6B7A',
  /** Item and table header rows. */
  headerFill: 'DCE5F1',
  /** The label column of item tables. */
  labelFill: 'F3F6FA',
  /** Group rows inside an item and sub-headings of summary tables. */
  groupFill: 'EBF0F7',
  /** The "Customer setting" column of fillable tables: the customer's own values. */
  customerFill: 'FFF8E1',
  codeFill: 'F2F4F7',
  border: 'A9B6C8',
  /** Lines to write on. */
  fillLine: '8C96A3',
  link: '1F5FAD',
} as const;

/** Fractions of TEXT_WIDTH as whole twips that add up to it exactly. */
export function columnWidths(fractions: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.floor((f / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1]! += rest;
  return widths;
}
