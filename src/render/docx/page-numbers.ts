/**
 * The TOC's page numbers, written into the file so they show before Word updates anything (in
 * Protected View, previews, LibreOffice). `docx/layout` lays the pages out as Word does; where
 * it meets something it cannot lay out as Word would (a font without metrics, Arabic joining,
 * a hyphenated word) it guesses from there on. Exact numbers need no update, so Word is asked
 * to update fields on opening only when a number was guessed or left blank.
 */
import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

export interface PageNumbering {
  /** Given to the Document as its `pageNumbers`; lays out the pages once, when it is packed. */
  estimator: PageNumberEstimator;
  /** After packing: whether some number may not be Word's (guessed or blank). */
  guessed(): boolean;
}

export function pageNumbering(): PageNumbering {
  const estimate = estimatePageNumbersWith({ guess: true });
  let guessed = true;
  const estimator: PageNumberEstimator = Object.assign(
    (...args: Parameters<PageNumberEstimator>) => {
      const result = estimate(...args);
      guessed = (result.guesses?.length ?? 0) > 0;
      return result;
    },
    { listNumbers: estimate.listNumbers },
  );
  return { estimator, guessed: () => guessed };
}

/** A PAGEREF field (the TOC's page numbers) whose result is empty: Word must fill it in. */
const BLANK_PAGEREF =
  /PAGEREF [^<]*<\/w:instrText>(?:<\/?w:r>|<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)*<w:fldChar w:fldCharType="separate"\/>(?:<\/?w:r>|<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>|<w:t[^>]*><\/w:t>)*<w:fldChar w:fldCharType="end"/;

/** Whether the document's TOC has a page number left blank. */
export function hasBlankPageNumber(documentXml: string): boolean {
  return BLANK_PAGEREF.test(documentXml);
}

/** settings.xml without Word's "update the fields?" prompt on opening. */
export function withoutUpdatePrompt(settingsXml: string): string {
  return settingsXml.replace(/<w:updateFields\b[^>]*\/>/g, '');
}
