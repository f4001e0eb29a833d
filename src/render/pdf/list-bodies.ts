/**
 * Chromium tags an `<li>` as an LI holding its marker (Lbl) and then its content as it comes
 * (NonStruct, P, Link, Code…; a contents line, without a marker, only its Link). PDF 1.7
 * (14.8.4.3.3) and PDF/UA want an LI's content in one LBody beside its Lbl: a PDF/UA check
 * reports every list item, and a screen reader may not tell a list item's text from its marker.
 * Each LI's kids other than its Lbl are moved into a new LBody (their parent changed to it).
 * Role-mapping Chromium's P to LBody would not do: the P is not always there (`<li>text</li>`
 * gives NonStruct and Link kids), there may be several, and a P outside lists is a paragraph.
 */
import type { ClassicPdf } from './pdf-rewrite.js';
import type { PdfDict, PdfValue } from './pdf-syntax.js';

/**
 * Puts the content of each list item of the file's structure tree in an LBody. The LIs are
 * found by their name in the file's bytes, not by walking the tree: reading its thousands of
 * elements (4 400 in the 33-page sample) cost more than the rest of the finishing together.
 */
export function wrapListBodies(pdf: ClassicPdf, catalog: PdfDict): void {
  if (!catalog.entries.has('StructTreeRoot')) return; // no tags (a draft print)
  for (const num of pdf.objectsNaming('LI')) {
    const element = pdf.object(num);
    if (element?.type === 'dict' && typeOf(element) === 'LI') wrapBody(pdf, num, element);
  }
}

/** An element's /K as a list: an array's items, or the one kid. */
function kidsOf(value: PdfValue | undefined): PdfValue[] {
  return value === undefined ? [] : value.type === 'array' ? value.items : [value];
}

function typeOf(element: PdfValue | undefined): string | undefined {
  const type = element?.type === 'dict' ? element.entries.get('S') : undefined;
  return type?.type === 'name' ? type.name : undefined;
}

/**
 * Moves the LI's kids that are not Lbl into a new LBody. An LI that has one already, or a kid
 * that is marked content or an annotation of its own (which Chromium never writes; moving it
 * would change the parent tree too), is left as it is.
 */
function wrapBody(pdf: ClassicPdf, num: number, item: PdfDict): void {
  const kids = kidsOf(item.entries.get('K')).map((kid) => ({ kid, element: kid.type === 'ref' ? pdf.object(kid.num) : undefined }));
  if (kids.some(({ kid, element }) => kid.type !== 'ref' || element?.type !== 'dict' || typeOf(element) === 'LBody')) return;
  const labels = kids.filter(({ element }) => typeOf(element) === 'Lbl');
  const body = kids.filter(({ element }) => typeOf(element) !== 'Lbl');
  if (body.length === 0) return;
  const refs = (list: typeof kids) => list.map(({ kid }) => pdf.text(kid));
  const lbody = pdf.add(`<</Type /StructElem /S /LBody /P ${num} 0 R /K [${refs(body).join(' ')}]>>`);
  for (const { kid, element } of body) {
    if (kid.type === 'ref' && element?.type === 'dict') pdf.replace(kid.num, pdf.dictWith(element, { P: `${lbody} 0 R` }));
  }
  pdf.replace(num, pdf.dictWith(item, { K: `[${[...refs(labels), `${lbody} 0 R`].join(' ')}]` }));
}
