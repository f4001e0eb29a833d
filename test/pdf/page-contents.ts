/** Each page's content stream of a PDF, inflated, as pdf-lib reads the file (latin1 text). */
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib/dist/pdf-lib.esm.min.js';

/** `strict`: pdf-lib refuses an object it cannot read instead of skipping it. */
export async function pageContents(pdf: Uint8Array, { strict = false } = {}): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { throwOnInvalidObject: strict });
  return doc.getPages().map((page) => {
    const stream = doc.context.lookup(page.node.get(PDFName.of('Contents')));
    if (!(stream instanceof PDFRawStream)) throw new Error('a page without one content stream');
    return inflateSync(stream.contents).toString('latin1');
  });
}
