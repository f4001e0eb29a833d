/**
 * DOCX renderer: a customer view → a native Word document (Word's own heading styles, a TOC
 * field, real tables, header and footer with page numbers, document properties), byte for byte
 * the same for the same view.
 */
import { Packer } from 'docx';
import type { CustomerChecklist } from '../../model/view.js';
import type { DocxVariant } from './context.js';
import { buildDocument } from './document.js';
import { reproducible } from './reproducible.js';

export type { DocxVariant } from './context.js';

export interface DocxOptions {
  /** `full` (default): the whole checklist. `annex`: title, overview, level, summary, matrix, open items, signatures. */
  variant?: DocxVariant;
  /**
   * Lay the pages out once while writing, so the TOC carries page numbers before Word updates it
   * (in Protected View, LibreOffice, previews). Default true; it costs about 50 ms a page.
   */
  pageNumbers?: boolean;
}

export async function renderDocx(view: CustomerChecklist, options: DocxOptions = {}): Promise<Uint8Array> {
  const document = buildDocument(view, options.variant ?? 'full', options.pageNumbers ?? true);
  return reproducible(await Packer.toBuffer(document), view.meta.date);
}
