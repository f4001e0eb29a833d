/**
 * The Word document of a view, in either variant: the full checklist, or the annex (the
 * agreements only, to paste into a Statement of Work).
 */
import { Document, type FileChild, type PageNumberEstimator } from 'docx';
import type { CustomerChecklist } from '../../model/view.js';
import { bodyToDocx } from './blocks.js';
import { createContext, type DocxContext, type DocxVariant } from './context.js';
import { directiveBlocks, omittedAppendix, partHeading } from './directives.js';
import { footnotes } from './footnotes.js';
import { contents, historyTable, titleBlock } from './front.js';
import { pageFooter, pageHeader } from './header-footer.js';
import { summaryBlocks } from './overview.js';
import { scopeBlocks, settingsBlocks, textTableBlocks } from './text-tables.js';
import { variantName, type PartName } from '../../present/presentation.js';
import { numbering } from './numbering.js';
import { documentStyles, wordTheme } from './styles.js';
import { tableStylesXml } from './table-styles.js';
import { fillProperties } from './fill-properties.js';
import { cleanText } from './text.js';
import { MARGIN, PAGE } from './theme.js';
import type { Theme } from '../../present/theme.js';
import { oneLine } from '../../present/running-label.js';

/** The parts in the presentation's order: the same as the HTML's, in either variant. */
function documentBody(ctx: DocxContext): FileChild[] {
  const { p, view } = ctx;
  // The signature block is never alone on a page: the end of the part before it keeps with it.
  const before = p.order[p.order.indexOf('signatures') - 1];
  const part: Record<PartName, () => FileChild[]> = {
    history: () => historyTable(ctx),
    summary: () => [partHeading(p.summary.heading), ...summaryBlocks(ctx)],
    contents: () => contents(ctx),
    overview: () => directiveBlocks('deployment-overview', ctx, 'heading'),
    body: () => bodyToDocx(view.body, ctx),
    omitted: () => omittedAppendix(ctx, before === 'omitted'),
    matrix: () => directiveBlocks('responsibility-matrix', ctx, 'heading'),
    scope: () => [partHeading(p.scope.heading), ...scopeBlocks(ctx)],
    targets: () => [partHeading(p.targets.heading), ...textTableBlocks(p.targets)],
    settings: () => [partHeading(p.settings.heading), ...settingsBlocks(p.settings, before === 'settings')],
    notApplicable: () => [partHeading(p.notApplicable.heading), ...textTableBlocks(p.notApplicable)],
    openItems: () => directiveBlocks('open-items', ctx, 'heading', before === 'openItems'),
    signatures: () => directiveBlocks('signatures', ctx, 'heading'),
  };
  return [...titleBlock(ctx), ...p.order.flatMap((name) => part[name]())];
}

export interface BuildOptions {
  /** Writes the TOC's page numbers as the document is packed (see pinned-pages.ts). */
  pageNumbers?: PageNumberEstimator;
  /** Twips added to the foot margin: the shorter page the pages are planned on. */
  footSlack?: number;
  /** The build's theme; DEFAULT_THEME when absent. Builders read it as `ctx.theme`, the styles as `ctx.look`. */
  theme?: Theme;
}

export function buildDocument(view: CustomerChecklist, variant: DocxVariant, options: BuildOptions = {}): Document {
  const { pageNumbers, footSlack = 0, theme } = options;
  const ctx = createContext(view, variant, theme);
  const { meta } = view;
  const about = `${meta.title}, version ${meta.version} of ${meta.date}${meta.documentId ? ` (${meta.documentId})` : ''}`;
  return new Document({
    title: cleanText(ctx.p.documentTitle),
    subject: cleanText(oneLine(view.customerName)),
    // Word shows dc:creator as the Author: the supplier who hands the document over.
    creator: cleanText(view.overview.supplier.company || 'checklist'),
    lastModifiedBy: 'checklist',
    description: cleanText(variant === 'full' ? about : `${variantName(variant, view)}: ${about}`),
    keywords: cleanText(['security checklist', meta.id, `version ${meta.version}`, meta.documentId].filter(Boolean).join('; ')),
    revision: 1,
    customProperties: fillProperties(view),
    // Word fills in the TOC's page numbers when it opens the file; renderDocx takes this away
    // again when the numbers written are exact.
    features: { updateFields: variant === 'full' },
    ...(pageNumbers ? { pageNumbers } : {}),
    styles: documentStyles(ctx.look),
    externalStyles: tableStylesXml(ctx.look),
    theme: wordTheme(ctx.look),
    numbering: numbering(),
    footnotes: variant === 'full' ? footnotes(view, ctx) : {},
    sections: [
      {
        properties: { page: { size: { ...PAGE }, margin: { ...MARGIN, bottom: MARGIN.bottom + footSlack, gutter: 0 } } },
        headers: { default: pageHeader(view, variant) },
        footers: { default: pageFooter(view) },
        children: documentBody(ctx),
      },
    ],
  });
}
