/**
 * The text of a DOCX outside its fields: what a reader may change or type where `import` reads
 * nothing. A built DOCX records a digest of each of its paragraphs' text outside the fields, in
 * document order (render/docx/text-record.ts); a paragraph of a filled one that the record does
 * not have in its place was typed in or changed (a note under a measure, a paragraph between
 * two items), and that text would be lost by an import that reads fields only.
 *
 * Left out, as a word processor changes them by itself: the content of every content control
 * (the fields, and the table of contents' block), field codes and results (the TOC's entries and
 * page references that Word updates), deleted text of tracked changes and a drawing's fallback
 * copy. Spaces and tabs count as one space: a line to write on is tabs, and word processors
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

const TOKENS =
  /<w:sdt[\s>]|<\/w:sdt>|<w:(tag|alias)\b[^>]*\bw:val="([^"]*)"|<w:fldChar\b[^>]*\bw:fldCharType="(begin|separate|end)"|<w:fldSimple\b[^>]*?(\/?)>|<\/w:fldSimple>|<w:(?:del|delText|instrText)\b[^>]*?(\/?)>|<\/w:(?:del|delText|instrText)>|<mc:Fallback>|<\/mc:Fallback>|<w:p[\s>]|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g;

/** Every paragraph of a WordprocessingML part with text outside the fields, in document order. */
export function outsideTexts(xml: string): OutsideText[] {
  const found: OutsideText[] = [];
  // A paragraph may hold others (a text box's): one buffer per open paragraph.
  const paragraphs: string[] = [];
  let controls = 0; // open content controls
  let skipped = 0; // open deleted text, field codes, simple fields, fallbacks
  const fields: ('code' | 'result')[] = [];
  let after = { tag: '', alias: '' };
  for (const match of xml.matchAll(TOKENS)) {
    const token = match[0];
    if (token.startsWith('<w:sdt')) {
      controls++;
      after = { tag: '', alias: '' };
    } else if (token === '</w:sdt>') controls = Math.max(0, controls - 1);
    else if (match[1] !== undefined) after = { ...after, [match[1]]: decodeXml(match[2]!) };
    else if (match[3] !== undefined) {
      if (match[3] === 'begin') fields.push('code');
      else if (match[3] === 'separate') fields[fields.length - 1] = 'result';
      else fields.pop();
    } else if (token.startsWith('<w:fldSimple')) skipped += match[4] === '/' ? 0 : 1;
    else if (token === '</w:fldSimple>') skipped = Math.max(0, skipped - 1);
    else if (/^<w:(del|delText|instrText)\b/.test(token)) skipped += match[5] === '/' ? 0 : 1;
    else if (/^<\/w:(del|delText|instrText)>/.test(token)) skipped = Math.max(0, skipped - 1);
    else if (token === '<mc:Fallback>') skipped++;
    else if (token === '</mc:Fallback>') skipped = Math.max(0, skipped - 1);
    else if (token.startsWith('<w:p')) paragraphs.push('');
    else if (token === '</w:p>') {
      const text = normalized(paragraphs.pop() ?? '');
      if (text !== '') found.push({ text, after });
    } else if (controls === 0 && skipped === 0 && fields.length === 0 && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += match[6] !== undefined ? decodeXml(match[6]) : ' ';
    }
  }
  return found;
}

/** Runs of spaces, tabs and breaks as one space, none at the ends. */
const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Characters of a digest: 36 bits, so that a paragraph typed in is all but never taken for a built one. */
const DIGEST_LENGTH = 6;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, DIGEST_LENGTH);

/** The digests of a built part's paragraphs in document order: what the DOCX records. */
export function textRecord(xml: string): string {
  return outsideTexts(xml)
    .map(({ text }) => digest(text))
    .join('');
}

/**
 * The paragraphs of a filled part that the record does not have in their place: typed in, or
 * changed. Compared in order, so a text the document has elsewhere (a party's name in the
 * summary) still counts where it was typed.
 */
export function typedOutsideFields(xml: string, record: string): OutsideText[] {
  const built: string[] = [];
  for (let at = 0; at + DIGEST_LENGTH <= record.length; at += DIGEST_LENGTH) built.push(record.slice(at, at + DIGEST_LENGTH));
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
