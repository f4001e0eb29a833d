/**
 * The last step of a PDF: Chromium's file rewritten with what Chromium cannot give it. Its
 * document information names the checklist, the customer and the supplier and this tool; the
 * running header, footer and page background are marked as artifacts (artifacts.ts); and the
 * file is written compactly, its thousands of small structure objects packed into compressed
 * object streams (about 2.5× smaller). pdf-lib rewrites every object it read, so the tags
 * (StructTreeRoot, MarkInfo), bookmarks, named destinations and links stay as they were.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFHeader, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { markArtifacts, type Margins } from './artifacts.js';

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
}


/** Wraps the unmarked header, footer and background of one page in artifact sequences. */
function markPageArtifacts(doc: PDFDocument, page: PDFPage, margins: Margins): void {
  const ref = page.node.get(PDFName.of('Contents'));
  if (!(ref instanceof PDFRef)) return;
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) return; // Chromium writes one stream per page
  if (stream.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode') || stream.dict.has(PDFName.of('DecodeParms'))) return;
  const marked = markArtifacts(inflateSync(stream.contents).toString('latin1'), page.getHeight(), margins);
  if (marked === undefined) return;
  doc.context.assign(ref, PDFRawStream.of(stream.dict, deflateSync(Buffer.from(marked, 'latin1'))));
}

/** Rewrites a PDF Chromium printed: document information, artifacts, object streams. */
export async function finishPdf(bytes: Uint8Array, info: PdfDocumentInfo): Promise<Uint8Array> {
  // Fastest: no pauses for an event loop every few objects (the file is in memory already).
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author !== '') doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces; multi-word keywords need a clearer separator.
  if (info.keywords.length > 0) doc.setKeywords([info.keywords.join('; ')]);
  doc.setCreator(info.creator);
  for (const page of doc.getPages()) markPageArtifacts(doc, page, info.margins);
  // Object streams are PDF 1.5; Chromium writes a 1.4 header.
  doc.context.header = PDFHeader.forVersion(1, 7);
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
}
