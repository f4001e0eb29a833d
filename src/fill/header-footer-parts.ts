/**
 * The page headers and footers of a DOCX: the parts its document's relationships name as such,
 * whatever their names (Word and LibreOffice number them their own way, and write one per
 * section, first page or even pages where a reader asks for them).
 */

export type RunningKind = 'header' | 'footer';

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const KIND = /\bType="[^"]*\/relationships\/(header|footer)"/;
const TARGET = /\bTarget="([^"]*)"/;

/** Each header and footer part named in `word/_rels/document.xml.rels`, its path in the package and its kind, in the order named. */
export function headerFooterParts(relationships: string): { kind: RunningKind; part: string }[] {
  const found: { kind: RunningKind; part: string }[] = [];
  for (const [relationship] of relationships.matchAll(RELATIONSHIP)) {
    const kind = KIND.exec(relationship)?.[1] as RunningKind | undefined;
    const target = TARGET.exec(relationship)?.[1];
    if (kind === undefined || target === undefined) continue;
    // A target is relative to word/, or from the package's root where it starts with '/'.
    found.push({ kind, part: target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//, '')}` });
  }
  return found;
}
