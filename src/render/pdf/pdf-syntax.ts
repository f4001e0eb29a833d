/**
 * Reads single PDF values (dictionaries, arrays, names, numbers, strings, references) from a
 * file's bytes, keeping where each one lies, so a rewriter can copy what it does not change
 * byte for byte. Anything it does not expect is an `UnexpectedPdf`: the caller then leaves the
 * file to a full PDF library.
 */

/** The file is not laid out as the fast rewriter expects (not that it is broken). */
export class UnexpectedPdf extends Error {}

interface Span {
  /** Where the value starts and ends in the file: `bytes.subarray(start, end)` is its text. */
  start: number;
  end: number;
}

export type PdfValue =
  | (Span & { type: 'dict'; entries: Map<string, PdfValue> })
  | (Span & { type: 'array'; items: PdfValue[] })
  | (Span & { type: 'ref'; num: number; gen: number })
  | (Span & { type: 'number'; value: number })
  /** `name` is the text after the slash, as written (`#` escapes not decoded). */
  | (Span & { type: 'name'; name: string })
  /** Strings, booleans, null. */
  | (Span & { type: 'other' });

export type PdfDict = Extract<PdfValue, { type: 'dict' }>;

/** Byte classes of the PDF syntax: 0 regular, 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) CLASS[code] = 1;
for (const char of '()<>[]{}/%') CLASS[char.charCodeAt(0)] = 2;

export const isWhiteSpace = (code: number | undefined): boolean => code !== undefined && CLASS[code] === 1;

/** The position of the next token at or after `at`: white space and comments skipped. */
export function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length) {
    const code = bytes[at]!;
    if (CLASS[code] === 1) at++;
    else if (code === 0x25 /* % */) while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    else break;
  }
  return at;
}

/** The end of a run of regular characters starting at `at`. */
function regularEnd(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && CLASS[bytes[at]!] === 0) at++;
  return at;
}

const latin1 = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

/** The value that starts at or after `at` (white space skipped). */
export function readValue(bytes: Uint8Array, at: number): PdfValue {
  const start = skipSpace(bytes, at);
  const code = bytes[start];
  if (code === 0x3c /* < */ && bytes[start + 1] === 0x3c) {
    const entries = new Map<string, PdfValue>();
    let next = skipSpace(bytes, start + 2);
    while (!(bytes[next] === 0x3e && bytes[next + 1] === 0x3e)) {
      const key = readValue(bytes, next);
      if (key.type !== 'name') throw new UnexpectedPdf(`a dictionary key at byte ${key.start} is not a name`);
      const value = readValue(bytes, key.end);
      entries.set(key.name, value);
      next = skipSpace(bytes, value.end);
    }
    return { type: 'dict', start, end: next + 2, entries };
  }
  if (code === 0x5b /* [ */) {
    const items: PdfValue[] = [];
    let next = skipSpace(bytes, start + 1);
    while (bytes[next] !== 0x5d /* ] */) {
      const item = readValue(bytes, next);
      items.push(item);
      next = skipSpace(bytes, item.end);
    }
    return { type: 'array', start, end: next + 1, items };
  }
  if (code === 0x28 /* ( */) {
    let end = start;
    for (let depth = 0; ; end++) {
      const c = bytes[end];
      if (c === undefined) throw new UnexpectedPdf(`a string at byte ${start} does not end`);
      if (c === 0x5c) end++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
    return { type: 'other', start, end: end + 1 };
  }
  if (code === 0x3c) {
    const end = bytes.indexOf(0x3e, start);
    if (end < 0) throw new UnexpectedPdf(`a hex string at byte ${start} does not end`);
    return { type: 'other', start, end: end + 1 };
  }
  if (code === 0x2f /* / */) {
    const end = regularEnd(bytes, start + 1);
    return { type: 'name', start, end, name: latin1(bytes, start + 1, end) };
  }
  if (code === undefined || CLASS[code] !== 0) throw new UnexpectedPdf(`an unexpected byte at ${start}`);
  const end = regularEnd(bytes, start);
  const text = latin1(bytes, start, end);
  if (text === 'true' || text === 'false' || text === 'null') return { type: 'other', start, end };
  const value = Number(text);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) throw new UnexpectedPdf(`an unexpected token ${JSON.stringify(text)} at byte ${start}`);
  // `num gen R` is a reference: two unsigned integers and the keyword.
  if (/^\d+$/.test(text)) {
    const genStart = skipSpace(bytes, end);
    const genEnd = regularEnd(bytes, genStart);
    const rStart = skipSpace(bytes, genEnd);
    if (genEnd > genStart && rStart > genEnd && bytes[rStart] === 0x52 /* R */ && regularEnd(bytes, rStart) === rStart + 1) {
      const gen = latin1(bytes, genStart, genEnd);
      if (/^\d+$/.test(gen)) return { type: 'ref', start, end: rStart + 1, num: value, gen: Number(gen) };
    }
  }
  return { type: 'number', start, end, value };
}

/** The text of a value as written in the file. */
export const valueText = (bytes: Uint8Array, value: PdfValue): string => latin1(bytes, value.start, value.end);

/**
 * A dictionary's text with some entries replaced, added (a string: the value as written) or
 * removed (`null`); the others are copied as written, in their order.
 */
export function dictWith(bytes: Uint8Array, dict: PdfDict, changes: Record<string, string | null>): string {
  let text = '<<';
  for (const [key, value] of dict.entries) if (!(key in changes)) text += `/${key} ${valueText(bytes, value)}\n`;
  for (const [key, value] of Object.entries(changes)) if (value !== null) text += `/${key} ${value}\n`;
  return `${text.trimEnd()}>>`;
}

/** A text string as PDF writes Unicode text: UTF-16BE with a byte-order mark, in hex. */
export function textString(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `${hex}>`;
}

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

/** The bytes a literal string's body (between its parentheses) stands for, escapes resolved. */
function literalBytes(body: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      out.push(body.charCodeAt(i) & 0xff);
      continue;
    }
    const next = body[++i];
    if (next === undefined) break;
    if (next in ESCAPES) out.push(ESCAPES[next]!);
    else if (next >= '0' && next <= '7') {
      let octal = next;
      while (octal.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) octal += body[++i];
      out.push(parseInt(octal, 8) & 0xff);
    } else if (next === '\r') {
      if (body[i + 1] === '\n') i++; // a backslash before an end of line continues the string
    } else if (next !== '\n') out.push(next.charCodeAt(0) & 0xff); // \( \) \\ and any other
  }
  return Buffer.from(out);
}

/**
 * A string value's text: UTF-16BE after a byte-order mark, else its bytes as Latin-1 (which
 * PDFDocEncoding agrees with for what Chromium writes so, ASCII). `undefined` for no string.
 */
export function stringText(bytes: Uint8Array, value: PdfValue): string | undefined {
  const written = valueText(bytes, value);
  let data: Buffer;
  if (written.startsWith('(')) data = literalBytes(written.slice(1, -1));
  else if (written.startsWith('<') && !written.startsWith('<<')) {
    const hex = written.slice(1, -1).replace(/\s+/g, '');
    data = Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  } else return undefined;
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2, data.length - (data.length % 2))).swap16().toString('utf16le');
  return data.toString('latin1');
}
