/**
 * The Word document of a view, in either variant: the full checklist, or the annex (the
 * agreements only, to paste into a Statement of Work).
 */
import { Document, type FileChild } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { CustomerChecklist } from '../../model/view.js';
import { bodyToDocx } from './blocks.js';
import { createContext, type DocxContext, type DocxVariant } from './context.js';
import { directiveBlocks, omittedAppendix, partHeading, spaced } from './directives.js';
import { footnotes } from './footnotes.js';
import { contents, factsTable, historyTable, titleBlock } from './front.js';
import { pageFooter, pageHeader } from './header-footer.js';
import { TITLES } from './labels.js';
import { matrixTable, openItemsTable } from './matrix.js';
import { levelStatement, omittedTable, overviewTable, summaryTable } from './overview.js';
import { signatureBlocks } from './signatures.js';
import { documentStyles, numbering } from './styles.js';
import { cleanText } from './text.js';
import { MARGIN, PAGE } from './theme.js';

function fullBody(ctx: DocxContext): FileChild[] {
  const { view } = ctx;
  return [
    ...titleBlock(ctx),
    ...factsTable(ctx),
    ...historyTable(ctx),
    ...contents(),
    // Without a place chosen by the master, the overview opens the checklist and the signatures close it.
    ...(view.hasOverviewDirective ? [] : directiveBlocks('deployment-overview', ctx, 'heading')),
    ...bodyToDocx(view.body, ctx),
    ...omittedAppendix(ctx),
    ...(view.hasSignaturesDirective ? [] : directiveBlocks('signatures', ctx, 'heading')),
  ];
}

/** The agreements alone: no prose and no item tables, only tables that survive being pasted. */
function annexBody(ctx: DocxContext): FileChild[] {
  const omitted = omittedTable(ctx);
  return [
    ...titleBlock(ctx),
    partHeading(TITLES.overview),
    ...spaced(overviewTable(ctx)),
    partHeading(TITLES.level),
    ...levelStatement(ctx, 'below'),
    ...(omitted === null ? [] : spaced(omitted)),
    partHeading(TITLES.summary),
    ...spaced(summaryTable(ctx)),
    partHeading(TITLES.matrix),
    ...spaced(matrixTable(ctx)),
    partHeading(TITLES.openItems),
    ...spaced(openItemsTable(ctx)),
    partHeading(TITLES.signatures),
    ...signatureBlocks(ctx),
  ];
}

export function buildDocument(view: CustomerChecklist, variant: DocxVariant, pageNumbers: boolean): Document {
  const ctx = createContext(view, variant);
  const { meta } = view;
  const about = `${meta.title}, version ${meta.version} of ${meta.date}${meta.documentId ? ` (${meta.documentId})` : ''}`;
  return new Document({
    title: cleanText(meta.title),
    subject: cleanText(view.customerName),
    creator: 'checklist',
    lastModifiedBy: 'checklist',
    description: cleanText(variant === 'annex' ? `Annex: ${about}` : about),
    keywords: cleanText(['security checklist', meta.id, `version ${meta.version}`, meta.documentId].filter(Boolean).join('; ')),
    revision: 1,
    // Word fills the TOC's page numbers (and refreshes PAGE/NUMPAGES) when it opens the file.
    features: { updateFields: variant === 'full' },
    // docx lays the pages out as Word would and writes the TOC's page numbers; where it cannot
    // tell (a font it has no metrics for) it guesses, and Word corrects that when it updates.
    ...(pageNumbers ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    styles: documentStyles(),
    numbering: numbering(),
    footnotes: variant === 'full' ? footnotes(view, ctx) : {},
    sections: [
      {
        properties: { page: { size: { ...PAGE }, margin: { ...MARGIN, gutter: 0 } } },
        headers: { default: pageHeader(view, variant) },
        footers: { default: pageFooter(view) },
        children: variant === 'annex' ? annexBody(ctx) : fullBody(ctx),
      },
    ],
  });
}
