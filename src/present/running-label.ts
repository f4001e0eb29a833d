/**
 * A title or customer name as the running header of every page prints it, in the PDF and the
 * DOCX alike: a label (the title block, the overview and the signatures print it whole), so its
 * spaces, tabs and line breaks are one space and a very long one is cut at a space with an
 * ellipsis. The DOCX printed it whole, a tab in it jumping past the header's right tab stop and
 * a 300-character name taking five lines of every page's header, where the PDF's took two.
 */

/** Characters of a running text, at most: two lines of its half of the header. */
export const RUNNING_TEXT = 110;

/**
 * A name as a phrase of one line (the subtitle's "… for Acme Hospital North GmbH", the document
 * properties): its spaces, tabs and line breaks one space. A company written on two lines, as
 * an address block has it, printed its line break in the PDF's subtitle only (as a space on
 * screen and in Word), and put a line feed into the PDF's and the DOCX's Title and Subject.
 */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function runningLabel(text: string): string {
  const shown = oneLine(text);
  if ([...shown].length <= RUNNING_TEXT) return shown;
  const cut = [...shown].slice(0, RUNNING_TEXT - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > RUNNING_TEXT / 2 ? cut.slice(0, space) : cut}…`;
}
