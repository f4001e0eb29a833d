/**
 * Finishes a PDF that pdf-rewrite.ts does not read (laid out otherwise than Chromium writes
 * today) with pdf-lib: it reads every object and writes them all again, the same result as
 * finish-pdf.ts's fast path at several times its cost.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject, type PDFPage } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { markArtifacts, type Margins } from './artifacts.js';
import type { PdfDocumentInfo } from './finish-pdf.js';
import { headingTitles } from './outline-titles.js';
import { PDF2_ROLES } from './role-map.js';

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

/** Gives the bookmarks their headings' text, as outline-titles.ts does on the fast path. */
function retitleOutline(doc: PDFDocument, headings: readonly string[]): void {
  const items: Array<{ item: PDFDict; title: string }> = [];
  const seen = new Set<PDFDict>();
  const asDict = (value: PDFObject | undefined) => {
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const walk = (first: PDFObject | undefined) => {
    for (let item = asDict(first); item !== undefined && !seen.has(item); item = asDict(item.get(PDFName.of('Next')))) {
      seen.add(item);
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) items.push({ item, title: title.decodeText() });
      walk(item.get(PDFName.of('First')));
    }
  };
  walk(asDict(doc.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')));
  headingTitles(
    items.map(({ title }) => title),
    headings,
  ).forEach((title, index) => {
    if (title !== undefined) items[index]!.item.set(PDFName.of('Title'), PDFHexString.fromText(title));
  });
}

/** Maps the PDF 2.0 structure types Chromium writes to PDF 1.7 ones, as role-map.ts does on the fast path. */
function mapPdf2Roles(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root === undefined) return;
  let map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  if (map === undefined) {
    map = doc.context.obj({});
    root.set(PDFName.of('RoleMap'), map);
  }
  for (const [role, standard] of Object.entries(PDF2_ROLES)) if (!map.has(PDFName.of(role))) map.set(PDFName.of(role), PDFName.of(standard));
}

/** Puts each list item's content in an LBody, as list-bodies.ts does on the fast path. */
function wrapListBodies(doc: PDFDocument): void {
  if (doc.catalog.get(PDFName.of('StructTreeRoot')) === undefined) return;
  const type = (element: PDFObject | undefined) => (element instanceof PDFDict ? element.get(PDFName.of('S')) : undefined);
  for (const [ref, item] of doc.context.enumerateIndirectObjects()) {
    if (!(item instanceof PDFDict) || type(item) !== PDFName.of('LI')) continue;
    const k = item.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    const elements = kids.map((kid) => (kid instanceof PDFRef ? doc.context.lookup(kid) : undefined));
    if (elements.some((element) => !(element instanceof PDFDict) || type(element) === PDFName.of('LBody'))) continue;
    const body = kids.filter((_kid, index) => type(elements[index]) !== PDFName.of('Lbl'));
    if (body.length === 0) continue;
    const lbody = doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: body }));
    for (const kid of body) doc.context.lookup(kid, PDFDict).set(PDFName.of('P'), lbody);
    item.set(PDFName.of('K'), doc.context.obj([...kids.filter((kid) => !body.includes(kid)), lbody]));
  }
}

/** Rewrites any PDF pdf-lib reads: document information, artifacts, bookmark titles, role map, object streams. */
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
  retitleOutline(doc, info.headings);
  mapPdf2Roles(doc);
  wrapListBodies(doc);
  // Object streams are PDF 1.5; Chromium writes a 1.4 header.
  doc.context.header = PDFHeader.forVersion(1, 7);
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
}
