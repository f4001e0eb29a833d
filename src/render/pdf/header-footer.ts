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
  /** Date shown in the footer, as given (ISO). */
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

// Chromium renders header and footer templates in their own tiny document: nothing from the
// page's stylesheet applies, the default font size is unusably small, and the template box
// spans the paper width, so side padding must repeat the page's side margin.
const BAR_STYLE = [
  'box-sizing:border-box',
  'width:100%',
  'padding:0 18mm',
  'display:flex',
  'justify-content:space-between',
  'gap:8mm',
  'font-size:8pt',
  'line-height:1.2',
].join(';');
const DEFAULT_LOOK = { font: '"Liberation Sans",Arial,Helvetica,"Noto Sans","DejaVu Sans",sans-serif', color: '#666' };
const CELL_STYLE = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis';

function bar(left: string, right: string, verticalPadding: string, look = DEFAULT_LOOK): string {
  const style = escapeHtml(`${BAR_STYLE};font-family:${look.font};color:${look.color};${verticalPadding}`);
  return (
    `<div style='${style}'>` +
    `<span style='${CELL_STYLE}'>${left}</span>` +
    `<span style='${CELL_STYLE};flex-shrink:0'>${right}</span>` +
    `</div>`
  );
}

/** Header: title on the left, customer on the right. */
export function headerTemplate(meta: PdfMeta): string {
  return bar(escapeHtml(meta.title), escapeHtml(meta.customer), 'padding-top:8mm', meta.look);
}

/** Footer: `ID · Version X · date` on the left, `Page X of Y` on the right. */
export function footerTemplate(meta: PdfMeta): string {
  const left = [meta.documentId, meta.version ? `Version ${meta.version}` : '', meta.date]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(escapeHtml)
    .join(' · ');
  const pages = 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  return bar(left, pages, 'padding-bottom:8mm;align-self:flex-end', meta.look);
}
