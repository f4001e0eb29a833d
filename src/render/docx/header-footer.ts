/**
 * The running header (title left, customer right) and footer (document ID, version and date
 * left, `Page X of Y` right, from Word's PAGE and NUMPAGES fields), on every page.
 */
import { BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { CustomerChecklist } from '../../model/view.js';
import { runningTitle } from '../../present/presentation.js';
import type { DocxVariant } from './context.js';
import { textRun } from './inline.js';
import { COLOR, SIZE, TEXT_WIDTH } from './theme.js';

const small = { size: SIZE.small, color: COLOR.muted };
const rightTab = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];
const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border, space: 4 };

/** As in the PDF: the annex says what it is in its running header too. */
export function pageHeader(view: CustomerChecklist, variant: DocxVariant): Header {
  const title = runningTitle(view.meta.title, variant);
  return new Header({
    children: [
      new Paragraph({
        tabStops: rightTab,
        border: { bottom: rule },
        spacing: { after: 0 },
        children: [textRun(title, small), textRun('\t', small), textRun(view.customerName, { ...small, bold: true })],
      }),
    ],
  });
}

export function pageFooter(view: CustomerChecklist): Footer {
  const { documentId, version } = view.meta;
  // The same date as the PDF's footer: the deployment's, else the master's.
  const date = view.overview.date || view.meta.date;
  const left = [documentId, `Version ${version}`, date].filter((part) => part.trim() !== '').join('  ·  ');
  return new Footer({
    children: [
      new Paragraph({
        tabStops: rightTab,
        border: { top: rule },
        spacing: { before: 0, after: 0 },
        children: [
          textRun(left, small),
          textRun('\t', small),
          new TextRun({ ...small, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
