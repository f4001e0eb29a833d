/**
 * The running header (title left, customer right) and footer (document ID, version and date
 * left, `Page X of Y` right, from Word's PAGE and NUMPAGES fields), on every page.
 */
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { CustomerChecklist } from '../../model/view.js';
import { runningTitle } from '../../present/presentation.js';
import { runningLabel } from '../../present/running-label.js';
import type { DocxVariant } from './context.js';
import { textRun } from './inline.js';
import { PARA } from './style-ids.js';

/* Word's Header and Footer styles carry the size, colour, rule and right tab stop. */

/** As in the PDF: the annex says what it is in its running header too; title and customer are labels (running-label.ts). */
export function pageHeader(view: CustomerChecklist, variant: DocxVariant): Header {
  const title = runningLabel(runningTitle(view, variant));
  return new Header({
    children: [
      new Paragraph({
        style: PARA.header,
        children: [textRun(title), textRun('\t'), textRun(runningLabel(view.customerName), { bold: true })],
      }),
    ],
  });
}

export function pageFooter(view: CustomerChecklist): Footer {
  const { documentId, version } = view.meta;
  // The title block's Date, as the PDF's footer: none where it is a line to fill in (the
  // master's date there disagreed with one written by hand).
  const date = view.overview.date;
  const left = [documentId, `Version ${version}`, date].filter((part) => part.trim() !== '').join('  ·  ');
  return new Footer({
    children: [
      new Paragraph({
        style: PARA.footer,
        children: [textRun(left), textRun('\t'), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
