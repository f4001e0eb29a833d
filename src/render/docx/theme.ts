/**
 * Page geometry and type sizes of the DOCX output, in one place so every table, style and header
 * agrees on them. Lengths are twips (1/20 pt), font sizes half-points, as Word stores them. The
 * colours and fonts are the theme's (look.ts); the sizes live in the styles built from these.
 */

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 2 cm margins; header and footer sit 1 cm from the edge. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const;

/** The width text and tables may take: every table is laid out against this, in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Padding inside table cells (the table style's cell margins); tab stops in a cell are measured inside it. */
export const CELL_PADDING = { top: 45, bottom: 45, left: 100, right: 100 } as const;

/** Sizes in half-points. */
export const SIZE = { body: 20, table: 18, small: 16, box: 20, title: 48, subtitle: 28, h1: 30, h2: 25, h3: 22 } as const;

/** Fractions of TEXT_WIDTH as whole twips that add up to it exactly. */
export function columnWidths(fractions: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.floor((f / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1]! += rest;
  return widths;
}
