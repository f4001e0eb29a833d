/**
 * What a Word user does to a filled DOCX, done to its XML: tick or untick a checkbox control
 * (its w14:checked state and the ☒/☐ it shows) and type into a plain-text control (its content
 * replaced, the placeholder flag gone), then the package zipped again.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { boxTag, isChoice, parseKey, type AnswerKey } from '../../src/fill/keys.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XML of the control tagged `tag`: start and end offsets; throws when there is none. */
function control(xml: string, tag: string): { start: number; end: number } {
  const at = xml.indexOf(`<w:tag w:val="${escapeXml(tag)}"/>`);
  if (at < 0) throw new Error(`no control tagged ${tag}`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  return { start, end };
}

export function setBox(xml: string, tag: string, checked: boolean): string {
  const { start, end } = control(xml, tag);
  const edited = xml
    .slice(start, end)
    .replace(/<w14:checked w14:val="[^"]*"\/>/, `<w14:checked w14:val="${checked ? 1 : 0}"/>`)
    .replace(/<w:t xml:space="preserve">[☐☒]<\/w:t>/, `<w:t xml:space="preserve">${checked ? '☒' : '☐'}</w:t>`);
  return xml.slice(0, start) + edited + xml.slice(end);
}

/**
 * Types `text` into the write-in tagged `tag`. A value of several lines has a control per line:
 * the user deletes the lines after the first (their controls with them) and types in the first.
 * `keepPlaceholderFlag`: as an editor or a script that leaves `w:showingPlcHdr` on what it types
 * (Word and LibreOffice take it off).
 */
export function setText(xml: string, tag: string, text: string, { keepPlaceholderFlag = false } = {}): string {
  const first = control(xml, tag);
  for (let next = xml.indexOf(`<w:tag w:val="${escapeXml(tag)}"/>`, first.end); next >= 0; next = xml.indexOf(`<w:tag w:val="${escapeXml(tag)}"/>`, first.end)) {
    const start = xml.lastIndexOf('<w:sdt>', next);
    xml = xml.slice(0, start) + xml.slice(xml.indexOf('</w:sdt>', next) + '</w:sdt>'.length);
  }
  const { start, end } = control(xml, tag);
  const runs = text
    .split('\n')
    .map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
  const edited = xml
    .slice(start, end)
    .replace('<w:showingPlcHdr/>', keepPlaceholderFlag ? '<w:showingPlcHdr/>' : '')
    // A function, not a string: typed text such as `$"` escapes to `$&quot;`, and `$&` in a
    // replacement string would insert the match.
    .replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, () => `<w:sdtContent>${runs}</w:sdtContent>`);
  return xml.slice(0, start) + edited + xml.slice(end);
}

/** Sets answers as a reader would: a choice ticks its option's box and unticks the others. */
export function answer(xml: string, answers: Map<string, string>, optionsOf: (key: AnswerKey) => string[], typing: { keepPlaceholderFlag?: boolean } = {}): string {
  let edited = xml;
  for (const [text, value] of answers) {
    const key = parseKey(text)!;
    if (isChoice(key)) {
      for (const option of optionsOf(key)) edited = setBox(edited, boxTag(key, option), option === value);
    } else edited = setText(edited, text, value, typing);
  }
  return edited;
}

/** A DOCX with its parts changed by `edit` (name → new text). */
export function editDocx(bytes: Uint8Array, edit: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, change] of Object.entries(edit)) parts[name] = strToU8(change(strFromU8(parts[name]!)));
  return zipSync(parts);
}

export const partText = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);
