/**
 * Finishes a PDF that pdf-rewrite.ts does not read (laid out otherwise than Chromium writes
 * today) with pdf-lib: it reads every object and writes them all again, the same result as
 * finish-pdf.ts's fast path at several times its cost.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFHeader, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { markArtifacts, type Margins } from './artifacts.js';
import type { PdfDocumentInfo } from './finish-pdf.js';

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

/** Rewrites any PDF pdf-lib reads: document information, artifacts, object streams. */
export async function finishWithPdfLib(bytes: Uint8Array, info: PdfDocumentInfo): Promise<Uint8Array> {
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
