/**
 * Bookmark titles as the headings read. Chromium titles each bookmark with the glyphs its
 * heading paints, and a space where a heading wraps is not painted: "Hardening Procedures in
 * General", wrapped after "in", became the bookmark "Hardening Procedures inGeneral". A title
 * that is a heading's text but for white space gets that text; any other stays as written.
 */
import type { ClassicPdf } from './pdf-rewrite.js';
import { textString, type PdfDict, type PdfValue } from './pdf-syntax.js';

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * For each bookmark title (in the outline's order), the heading text to write instead, or
 * `undefined` to keep it. `headings` are the document's heading texts in document order,
 * white space collapsed; a heading without a bookmark (an empty or hidden one) is skipped.
 */
export function headingTitles(titles: readonly string[], headings: readonly string[]): Array<string | undefined> {
  const compacted = headings.map(compact);
  let next = 0;
  return titles.map((title) => {
    const found = compacted.indexOf(compact(title), next);
    if (found < 0) return undefined;
    next = found + 1;
    return headings[found] === title ? undefined : headings[found];
  });
}

/** Calls `visit` with each outline item of a file Chromium wrote and its object number, in reading order. */
function forEachItem(pdf: ClassicPdf, catalog: PdfDict, visit: (num: number, item: PdfDict) => void): void {
  const seen = new Set<number>();
  const walk = (first: PdfValue | undefined) => {
    for (let ref = first; ref?.type === 'ref' && !seen.has(ref.num); ) {
      seen.add(ref.num);
      const item = pdf.resolve(ref);
      if (item?.type !== 'dict') return;
      visit(ref.num, item);
      walk(item.entries.get('First'));
      ref = item.entries.get('Next');
    }
  };
  const outlines = pdf.resolve(catalog.entries.get('Outlines'));
  if (outlines?.type === 'dict') walk(outlines.entries.get('First'));
}

/** Gives the bookmarks of a file Chromium wrote their headings' text (see above). */
export function retitleOutline(pdf: ClassicPdf, catalog: PdfDict, headings: readonly string[]): void {
  const items: Array<{ num: number; item: PdfDict; title: string }> = [];
  forEachItem(pdf, catalog, (num, item) => {
    const written = item.entries.get('Title');
    const title = written && pdf.stringText(written);
    if (title !== undefined) items.push({ num, item, title });
  });
  headingTitles(
    items.map(({ title }) => title),
    headings,
  ).forEach((title, index) => {
    const { num, item } = items[index]!;
    if (title !== undefined) pdf.replace(num, pdf.dictWith(item, { Title: textString(title) }));
  });
}
