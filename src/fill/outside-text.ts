/**
 * The text of a DOCX outside its fields: what a reader may change or type where `import` reads
 * nothing. A built DOCX records a digest of each of its paragraphs' text outside the fields, in
 * document order (render/docx/text-record.ts); a paragraph of a filled one that the record does
 * not have in its place was typed in or changed (a note under a measure, a paragraph between
 * two items), and that text would be lost by an import that reads fields only. Its page headers
 * and footers are recorded too, each kind apart (`Checked by JM` typed after the header's title).
 *
 * Left out, as a word processor changes them by itself: the content of every content control
 * (the fields, and the table of contents' block), field codes, the results of the fields it
 * writes anew (the TOC's entries, page references and numbers; a field a reader inserted, such
 * as a date, counts as typed), deleted text of tracked changes and a drawing's fallback copy.
 * A symbol (`w:sym`) and a note's mark count as characters: a note a reader inserts changes
 * the paragraph it is marked in (its text, in another part, is not compared). Spaces and tabs count as one space: a line to write on is tabs, and word processors
 * write runs of them their own way.
 */
import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import { decodeXml } from './xml-text.js';

/** A paragraph's text outside the fields, and the field before it, to say where it is. */
export interface OutsideText {
  text: string;
  /** The last content control before the paragraph: its tag and its name ('' where it has none, or before the first). */
  after: { tag: string; alias: string };
}

const TOKENS = new RegExp(
  [
    '(?<sdtOpen><w:sdt[\\s>])',
    '(?<sdtClose></w:sdt>)',
    '<w:(?<property>tag|alias)\\b[^>]*\\bw:val="(?<propertyValue>[^"]*)"',
    '<w:fldChar\\b[^>]*\\bw:fldCharType="(?<fieldChar>begin|separate|end)"',
    '<w:instrText\\b[^>]*>(?<instruction>[^<]*)</w:instrText>',
    '<w:fldSimple\\b[^>]*?\\bw:instr="(?<simpleInstruction>[^"]*)"[^>]*?(?<simpleEmpty>/?)>',
    '(?<simpleClose></w:fldSimple>)',
    '<w:(?:del|delText|delInstrText)\\b[^>]*?(?<deletedEmpty>/?)>',
    '(?<deletedClose></w:(?:del|delText|delInstrText)>)',
    '(?<fallbackOpen><mc:Fallback>)',
    '(?<fallbackClose></mc:Fallback>)',
    '(?<paragraphOpen><w:p[\\s>])',
    '(?<paragraphClose></w:p>)',
    '<w:t(?:\\s[^>]*)?>(?<text>[^<]*)</w:t>',
    '(?<space><w:(?:tab|br|cr)\\b[^>]*/>)',
    '(?<symbol><w:sym\\b[^>]*/>)',
    '(?<hyphen><w:noBreakHyphen\\s*/>)',
    '(?<note><w:(?:footnote|endnote)Reference\\b[^>]*/>)',
  ].join('|'),
  'g',
);

/**
 * Fields whose results a word processor writes anew by itself: the contents, page references,
 * page numbers. The result of any other field (one a reader inserted, a date) is text as typed.
 */
const UPDATED_FIELD = /^\s*(TOC|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|REF)\b/i;

/** What stands for a symbol (`w:sym`) in a paragraph's text: the document is built with none outside its fields. */
const SYMBOL = '\uFFFC';
/** What stands for a footnote's or endnote's mark: one a reader inserts changes its paragraph. */
const NOTE = '\u2020';

/** Every paragraph of a WordprocessingML part with text outside the fields, in document order. */
export function outsideTexts(xml: string): OutsideText[] {
  const found: OutsideText[] = [];
  // A paragraph may hold others (a text box's): one buffer per open paragraph.
  const paragraphs: string[] = [];
  let controls = 0; // open content controls
  let skipped = 0; // open deleted text and fallbacks
  const simpleFields: boolean[] = []; // open simple fields: whether each is written anew
  const fields: { part: 'code' | 'result'; instruction: string }[] = []; // open complex fields
  const hidden = () =>
    controls > 0 || skipped > 0 || simpleFields.includes(true) || fields.some((field) => field.part === 'code' || UPDATED_FIELD.test(field.instruction));
  let after = { tag: '', alias: '' };
  for (const match of xml.matchAll(TOKENS)) {
    const group = match.groups!;
    if (group.sdtOpen !== undefined) {
      controls++;
      after = { tag: '', alias: '' };
    } else if (group.sdtClose !== undefined) controls = Math.max(0, controls - 1);
    else if (group.property !== undefined) after = { ...after, [group.property]: decodeXml(group.propertyValue!) };
    else if (group.fieldChar === 'begin') fields.push({ part: 'code', instruction: '' });
    else if (group.fieldChar === 'separate') {
      const field = fields[fields.length - 1];
      if (field !== undefined) field.part = 'result';
    }
    else if (group.fieldChar === 'end') fields.pop();
    else if (group.instruction !== undefined) {
      const field = fields[fields.length - 1];
      if (field?.part === 'code') field.instruction += decodeXml(group.instruction);
    } else if (group.simpleInstruction !== undefined) {
      // A simple field's content is its result.
      if (group.simpleEmpty !== '/') simpleFields.push(UPDATED_FIELD.test(decodeXml(group.simpleInstruction)));
    } else if (group.simpleClose !== undefined) simpleFields.pop();
    else if (group.deletedEmpty !== undefined) skipped += group.deletedEmpty === '/' ? 0 : 1;
    else if (group.deletedClose !== undefined || group.fallbackClose !== undefined) skipped = Math.max(0, skipped - 1);
    else if (group.fallbackOpen !== undefined) skipped++;
    else if (group.paragraphOpen !== undefined) paragraphs.push('');
    else if (group.paragraphClose !== undefined) {
      const text = normalized(paragraphs.pop() ?? '');
      if (text !== '') found.push({ text, after });
    } else if (!hidden() && paragraphs.length > 0) {
      const piece =
        group.text !== undefined ? decodeXml(group.text) : group.symbol !== undefined ? SYMBOL : group.note !== undefined ? NOTE : group.hyphen !== undefined ? '-' : ' ';
      paragraphs[paragraphs.length - 1] += piece;
    }
  }
  return found;
}

/** Runs of spaces, tabs and breaks as one space, none at the ends. */
const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Characters of a digest: 36 bits, so that a paragraph typed in is all but never taken for a built one. */
const DIGEST_LENGTH = 6;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, DIGEST_LENGTH);

/** The digests of a built part's paragraphs in document order (of several parts, one after another): what the DOCX records. */
export function textRecord(...xmls: string[]): string {
  return xmls
    .flatMap((xml) => outsideTexts(xml))
    .map(({ text }) => digest(text))
    .join('');
}

/**
 * The paragraphs of a filled part that the record does not have in their place: typed in, or
 * changed. Compared in order, so a text the document has elsewhere (a party's name in the
 * summary) still counts where it was typed.
 */
export function typedOutsideFields(xml: string, record: string): OutsideText[] {
  const built = digestsOf(record);
  const filled = outsideTexts(xml);
  const typed: OutsideText[] = [];
  let index = 0;
  for (const change of diffArrays(built, filled.map(({ text }) => digest(text)))) {
    if (change.removed) continue;
    if (change.added) typed.push(...filled.slice(index, index + change.count));
    index += change.count;
  }
  return typed;
}

/**
 * The paragraphs of filled parts (a document's page headers, or its footers) whose text the
 * record has in none of them: typed in, or changed. Compared as a set, not in order: a word
 * processor may write the one header built as several (a first page's, a section's).
 */
export function typedOutsideRecorded(xmls: readonly string[], record: string): OutsideText[] {
  const built = new Set(digestsOf(record));
  return xmls.flatMap((xml) => outsideTexts(xml)).filter(({ text }) => !built.has(digest(text)));
}

/** A record's digests, one after another. */
function digestsOf(record: string): string[] {
  const digests: string[] = [];
  for (let at = 0; at + DIGEST_LENGTH <= record.length; at += DIGEST_LENGTH) digests.push(record.slice(at, at + DIGEST_LENGTH));
  return digests;
}
