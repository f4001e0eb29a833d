/**
 * A title or customer name as the running header of every page prints it, in the PDF and the
 * DOCX alike: a label (the title block, the overview and the signatures print it whole), so its
 * spaces, tabs and line breaks are one space and a very long one is cut at a space with an
 * ellipsis. The DOCX printed it whole, a tab in it jumping past the header's right tab stop and
 * a 300-character name taking five lines of every page's header, where the PDF's took two.
 */

/** Characters of a running text, at most: two lines of its half of the header. */
export const RUNNING_TEXT = 110;

export function runningLabel(text: string): string {
  const shown = text.replace(/\s+/g, ' ').trim();
  if ([...shown].length <= RUNNING_TEXT) return shown;
  const cut = [...shown].slice(0, RUNNING_TEXT - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > RUNNING_TEXT / 2 ? cut.slice(0, space) : cut}…`;
}
