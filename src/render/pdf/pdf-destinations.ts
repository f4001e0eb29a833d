/**
 * The page each named destination of a PDF lands on, read from the file Chromium printed.
 *
 * Chromium writes a named destination for every element an internal link points to (the
 * catalog's `/Dests` dictionary: `/anchor [pageRef /XYZ x y z]`) and keeps its dictionaries
 * uncompressed, so the pages of the headings and items can be read without a PDF library.
 */

const utf8 = new TextDecoder('utf-8');

/** Byte offsets of `N 0 obj` headers, by object number. */
function objectOffsets(pdf: string): Map<number, number> {
  const offsets = new Map<number, number>();
  for (const match of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) offsets.set(Number(match[1]), match.index + match[0].length);
  return offsets;
}

/** The text of an object's dictionary (up to its `endobj`, or its stream). */
function objectText(pdf: string, offsets: Map<number, number>, id: number): string {
  const start = offsets.get(id);
  if (start === undefined) return '';
  const end = pdf.indexOf('endobj', start);
  const body = pdf.slice(start, end === -1 ? undefined : end);
  const stream = body.indexOf('stream');
  return stream === -1 ? body : body.slice(0, stream);
}

/**
 * The anchor a destination is named after: a PDF name's `#xx` escapes are bytes of UTF-8, and
 * Chromium names it after the link's URL fragment, percent-encoded as URLs are.
 */
function decodeName(raw: string): string {
  const bytes = Uint8Array.from(raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), (c) => c.charCodeAt(0));
  const fragment = utf8.decode(bytes);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Page object numbers in reading order, walking the page tree from the catalog's `/Pages`. */
function pageOrder(pdf: string, offsets: Map<number, number>, root: number): number[] {
  const pages: number[] = [];
  const visit = (id: number, depth: number): void => {
    if (depth > 32) return;
    const text = objectText(pdf, offsets, id);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text);
    if (kids === null) {
      pages.push(id);
      return;
    }
    for (const kid of kids[1]!.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1);
  };
  visit(root, 0);
  return pages;
}

/**
 * Named destination → page number (1-based), for the destinations of a Chromium PDF. Empty when
 * the file has none (no internal links).
 */
export function destinationPages(bytes: Uint8Array): Map<string, number> {
  // Byte for character (ISO 8859-1): a tenth of the CPU of TextDecoder('latin1'), which is
  // windows-1252 and maps 0x80-0x9f elsewhere.
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const offsets = objectOffsets(pdf);
  const result = new Map<string, number>();
  let catalog = '';
  for (const match of pdf.matchAll(/\/Type\s*\/Catalog\b/g)) {
    const start = pdf.lastIndexOf(' 0 obj', match.index);
    catalog = pdf.slice(start, pdf.indexOf('endobj', match.index));
  }
  const pagesRoot = /\/Pages (\d+) 0 R/.exec(catalog);
  const dests = /\/Dests (\d+) 0 R/.exec(catalog);
  if (pagesRoot === null || dests === null) return result;
  const pageNumber = new Map(pageOrder(pdf, offsets, Number(pagesRoot[1])).map((id, index) => [id, index + 1]));
  for (const entry of objectText(pdf, offsets, Number(dests[1])).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageNumber.get(Number(entry[2]));
    if (page !== undefined) result.set(decodeName(entry[1]!), page);
  }
  return result;
}
