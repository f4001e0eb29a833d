/**
 * The last step of a PDF: Chromium's file rewritten with what Chromium cannot give it. Its
 * document information names the checklist, the customer and the supplier and this tool; the
 * running header, footer and page background are marked as artifacts (artifacts.ts); the
 * bookmarks carry their headings' text (outline-titles.ts), the PDF 2.0 tags Chromium writes
 * are mapped to PDF 1.7 ones (role-map.ts) and each list item's content is put in an LBody
 * (list-bodies.ts); and the file is written compactly, its thousands
 * of small structure objects packed into compressed object streams (about 2.5× smaller). Every
 * other object is kept as it was, so the tags (StructTreeRoot, MarkInfo), bookmarks, named
 * destinations and links stay.
 *
 * A file laid out as Chromium writes it is rewritten by pdf-rewrite.ts, which copies what it
 * does not change byte for byte; any other file (which Chromium does not write today) is read
 * and written whole by pdf-lib, several times slower.
 */
import { inflateSync } from 'node:zlib';
import { markArtifacts, type Margins } from './artifacts.js';
import { retitleOutline } from './outline-titles.js';
import { ClassicPdf, deflate } from './pdf-rewrite.js';
import { wrapListBodies } from './list-bodies.js';
import { mapPdf2Roles } from './role-map.js';
import { textString, UnexpectedPdf, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** The PDF's document information (what a viewer shows as its properties). */
export interface PdfDocumentInfo {
  title: string;
  /** Empty: none written. */
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** The page margins the running header and footer are drawn in, in points. */
  margins: Margins;
  /** The document's heading texts in document order, white space collapsed: the bookmarks' titles (outline-titles.ts). */
  headings: string[];
}

/** Rewrites a PDF Chromium printed: document information, artifacts, object streams. */
export async function finishPdf(bytes: Uint8Array, info: PdfDocumentInfo): Promise<Uint8Array> {
  try {
    return finishChromiumPdf(bytes, info);
  } catch (error) {
    if (!(error instanceof UnexpectedPdf)) throw error;
    const { finishWithPdfLib } = await import('./finish-pdf-lib.js');
    return finishWithPdfLib(bytes, info);
  }
}

/** The document information entries, as pdf-lib writes them (UTF-16 text strings). */
function infoEntries(info: PdfDocumentInfo): Record<string, string | null> {
  return {
    Title: textString(info.title),
    ...(info.author === '' ? {} : { Author: textString(info.author) }),
    Subject: textString(info.subject),
    // Multi-word keywords need a clearer separator than a space.
    ...(info.keywords.length === 0 ? {} : { Keywords: textString(info.keywords.join('; ')) }),
    Creator: textString(info.creator),
  };
}

/**
 * The fast path: a file laid out as Chromium writes it finished by rewriting the objects that
 * change. Throws `UnexpectedPdf` for any other layout.
 */
export function finishChromiumPdf(bytes: Uint8Array, info: PdfDocumentInfo): Buffer {
  const pdf = new ClassicPdf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const root = pdf.trailer.entries.get('Root');
  const catalog = pdf.resolve(root);
  if (root?.type !== 'ref' || catalog?.type !== 'dict') throw new UnexpectedPdf('no catalog');
  showTitle(pdf, root.num, catalog);
  retitleOutline(pdf, catalog, info.headings);
  mapPdf2Roles(pdf, catalog);
  wrapListBodies(pdf, catalog);
  const infoRef = pdf.trailer.entries.get('Info');
  const infoDict = pdf.resolve(infoRef);
  if (infoRef?.type !== 'ref' || infoDict?.type !== 'dict') throw new UnexpectedPdf('no document information dictionary');
  pdf.replace(infoRef.num, pdf.dictWith(infoDict, infoEntries(info)));
  const done = new Set<number>();
  forEachPage(pdf, catalog, (page, mediaBox) => {
    const contents = page.entries.get('Contents');
    if (contents?.type !== 'ref' || done.has(contents.num)) return;
    done.add(contents.num);
    markPageArtifacts(pdf, contents.num, pageHeight(pdf, mediaBox), info.margins);
  });
  return pdf.write();
}

/** Asks viewers to show the title in their title bar rather than the file name (Chromium does). */
function showTitle(pdf: ClassicPdf, root: number, catalog: PdfDict): void {
  const ref = catalog.entries.get('ViewerPreferences');
  const prefs = pdf.resolve(ref);
  if (ref === undefined) return pdf.replace(root, pdf.dictWith(catalog, { ViewerPreferences: '<</DisplayDocTitle true>>' }));
  if (prefs?.type !== 'dict') throw new UnexpectedPdf('viewer preferences that are not a dictionary');
  const shown = prefs.entries.get('DisplayDocTitle');
  if (shown !== undefined && pdf.text(shown) === 'true') return;
  const changed = pdf.dictWith(prefs, { DisplayDocTitle: 'true' });
  if (ref.type === 'ref') pdf.replace(ref.num, changed);
  else pdf.replace(root, pdf.dictWith(catalog, { ViewerPreferences: changed }));
}

/** Wraps the unmarked header, footer and background of one page's content in artifact sequences. */
function markPageArtifacts(pdf: ClassicPdf, contents: number, height: number, margins: Margins): void {
  const dict = pdf.object(contents);
  const data = pdf.streamData(contents);
  // Chromium writes one Flate stream per page; other content is left as it is.
  if (dict?.type !== 'dict' || data === undefined || dict.entries.has('DecodeParms')) return;
  const filter = dict.entries.get('Filter');
  if (filter?.type !== 'name' || filter.name !== 'FlateDecode') return;
  const marked = markArtifacts(inflateSync(data).toString('latin1'), height, margins);
  if (marked === undefined) return;
  pdf.replaceStream(contents, pdf.dictWith(dict, { Length: null }), deflate(Buffer.from(marked, 'latin1')));
}

/** Calls `visit` for each page of the page tree, with the media box it has or inherits. */
function forEachPage(pdf: ClassicPdf, catalog: PdfDict, visit: (page: PdfDict, mediaBox: PdfValue | undefined) => void): void {
  const walk = (node: PdfValue | undefined, mediaBox: PdfValue | undefined, depth: number) => {
    if (node?.type !== 'dict' || depth > 64) throw new UnexpectedPdf('a page tree it cannot read');
    const box = node.entries.get('MediaBox') ?? mediaBox;
    const type = node.entries.get('Type');
    if (type?.type === 'name' && type.name === 'Page') return visit(node, box);
    const kids = pdf.resolve(node.entries.get('Kids'));
    if (type?.type !== 'name' || type.name !== 'Pages' || kids?.type !== 'array') throw new UnexpectedPdf('a page tree it cannot read');
    for (const kid of kids.items) walk(pdf.resolve(kid), box, depth + 1);
  };
  walk(pdf.resolve(catalog.entries.get('Pages')), undefined, 0);
}

/** A page's height from its media box `[x1 y1 x2 y2]`. */
function pageHeight(pdf: ClassicPdf, mediaBox: PdfValue | undefined): number {
  const box = pdf.resolve(mediaBox);
  const [, y1, , y2] = box?.type === 'array' ? box.items.map((item) => pdf.resolve(item)) : [];
  if (y1?.type !== 'number' || y2?.type !== 'number') throw new UnexpectedPdf('a page without a media box');
  return y2.value - y1.value;
}
