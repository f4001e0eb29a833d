/**
 * Chromium tags `<strong>` and `<em>` as Strong and Em, structure types of PDF 2.0, in a file it
 * declares PDF 1.7, and writes no role map. A PDF 1.7 reader does not know them: poppler says
 * "StructElem object is wrong type (Strong)" and leaves the element, and the bold text in it,
 * out of the tree a screen reader reads; a PDF/UA check reports a type that is not mapped. The
 * role map names the standard type each stands for, inline text (Span), so both read them.
 */
import type { ClassicPdf } from './pdf-rewrite.js';
import type { PdfDict } from './pdf-syntax.js';

/** The PDF 2.0 structure types Chromium writes, and the PDF 1.7 type each is mapped to. */
export const PDF2_ROLES: Readonly<Record<string, string>> = { Strong: 'Span', Em: 'Span' };

/** Adds the roles above to the role map of a file Chromium wrote (one it has, or a new one). */
export function mapPdf2Roles(pdf: ClassicPdf, catalog: PdfDict): void {
  const rootRef = catalog.entries.get('StructTreeRoot');
  const root = pdf.resolve(rootRef);
  // No tags (a draft print), or a tree root written in the catalog: nothing Chromium writes.
  if (rootRef?.type !== 'ref' || root?.type !== 'dict') return;
  const mapRef = root.entries.get('RoleMap');
  const map = pdf.resolve(mapRef);
  const known = map?.type === 'dict' ? map.entries : new Map();
  const added = Object.fromEntries(Object.entries(PDF2_ROLES).filter(([role]) => !known.has(role)).map(([role, standard]) => [role, `/${standard}`]));
  if (Object.keys(added).length === 0) return;
  if (map?.type === 'dict' && mapRef?.type === 'ref') return pdf.replace(mapRef.num, pdf.dictWith(map, added));
  const roleMap = map?.type === 'dict' ? pdf.dictWith(map, added) : `<<${Object.entries(added).map(([role, standard]) => `/${role} ${standard}`).join(' ')}>>`;
  pdf.replace(rootRef.num, pdf.dictWith(root, { RoleMap: roleMap }));
}
