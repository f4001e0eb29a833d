import { runningLabel } from '../../present/running-label.js';

/** What the running header and footer of every PDF page show. */
export interface PdfMeta {
  /** Running title: header left. */
  title: string;
  /** The PDF's Title metadata (checklist, annex, customer); default: `title`. */
  documentTitle?: string;
  /** Customer name: header right (empty for a blank checklist). */
  customer: string;
  /** Document ID, e.g. `EX-SEC-0042` (may be empty). */
  documentId: string;
  /** Checklist version, shown as `Version 2.1`. */
  version: string;
  /** Date shown in the footer, as given (ISO); empty: the footer has none. */
  date: string;
  /** The PDF's Author: the supplier's company (none when empty or absent). */
  author?: string;
  /** The PDF's Subject, e.g. `Security checklist for Müller Klinikum GmbH`; default: the title. */
  subject?: string;
  /** The PDF's Keywords. */
  keywords?: string[];
  /** Font list and colour of the running header and footer: the theme's body font and muted colour. */
  look?: { font: string; color: string };
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const DEFAULT_LOOK = { font: '"Liberation Sans",Arial,Helvetica,"Noto Sans","DejaVu Sans",sans-serif', color: '#666' };

/**
 * Text as a CSS string: quoted, with its quotes, backslashes and control characters escaped
 * (customer text is data: it can end neither the string nor the rule).
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\u0000-\u001f\u007f]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** A word longer than this is given places to wrap (a margin box is no narrower than its longest word). */
const RUNNING_WORD = 30;

/**
 * A title or customer name as the running header prints it: its label (runningLabel, as in the
 * DOCX), and a word longer than RUNNING_WORD may wrap inside (a zero-width space, a break
 * opportunity that prints nothing, every RUNNING_WORD characters). A 300-character name ran
 * past the paper's edge, to the right without spaces, to the top with them.
 */
export function runningText(text: string): string {
  return runningLabel(text).replace(new RegExp(`\\S{${RUNNING_WORD}}(?=\\S)`, 'gu'), '$&\u200B');
}

/** Footer left: `ID · Version X · date`, the parts there are. */
function footerLeft(meta: PdfMeta): string {
  return [meta.documentId, meta.version ? `Version ${meta.version}` : '', meta.date]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' · ');
}

/**
 * The running header (title left, customer right) and footer (`ID · Version X · date` left,
 * `Page X of Y` right) as CSS `@page` margin boxes: 8 pt in the theme's body font and muted
 * colour, aligned with the body's side margins, 9.25 pt from the body (where Chromium drew them
 * from header and footer templates, 8 mm + 15 pt from the paper's edges). A text too long for
 * its half of the line wraps, away from the body (the templates cut it with an ellipsis).
 * Chromium lays them out with the page, where templates cost it a document of their own on
 * every page (45 ms a 34-page print); artifacts.ts marks their text as Pagination artifacts.
 */
export function marginBoxes(meta: PdfMeta): string {
  const look = meta.look ?? DEFAULT_LOOK;
  // 8pt to a quarter pixel, as templates/style.css rounds every size: the words as runs in the PDF.
  const box = `font-family: ${look.font}; font-size: round(nearest, 8pt, 0.25px); line-height: 1.2; color: ${look.color};`;
  const top = `${box} vertical-align: bottom; padding-bottom: 9.25pt;`;
  const bottom = `${box} vertical-align: top; padding-top: 9.25pt;`;
  return [
    `@top-left { content: ${cssString(runningText(meta.title))}; ${top} text-align: left; }`,
    `@top-right { content: ${cssString(runningText(meta.customer))}; ${top} text-align: right; }`,
    `@bottom-left { content: ${cssString(footerLeft(meta))}; ${bottom} text-align: left; }`,
    `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${bottom} text-align: right; }`,
  ].join('\n');
}
