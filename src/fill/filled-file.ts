/** A filled-in file read back (a DOCX or a saved form): what it records and what it answers. */
import type { Point } from '../diagnostics/diagnostics.js';
import type { ContentControl } from './read-docx.js';

export interface FilledFile {
  /** The path as messages show it. */
  path: string;
  checklist: string;
  version: string;
  /** The stem of the deployment it was built from ("blank" for a blank checklist). */
  deployment: string;
  /** The fingerprint of the deployment's answers when it was built. */
  fingerprint: string;
  /** The answers it was built with, by key. */
  original: Record<string, string>;
  /** One answer per key the file holds, with where it stands when the file has lines. */
  answers: FilledAnswer[];
  /**
   * A DOCX whose content controls have all lost their tags (LibreOffice drops them when it
   * saves): its controls in document order, to be told by their place (src/fill/untagged-docx.ts).
   */
  untagged?: ContentControl[];
  /**
   * A DOCX with a write-in still flagged as showing its placeholder that holds text: its
   * controls, read once the document built again tells the placeholder it was built with from
   * text typed with the flag left on (src/fill/placeholder-text.ts).
   */
  placeholders?: ContentControl[];
}

export interface FilledAnswer {
  key: string;
  value: string;
  place?: Point;
  /** For a choice read from boxes: the option names of the boxes, to check against the item. */
  options?: string[];
}

/** The names of what a built file records, shared by the DOCX properties and the form's JSON. */
export const RECORD = {
  generator: 'checklist.generator',
  checklist: 'checklist.id',
  version: 'checklist.version',
  deployment: 'checklist.deployment',
  fingerprint: 'checklist.fingerprint',
  /** `checklist.original.1`, `.2`, …: the JSON of the original answers in parts Word keeps whole. */
  original: 'checklist.original.',
} as const;

/**
 * The part of a built DOCX that records its text outside the fields (src/fill/outside-text.ts):
 * a custom XML part, which Word and LibreOffice keep and neither shows.
 */
export const TEXT_RECORD = {
  part: 'customXml/item1.xml',
  namespace: 'urn:checklist:text',
  element: 'checklist-text',
  /** The rules of src/fill/outside-text.ts the digests follow; a record of other rules is not compared. */
  rules: '2',
  /**
   * The attributes that record the page headers' and the footers' paragraphs, by the same
   * rules; a DOCX built before they were kept has neither, and its headers are not compared.
   */
  running: { header: 'header', footer: 'footer' },
} as const;

/** The `format` of a saved form's JSON. */
export const FORM_FORMAT = 'checklist-answers';
