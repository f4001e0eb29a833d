/**
 * DOCX renderer: a customer view → a native Word document (Word's own heading styles, a TOC
 * field, real tables, header and footer with page numbers, document properties), byte for byte
 * the same for the same view.
 */
import type { CustomerChecklist } from '../../model/view.js';
import type { Theme } from '../../present/theme.js';
import type { DocxVariant } from './context.js';
import { buildDocument } from './document.js';
import { keepCompiledLayout, keepLines, layoutBody, recallLines } from './fast-layout.js';
import { packageFiles } from './package-files.js';
import { layingOutEstimator, pinnedEstimator, planPages, SLACK_TWIPS } from './pinned-pages.js';
import { reproducible } from './reproducible.js';
import { withTextRecord } from './text-record.js';

export type { DocxVariant } from './context.js';

export interface DocxOptions {
  /** `full` (default): the whole checklist. `annex`: title, overview, level, summary, matrix, open items, signatures. */
  variant?: DocxVariant;
  /**
   * Lay the pages out while writing, so the TOC carries its page numbers before Word updates it
   * (in Protected View, LibreOffice, previews). Default true; only a document with a TOC (the
   * full checklist) is laid out. Without it Word fills the numbers in on opening.
   */
  pageNumbers?: boolean;
  /** The build's theme (content/theme.json or --theme): DEFAULT_THEME when absent. */
  theme?: Theme;
}

export async function renderDocx(view: CustomerChecklist, options: DocxOptions = {}): Promise<Uint8Array> {
  const variant = options.variant ?? 'full';
  const { theme } = options;
  if (!(options.pageNumbers ?? true) || variant !== 'full') {
    return reproducible(withTextRecord(await packageFiles(buildDocument(view, variant, { theme }))), view.meta.date);
  }
  // Numbers from a layout that guessed may not be Word's: then Word is asked to update them.
  if (layoutBody) {
    // One build: the pages are laid out and pinned as the document is written.
    const { estimator, plan } = layingOutEstimator(layoutBody);
    await recallLines(view.meta.id);
    const packed = await packageFiles(buildDocument(view, variant, { pageNumbers: estimator, theme }));
    await keepCompiledLayout(); // once a process, after its first layout
    await keepLines(view.meta.id);
    return reproducible(withTextRecord(packed), view.meta.date, { updatePrompt: plan().guessed });
  }
  const plan = planPages(buildDocument(view, variant, { footSlack: SLACK_TWIPS, theme }));
  const packed = await packageFiles(buildDocument(view, variant, { pageNumbers: pinnedEstimator(plan), theme }));
  return reproducible(withTextRecord(packed), view.meta.date, { updatePrompt: plan.guessed });
}
