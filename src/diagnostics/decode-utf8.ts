/**
 * Strict UTF-8 decoding that says where a file stops being UTF-8: the line and column of the
 * first byte that does not decode (the start of the broken sequence), so an editor jumps there.
 */
import type { Point } from './diagnostics.js';

/** The text, or the point of the first invalid byte (and whether the file is UTF-16). */
export type Utf8Result = { text: string } | { invalidAt: Point; byte: number; utf16: boolean };

/** Length of the valid UTF-8 sequence at `index` (RFC 3629), or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const next = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return next(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}

/** Offset of the first byte that does not start a valid sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidByte(bytes));
    // From a negative index, lastIndexOf searches from the end: a bad first byte was on the last line.
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++;
    // Columns count characters, as editors do: the valid bytes before it on its line, decoded.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    if (utf16(bytes)) return { invalidAt: { line: 1, column: 1 }, byte: bytes[0] ?? 0, utf16: true };
    return { invalidAt: { line, column: [...before].length + 1 }, byte: bytes[offset] ?? 0, utf16: false };
  }
}

/** UTF-16 with its byte-order mark (FF FE, FE FF), as Notepad's "Unicode" and Windows PowerShell's `>` write it. */
function utf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The message for a file that is not UTF-8. */
export function notUtf8Reason(decoded: { byte: number; utf16: boolean }): string {
  if (decoded.utf16) return 'Not valid UTF-8: the file is UTF-16 (as Notepad\'s "Unicode" and Windows PowerShell\'s > save it): save it as UTF-8';
  return `Not valid UTF-8 (byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}): save the file as UTF-8`;
}
