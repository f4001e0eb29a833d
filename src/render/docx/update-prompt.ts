/**
 * Word's "update the fields?" prompt on opening (settings' `updateFields`): needed only when a
 * TOC page number written into the file may be wrong or is blank.
 */

/** A PAGEREF field (a TOC entry's page number) whose result is empty: Word must fill it in. */
const BLANK_PAGEREF =
  /PAGEREF [^<]*<\/w:instrText>(?:<\/?w:r>|<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)*<w:fldChar w:fldCharType="separate"\/>(?:<\/?w:r>|<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>|<w:t[^>]*><\/w:t>)*<w:fldChar w:fldCharType="end"/;

/** Whether the document's TOC has a page number left blank. */
export function hasBlankPageNumber(documentXml: string): boolean {
  return BLANK_PAGEREF.test(documentXml);
}

/** settings.xml without the prompt. */
export function withoutUpdatePrompt(settingsXml: string): string {
  return settingsXml.replace(/<w:updateFields\b[^>]*\/>/g, '');
}
