/**
 * Adds the record of the document's text outside its fields (src/fill/outside-text.ts) to a
 * package, as a custom XML part: `import` compares a filled document's text with it and names
 * what was typed where no field is read. The part, its properties part (a fixed item id: same
 * view, same bytes), its relationship from the document and its content type. The page headers'
 * and footers' text is recorded too, in attributes of their own: a reader types there as well.
 */
import { TEXT_RECORD } from '../../fill/filled-file.js';
import { headerFooterParts, type RunningKind } from '../../fill/header-footer-parts.js';
import { textRecord } from '../../fill/outside-text.js';
import type { PackageFiles } from './package-files.js';

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELATIONSHIPS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const PROPERTIES_PART = TEXT_RECORD.part.replace(/item(\d+)\.xml$/, 'itemProps$1.xml');
const PART_RELATIONSHIPS = TEXT_RECORD.part.replace(/([^/]+)$/, '_rels/$1.rels');

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';

const asText = (data: string | Uint8Array | undefined) => (data === undefined ? undefined : typeof data === 'string' ? data : new TextDecoder().decode(data));

/** The package with its text recorded; as it was when it has no document or relationships to add it to. */
export function withTextRecord(files: PackageFiles): PackageFiles {
  const document = asText(files.get(DOCUMENT));
  const relationships = asText(files.get(DOCUMENT_RELATIONSHIPS));
  const types = asText(files.get(CONTENT_TYPES));
  if (document === undefined || relationships === undefined || types === undefined || files.has(TEXT_RECORD.part)) return files;
  const running = headerFooterParts(relationships);
  const recordOf = (kind: RunningKind) => textRecord(...running.filter((part) => part.kind === kind).map(({ part }) => asText(files.get(part)) ?? ''));
  const { header, footer } = TEXT_RECORD.running;
  const attributes = `rules="${TEXT_RECORD.rules}" ${header}="${recordOf('header')}" ${footer}="${recordOf('footer')}"`;
  const record = `${HEADER}<${TEXT_RECORD.element} xmlns="${TEXT_RECORD.namespace}" ${attributes}>${textRecord(document)}</${TEXT_RECORD.element}>`;
  const properties =
    `${HEADER}<ds:datastoreItem ds:itemID="{5C1E0A2B-7D4F-4E8A-9B36-0C2D8E1F4A75}" xmlns:ds="${CUSTOM_XML}"><ds:schemaRefs><ds:schemaRef ds:uri="${TEXT_RECORD.namespace}"/></ds:schemaRefs></ds:datastoreItem>`;
  const partRelationships = `${HEADER}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/customXmlProps" Target="${PROPERTIES_PART.split('/').pop()}"/></Relationships>`;
  const next = new Map(files);
  next.set(TEXT_RECORD.part, record);
  next.set(PROPERTIES_PART, properties);
  next.set(PART_RELATIONSHIPS, partRelationships);
  next.set(DOCUMENT_RELATIONSHIPS, relationships.replace('</Relationships>', `<Relationship Id="rIdTextRecord" Type="${OFFICE_RELATIONSHIPS}/customXml" Target="../${TEXT_RECORD.part}"/></Relationships>`));
  next.set(CONTENT_TYPES, types.replace('</Types>', `<Override PartName="/${PROPERTIES_PART}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`));
  return next;
}
