/**
 * Reads a filled DOCX back: its custom properties (what it was built from) and its content
 * controls, each a checkbox or a plain-text control whose tag names the answer. The XML is
 * scanned, not laid out: only sdt elements, their tags and states, and the text inside count.
 */
import { unzipSync } from 'fflate';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { RECORD, TEXT_RECORD, type FilledAnswer, type FilledFile } from './filled-file.js';
import { headerFooterParts, type RunningKind } from './header-footer-parts.js';
import { typedOutsideFields, typedOutsideRecorded } from './outside-text.js';
import { reviewComments } from './review-comments.js';
import { parseKey, splitPiece, splitTag } from './keys.js';
import { symbolText, unreadableSymbols } from './word-symbols.js';
import { decodeXml } from './xml-text.js';

const utf8 = new TextDecoder();


/** The custom properties of docProps/custom.xml that hold text, by name. */
export function customProperties(xml: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const match of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)) {
    properties.set(decodeXml(match[1]!), decodeXml(match[2]!));
  }
  return properties;
}

export interface ContentControl {
  tag: string;
  /** The name Word shows for it (src/render/docx/controls.ts); '' when it has none. */
  alias: string;
  kind: 'checkbox' | 'text' | 'other';
  checked: boolean;
  /** The text inside (breaks and paragraphs as `\n`, tabs as `\t`: a fill line's are dropped by `answersOfControls`). */
  text: string;
  /** Flagged `w:showingPlcHdr`: read as empty once settled against the document built again where it holds text (src/fill/placeholder-text.ts). */
  showingPlaceholder: boolean;
  /** Line breaks just in front of it, in its paragraph: where LibreOffice moves the breaks typed inside. */
  breaksBefore: number;
  /** The fonts of symbols inside that have no text import can tell (src/fill/word-symbols.ts). */
  unreadable: string[];
  /**
   * For a checkbox, the state its mark shows on the page: its checked or unchecked state's
   * character; null when it shows neither (a mark of another font, or none).
   */
  shown: boolean | null;
  /**
   * Another control of its tag came before it in another table cell (or paragraph, outside a
   * table): a copy pasted with its field, as Word copies a whole field with its tag. A value's
   * further lines and pieces stand in their first one's cell.
   */
  copy?: boolean;
}

/** Where each `w:sdt` element is: its start, the start of its end tag, its end, how deep it is nested (0: outermost), in document order. */
function sdtSpans(xml: string): { start: number; close: number; end: number; depth: number }[] {
  const spans: { start: number; close: number; end: number; depth: number }[] = [];
  const open: number[] = [];
  for (const match of xml.matchAll(/<(\/?)w:sdt(?=[\s>/])[^>]*?(\/?)>/g)) {
    if (match[2] === '/') continue;
    if (match[1] === '') open.push(match.index);
    else {
      const start = open.pop();
      if (start !== undefined) spans.push({ start, close: match.index, end: match.index + match[0].length, depth: open.length });
    }
  }
  // An inner control closes before its outer one: order them by where they start.
  return spans.sort((a, b) => a.start - b.start);
}

/** Every content control of a WordprocessingML part, nested ones too, in document order. */
export function contentControls(xml: string): ContentControl[] {
  const lastEnd = new Map<string, number>(); // each tag's last control: where it ends
  return sdtSpans(xml).map(({ start, close, end }) => {
    const control: ContentControl = { ...readControl(xml.slice(start, close)), breaksBefore: breaksBefore(xml, start) };
    const before = lastEnd.get(control.tag);
    if (control.tag !== '') lastEnd.set(control.tag, end);
    return before !== undefined && standApart(xml, before, start) ? { ...control, copy: true } : control;
  });
}

/** Whether what lies between `from` and `to` crosses a table cell's end, or a paragraph's outside a table. */
function standApart(xml: string, from: number, to: number): boolean {
  const between = xml.slice(from, to);
  if (between.includes('</w:tc>')) return true;
  const inCell = Math.max(xml.lastIndexOf('<w:tc>', to), xml.lastIndexOf('<w:tc ', to)) > xml.lastIndexOf('</w:tc>', to);
  return between.includes('</w:p>') && !inCell;
}

/** The breaks between the control starting at `start` and what comes before it: a control, or its paragraph's start. */
function breaksBefore(xml: string, start: number): number {
  const from = Math.max(xml.lastIndexOf('</w:sdt>', start), xml.lastIndexOf('<w:p>', start), xml.lastIndexOf('<w:p ', start), 0);
  // Line breaks only: a page or column break is no line of a value.
  return xml.slice(from, start).match(/<w:br\b(?![^>]*\bw:type="(page|column)")|<w:cr\b/g)?.length ?? 0;
}

function readControl(xml: string): Omit<ContentControl, 'breaksBefore'> {
  const end = xml.indexOf('</w:sdtPr>');
  const properties = end < 0 ? '' : xml.slice(0, end);
  const content = end < 0 ? xml : xml.slice(end);
  const value = (name: string) => {
    const found = new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(properties)?.[1];
    return found === undefined ? '' : decodeXml(found);
  };
  const checkbox = /<w14:checkbox\b/.test(properties);
  const checked = /<w14:checked\b[^>]*\bw14:val="(1|true|on)"/.exec(properties) !== null;
  const text = textOf(content);
  return {
    tag: value('tag'),
    alias: value('alias'),
    kind: checkbox ? 'checkbox' : /<w:text\b/.test(properties) ? 'text' : 'other',
    checked,
    text,
    showingPlaceholder: /<w:showingPlcHdr\b(?![^>]*w:val="(0|false|off)")/.test(properties),
    unreadable: unreadableSymbols(content),
    shown: checkbox ? shownState(properties, text) : null,
  };
}

/**
 * Which state a checkbox's mark shows: Word and LibreOffice write the character of
 * `w14:checkedState` or `w14:uncheckedState` (☒ and ☐ when it names none) as its text when
 * they tick or untick it.
 */
function shownState(properties: string, text: string): boolean | null {
  const mark = (state: string, fallback: number) => {
    const code = new RegExp(`<w14:${state}\\b[^>]*\\bw14:val="([0-9A-Fa-f]+)"`).exec(properties)?.[1];
    return String.fromCodePoint(code === undefined ? fallback : Number.parseInt(code, 16));
  };
  const [ticked, unticked] = [mark('checkedState', 0x2612), mark('uncheckedState', 0x2610)];
  const shown = text.trim();
  if (ticked === unticked) return null;
  return shown === ticked ? true : shown === unticked ? false : null;
}

/**
 * The text a reader sees: w:t, breaks and paragraph ends, a non-breaking hyphen and the symbols
 * AutoCorrect inserts (src/fill/word-symbols.ts); deleted text and field codes left out.
 */
function textOf(xml: string): string {
  let text = '';
  let paragraphs = 0;
  // A run's tab (`<w:tab/>`, no attributes: a tab stop of the paragraph's properties has them).
  for (const match of withoutUnseen(xml).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|cr)\b[^>]*\/>|<w:(tab)\s*\/>|<w:(noBreakHyphen)\b[^>]*\/>|(<w:sym\b[^>]*\/>)|<\/w:p>/g)) {
    if (match[1] !== undefined) text += decodeXml(match[1]);
    else if (match[2] !== undefined) text += '\n';
    else if (match[3] !== undefined) text += '\t';
    else if (match[4] !== undefined) text += '-';
    else if (match[5] !== undefined) text += symbolText(match[5]) ?? '';
    else {
      paragraphs++;
      text += '\n';
    }
  }
  // A control that is one paragraph or a run: no paragraph end of its own to keep.
  return paragraphs > 0 ? text.replace(/\n$/, '') : text;
}

/**
 * The XML without what a reader does not see as the field's text: a tracked deletion, the old
 * place of text moved with Track Changes on (`w:moveFrom` holds `w:t`, not `w:delText`: it was
 * read twice, "Complexity High. Complexity" for "High. Complexity"), and the fallback of
 * alternate content, which repeats its choice.
 */
const withoutUnseen = (xml: string): string =>
  xml.replace(/<(w:del|w:moveFrom|mc:Fallback)(?=[\s>])[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g, '');

/**
 * A field's text without what is left of its line to write on: tabs at a line's ends. Only a
 * field built empty has such a line; the tabs of a value it was built with are the customer's
 * (an indented line of a comment) and stay.
 */
export const withoutFillLine = (text: string): string => text.replace(/^\t+|\t+$/gm, '');

/** A field's text as it is compared with what it was built with: no fill line, white space as single spaces, trimmed. */
export const shownText = (text: string): string => withoutFillLine(text).replace(/\s+/g, ' ').trim();

/**
 * A write-in still flagged as showing its placeholder that holds more than a line to write on:
 * the placeholder it was built with ("________", the master's example) or text typed by an
 * editor that left the flag on. Only the document built again tells which (src/fill/placeholder-text.ts).
 */
export const flaggedWithText = (control: ContentControl): boolean => control.kind === 'text' && control.showingPlaceholder && shownText(control.text) !== '';

/**
 * Text typed in a table cell outside its fields, where Word lets one type on: past a field's
 * end, or between the lines of one field (a field of several lines is a control per line). The
 * import reads fields only, so it would be lost. The built document puts no text there: labels
 * and prompts go before a field, and only a line break between the lines of one.
 * Each as `[the field's name, the text]`.
 */
export function textAfterFields(xml: string): [string, string][] {
  const found: [string, string][] = [];
  for (const cell of xml.matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)) {
    const text = cell[0];
    if (/<w:tc[\s>]/.test(text.slice(4))) continue; // a table in the cell: not a cell of ours
    // The cell's outermost controls, in order.
    const controls = sdtSpans(text)
      .filter((span) => span.depth === 0)
      .map(({ start, close, end }) => {
        const control = readControl(text.slice(start, close));
        return { start, end, kind: control.kind, tag: control.tag, name: control.alias || control.tag };
      });
    controls.forEach((control, index) => {
      if (control.kind !== 'text') return;
      const next = controls[index + 1];
      // Between the lines of one field, or after the cell's last field.
      if (next !== undefined && !(next.kind === 'text' && next.tag === control.tag)) return;
      if (next === undefined && controls.slice(index + 1).some((later) => later.kind === 'text')) return;
      const between = text.slice(control.end, next?.start ?? text.length).replace(/<w:sdt[\s>][\s\S]*?<\/w:sdt>/g, '');
      const typed = textOf(between).trim();
      if (typed !== '') found.push([control.name, typed]);
    });
  }
  return found;
}

/**
 * The parts import reads. The headers and footers are those the relationships name, which Word
 * and LibreOffice call header1.xml, footer2.xml …: every part of word/ with such a name is read.
 */
const READ_PARTS = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', 'docProps/custom.xml', /^customXml\/item\d+\.xml$/, /^word\/[^/]*(header|footer)[^/]*\.xml$/i];

export function readDocx(bytes: Uint8Array, path: string, diagnostics: Diagnostics): FilledFile | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => READ_PARTS.some((part) => (typeof part === 'string' ? file.name === part : part.test(file.name))) });
  } catch {
    diagnostics.error(path, undefined, 'Not a DOCX file (not a ZIP archive): import reads a DOCX or a form\'s saved JSON', 'import-file');
    return null;
  }
  const properties = customProperties(parts['docProps/custom.xml'] ? utf8.decode(parts['docProps/custom.xml']) : '');
  const document = parts['word/document.xml'];
  if (properties.get(RECORD.generator) !== 'checklist' || document === undefined) {
    diagnostics.error(path, undefined, 'This DOCX was not made by checklist (it has no checklist document properties): only a DOCX that `checklist build` wrote can be imported', 'import-foreign');
    return null;
  }
  const original = originalAnswers(properties, path, diagnostics);
  if (original === null) return null;
  const record = {
    path,
    checklist: properties.get(RECORD.checklist) ?? '',
    version: properties.get(RECORD.version) ?? '',
    deployment: properties.get(RECORD.deployment) ?? '',
    fingerprint: properties.get(RECORD.fingerprint) ?? '',
    original,
  };
  const xml = utf8.decode(document);
  const controls = contentControls(xml).filter((control) => control.tag !== '' || control.kind !== 'other');
  // Every built document has write-ins (the overview's and the signatures'). None left is a
  // document saved as ODT and back (LibreOffice), which turns them into plain text and drops
  // the record of the text: what was typed in them would be imported as nothing.
  if (!controls.some((control) => control.kind === 'text')) {
    diagnostics.error(path, undefined, `This document has lost its fields to write in (its comments, the overview, the signatures are plain text now): it was saved in another format, such as ODT, and back to DOCX, so what was typed in them cannot be read. Fill the DOCX itself and save it as DOCX (Word or LibreOffice), or use the fillable HTML form (checklist build --format form), and import that`, 'import-fields');
    return null;
  }
  // Every tag gone at once is no edit by hand: LibreOffice drops them all when it saves.
  const untagged = controls.length > 0 && controls.every((control) => control.tag === '');
  const outside = untagged ? [] : textAfterFields(xml);
  for (const [field, text] of outside) {
    diagnostics.error(path, undefined, `"${text.slice(0, 50)}" is typed beside the field "${field}", outside it, so it would not be imported: cut it and paste it inside the field, then import again`, 'import-outside-field');
  }
  const built = textRecordOf(parts);
  if (built !== undefined) {
    typedElsewhere(xml, built.body, outside.map(([, text]) => text), path, diagnostics);
    typedInHeadersOrFooters(parts, built, path, diagnostics);
  }
  commentedInReview(xml, parts, path, diagnostics);
  // Those are errors, but the answers are read on, so that the file's other errors are told in the same run.
  if (untagged) return { ...record, answers: [], untagged: controls };
  if (controls.some(flaggedWithText)) return { ...record, answers: [], placeholders: controls };
  return { ...record, answers: answersOfControls(controls, original, path, diagnostics) };
}

/** What a DOCX records of the text it was built with: its body's, and its headers' and footers' where it was built with those. */
interface TextRecord {
  body: string;
  header?: string;
  footer?: string;
}

/**
 * The record of the text a DOCX was built with, where it has one it can compare with: those built
 * before it was kept have none, and one of other rules (another version of the tool) is left be.
 */
function textRecordOf(parts: Record<string, Uint8Array>): TextRecord | undefined {
  const element = new RegExp(`<${TEXT_RECORD.element}\\b([^>]*)>([A-Za-z0-9_-]*)</${TEXT_RECORD.element}>`);
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith('customXml/')) continue;
    const found = element.exec(utf8.decode(data));
    if (found === null || !found[1]!.includes(TEXT_RECORD.namespace)) continue;
    if (!new RegExp(`\\brules=["']${TEXT_RECORD.rules}["']`).test(found[1]!)) return undefined;
    const running = (name: string) => new RegExp(`\\b${name}=["']([A-Za-z0-9_-]*)["']`).exec(found[1]!)?.[1];
    const header = running(TEXT_RECORD.running.header);
    const footer = running(TEXT_RECORD.running.footer);
    return { body: found[2]!, ...(header === undefined ? {} : { header }), ...(footer === undefined ? {} : { footer }) };
  }
  return undefined;
}

/** A long text as a message shows it: its start and its end, where what was typed may be either. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 40)} … ${text.slice(-36)}` : text);

/** Reports each review comment of the document (import reads none of them). */
function commentedInReview(xml: string, parts: Record<string, Uint8Array>, path: string, diagnostics: Diagnostics): void {
  const comments = parts['word/comments.xml'] === undefined ? [] : reviewComments(utf8.decode(parts['word/comments.xml']), xml);
  for (const { author, text, after } of comments) {
    const by = author === '' ? '' : ` by "${author}"`;
    const where = after === '' ? '' : ` (after the field "${describeKey(splitTag(after).key)}")`;
    diagnostics.error(path, undefined, `A review comment${by}${where} says "${clip(text)}", which import does not read, so it would be lost: write it into a field (an item's comment) and delete the review comment, then import again`, 'import-comment');
  }
}

/**
 * Reports each paragraph with text the document was not built with outside its fields (typed
 * in, or changed: a party written on the Responsible line, a note under a measure): import
 * reads fields only. A paragraph that holds text already told as typed beside a field
 * (`besideFields`) is that same text: told once.
 */
function typedElsewhere(xml: string, record: string, besideFields: readonly string[], path: string, diagnostics: Diagnostics): void {
  const told = besideFields.map((text) => text.replace(/\s+/g, ' '));
  for (const { text, after } of typedOutsideFields(xml, record)) {
    if (told.some((beside) => text.includes(beside))) continue;
    const field = after.tag !== '' ? describeKey(splitTag(after.tag).key) : after.alias;
    const where = field === '' ? '' : ` (after the field "${field}")`;
    diagnostics.error(path, undefined, `"${clip(text)}" is typed or changed outside the document's fields${where}, where import reads nothing, so it would be lost: write it into a field (an item's comment) or undo it, then import again`, 'import-outside-field');
  }
}

/**
 * Reports each paragraph of the page headers and footers with text they were not built with
 * (a line typed in the footer, "Checked by JM" after the title): import reads none of it. A
 * DOCX built before its headers were recorded has them compared with nothing.
 */
function typedInHeadersOrFooters(parts: Record<string, Uint8Array>, record: TextRecord, path: string, diagnostics: Diagnostics): void {
  const relationships = parts['word/_rels/document.xml.rels'];
  const running = relationships === undefined ? [] : headerFooterParts(utf8.decode(relationships));
  for (const kind of ['header', 'footer'] as const satisfies readonly RunningKind[]) {
    const recorded = record[kind];
    if (recorded === undefined) continue;
    const xmls = running.flatMap(({ kind: partKind, part }) => (partKind === kind && parts[part] !== undefined ? [utf8.decode(parts[part])] : []));
    for (const { text } of typedOutsideRecorded(xmls, recorded)) {
      diagnostics.error(path, undefined, `"${clip(text)}" is typed or changed in the page ${kind}, where import reads nothing, so it would be lost: write it into a field (an item's comment) or undo it, then import again`, 'import-outside-field');
    }
  }
}

function originalAnswers(properties: Map<string, string>, path: string, diagnostics: Diagnostics): Record<string, string> | null {
  let json = '';
  for (let part = 1; properties.has(`${RECORD.original}${part}`); part++) json += properties.get(`${RECORD.original}${part}`);
  try {
    const value: unknown = JSON.parse(json === '' ? '{}' : json);
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string')) {
      return value as Record<string, string>;
    }
  } catch {
    // reported below
  }
  diagnostics.error(path, undefined, `The document property ${RECORD.original}… (the answers it was built with) is damaged: build the document again`, 'import-damaged');
  return null;
}

/**
 * One answer per key: a choice from its boxes (one ticked at most), a write-in from its text
 * (the pieces of a long one joined: a new line, or none for a piece that continues its line).
 * `original`, the answers the file was built with, tells the fields built empty, with a line
 * to write on, from those built with a value.
 */
export function answersOfControls(controls: ContentControl[], original: Readonly<Record<string, string>>, path: string, diagnostics: Diagnostics): FilledAnswer[] {
  const answers = new Map<string, FilledAnswer & { ticked: string[] }>();
  const placeOf = new Map<string, string>(); // each tag's first control: the field before it
  let previous = '';
  for (const control of controls) {
    if (control.tag === '' && control.kind === 'other') continue; // the table of contents, and Word's own
    const after = previous;
    if (control.tag !== '') previous = control.tag;
    if (control.copy) {
      reportCopy(control, placeOf.get(control.tag) ?? '', after, path, diagnostics);
      continue;
    }
    if (control.tag !== '' && !placeOf.has(control.tag)) placeOf.set(control.tag, after);
    if (control.tag === '') {
      const name = control.alias === '' ? '' : ` "${control.alias}"`;
      diagnostics.error(path, undefined, `The ${control.kind === 'checkbox' ? 'checkbox' : 'plain-text'} content control${name} has no tag, which names its answer: it was changed; build the document again`, 'import-tag');
      continue;
    }
    const { key: tagKey, option } = splitTag(control.tag);
    const expected = option === null ? 'text' : 'checkbox';
    if (control.kind !== expected) {
      diagnostics.error(path, undefined, `Content control "${control.tag}" should be a ${expected === 'text' ? 'plain-text' : 'checkbox'} control: it was changed, build the document again`, 'import-tag');
      continue;
    }
    const { key, continued } = option === null ? splitPiece(tagKey) : { key: tagKey, continued: false };
    const known = answers.get(key);
    const entry = known ?? { key, value: '', options: option === null ? undefined : [], ticked: [] };
    answers.set(key, entry);
    if (option === null) {
      if (!control.showingPlaceholder && control.unreadable.length > 0) {
        const fonts = [...new Set(control.unreadable)].map((font) => `"${font}"`).join(', ');
        diagnostics.error(path, undefined, `${describeKey(key)}: holds a symbol of the font ${fonts} (inserted by Insert > Symbol or by AutoCorrect), which has no text to import: replace it with a character or a word, then import again`, 'import-value');
        continue;
      }
      const text = control.showingPlaceholder ? '' : Object.hasOwn(original, key) ? control.text : withoutFillLine(control.text);
      entry.value = known === undefined ? text : `${entry.value}${continued ? '' : '\n'}${text}`;
    } else {
      entry.options!.push(option);
      if (control.shown !== null && control.shown !== control.checked) {
        // Edited outside a word processor: what the reader sees is not what would be imported.
        const state = (ticked: boolean) => (ticked ? 'ticked' : 'not ticked');
        diagnostics.error(path, undefined, `${describeKey(key)}: the box "${option}" shows ${control.text.trim()} (${state(control.shown)}) but is stored as ${state(control.checked)}, so what the page shows is not what would be imported: click the box until it shows what is meant, save the document in Word or LibreOffice, then import again`, 'import-box-state');
      } else if (control.checked) entry.ticked.push(option);
    }
  }
  reportDeletedFields(answers, original, path, diagnostics);
  reportDeletedBoxes(answers, original, path, diagnostics);
  return [...answers.values()].flatMap(({ ticked, ...answer }) => {
    if (ticked.length > 1) {
      diagnostics.error(path, undefined, `${describeKey(answer.key)}: ${ticked.length} boxes are ticked (${ticked.join(', ')}); tick one`, 'import-ticks');
      return [];
    }
    if (answer.options === undefined) return [{ ...answer, value: answer.value.trim() === '' ? '' : answer.value }];
    return [{ ...answer, value: ticked[0] ?? '' }];
  });
}

/**
 * A field that stands twice in the document, in two cells: pasted with its field (Word copies
 * a field with its tag), what is typed into the copy would be read into the field copied,
 * another item's answer, or joined to its value as a line of it.
 */
function reportCopy(control: ContentControl, first: string, copy: string, path: string, diagnostics: Diagnostics): void {
  const { key, option } = splitTag(control.tag);
  const name = option === null ? `The field "${describeKey(key)}"` : `The box "${option}" of ${describeKey(key)}`;
  const place = (tag: string) => (tag === '' ? 'at the start' : `after the field "${describeKey(splitTag(tag).key)}"`);
  const holds = option === null ? (control.text.trim() === '' ? '' : `, holding "${clip(control.text.trim())}"`) : '';
  diagnostics.error(
    path,
    undefined,
    `${name} is in the document twice, ${place(first)} and ${place(copy)}${holds}: one is a copy, pasted with the field itself, and what it holds would be read into ${describeKey(key)}. Delete the copy (type what it holds into the field where it belongs), then import again`,
    'import-copy',
  );
}

/**
 * A field built with a value whose controls are all gone while the others it stands with are
 * there: deleted with its text, by a selection across the control or Delete on it. Its answer
 * would stay as it was, the deletion unseen. What a document has no field for is no such case: an
 * annex or offer has no item fields at all, an item left out by the level none, a server the
 * deployment lacks no row, and a party agreed is printed as text.
 */
function reportDeletedFields(answers: ReadonlyMap<string, unknown>, original: Readonly<Record<string, string>>, path: string, diagnostics: Diagnostics): void {
  const present = new Set([...answers.keys()].map(fieldGroup));
  for (const [key, value] of Object.entries(original)) {
    const group = fieldGroup(key);
    if (answers.has(key) || value.trim() === '' || group === null || !present.has(group)) continue;
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    diagnostics.error(path, undefined, `${describeKey(key)}: its field is gone from the document, deleted with the value it was built with (${JSON.stringify(shown)}), so what it should be now cannot be read: to clear the answer, empty the field instead; else undo the deletion, then import again`, 'import-deleted');
  }
}

/**
 * The box ticked when the document was built, deleted (Delete on its ☒) while its answer's other
 * boxes are there and none of them is ticked: its state cannot be read, and the answer would be
 * read as cleared by a deletion the reader may not have meant. Another box ticked is a choice
 * the reader sees, and is imported.
 */
function reportDeletedBoxes(answers: ReadonlyMap<string, FilledAnswer & { ticked: string[] }>, original: Readonly<Record<string, string>>, path: string, diagnostics: Diagnostics): void {
  for (const [key, answer] of answers) {
    const built = original[key];
    if (answer.options === undefined || built === undefined || built === '' || answer.ticked.length > 0 || answer.options.includes(built)) continue;
    diagnostics.error(path, undefined, `${describeKey(key)}: its box "${built}", ticked when the document was built, is gone from the document, so what the answer should be now cannot be read: to clear the answer, untick the box instead; else undo the deletion, then import again`, 'import-deleted');
  }
}

/**
 * What a field always stands with in a document: its item's Executed row and comment, a component
 * row's boxes and fields, its party's signature or contact details, the overview's facts, the
 * settings. Null for who is responsible, printed as text where a party is agreed.
 */
function fieldGroup(text: string): string | null {
  const key = parseKey(text);
  if (key === null) return text;
  if (key.kind === 'responsible') return null;
  if (key.kind === 'component' || key.kind === 'field') return `item/${key.item}/row/${key.row}`;
  if ('item' in key) return `item/${key.item}`;
  if (key.kind === 'signature' || key.kind === 'contact') return `${key.kind}/${key.party}`;
  return key.kind;
}

/** A key as a reader names it in a message: `item/CL-X/status` → `CL-X status`. */
export function describeKey(key: string): string {
  return key.replace(/^item\//, '').split('/').map((part) => decodeURIComponent(part.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'))).join(' ');
}
