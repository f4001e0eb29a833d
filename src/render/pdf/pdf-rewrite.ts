/**
 * Rewrites a PDF laid out as Chromium (Skia) writes it: one classic cross-reference table,
 * `N 0 obj … endobj` objects, streams with a direct /Length. Every object is found through
 * the table's offsets and copied byte for byte unless the caller replaces it; the non-stream
 * objects are packed into compressed object streams and the table becomes a compressed
 * cross-reference stream (PDF 1.5), which makes a tagged file about 2.5× smaller.
 * Anything else (an xref stream, incremental updates, encryption, generations other than 0)
 * is an `UnexpectedPdf`.
 */
import { deflateSync } from 'node:zlib';
import { dictWith, isWhiteSpace, valueText, readValue, skipSpace, stringText, UnexpectedPdf, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** Where an object lies: `N 0 obj` at `offset`, its value from `body` to `bodyEnd`. */
interface Located {
  offset: number;
  body: number;
  bodyEnd: number;
  /** After `endobj`. */
  end: number;
  /** For a stream: its dictionary and where its data lie. */
  stream?: { dict: PdfDict; data: number; dataEnd: number };
}

/** Non-stream objects per object stream: bigger compresses better, smaller reads faster. */
const OBJECTS_PER_STREAM = 200;
const ascii = (text: string) => Buffer.from(text, 'latin1');
const NEWLINE = ascii('\n');

/**
 * Flate-compresses stream data. Level 5: on the sample's page contents and object streams 30 %
 * less CPU than zlib's default 6 for 2 % more bytes (level 4: 9 % more bytes).
 */
export const deflate = (data: Buffer): Buffer => deflateSync(data, { level: 5 });
const startsWith = (bytes: Buffer, at: number, text: string) => bytes.toString('latin1', at, at + text.length) === text;

export class ClassicPdf {
  readonly trailer: PdfDict;
  readonly size: number;
  /** In-use objects by number. */
  private readonly objects = new Map<number, Located>();
  /** Replaced or added objects: the bytes between `obj` and `endobj`, and whether a stream. */
  private readonly changed = new Map<number, { body: Buffer; stream: boolean }>();
  /** The number the next added object takes (those of the file end below /Size). */
  private nextNumber: number;

  /** Reads the cross-reference table; throws `UnexpectedPdf` when the file is laid out otherwise. */
  constructor(private readonly bytes: Buffer) {
    if (!startsWith(bytes, 0, '%PDF-1.')) throw new UnexpectedPdf('no PDF header');
    const startxref = bytes.lastIndexOf('startxref');
    if (startxref < 0) throw new UnexpectedPdf('no startxref');
    const xref = readValue(bytes, startxref + 9);
    if (xref.type !== 'number' || !startsWith(bytes, xref.value, 'xref')) throw new UnexpectedPdf('no classic cross-reference table');
    let at = skipSpace(bytes, xref.value + 4);
    const offsets: Array<[number, number]> = [];
    while (!startsWith(bytes, at, 'trailer')) {
      const first = readValue(bytes, at);
      const count = readValue(bytes, first.end);
      if (first.type !== 'number' || count.type !== 'number') throw new UnexpectedPdf('a malformed cross-reference subsection');
      at = skipSpace(bytes, count.end);
      for (let i = 0; i < count.value; i++, at += 20) {
        // Each entry is 20 bytes: 10-digit offset, 5-digit generation, n or f, end of line.
        const entry = bytes.toString('latin1', at, at + 18);
        if (!/^\d{10} \d{5} [nf]$/.test(entry)) throw new UnexpectedPdf(`a malformed cross-reference entry at byte ${at}`);
        if (entry[17] === 'f') continue;
        if (entry.slice(11, 16) !== '00000') throw new UnexpectedPdf('an object of a generation other than 0');
        offsets.push([first.value + i, Number(entry.slice(0, 10))]);
      }
      at = skipSpace(bytes, at);
    }
    const trailer = readValue(bytes, at + 7);
    if (trailer.type !== 'dict') throw new UnexpectedPdf('no trailer dictionary');
    for (const key of ['Prev', 'XRefStm', 'Encrypt']) if (trailer.entries.has(key)) throw new UnexpectedPdf(`a trailer with /${key}`);
    const size = trailer.entries.get('Size');
    if (size?.type !== 'number') throw new UnexpectedPdf('no /Size');
    this.trailer = trailer;
    this.size = size.value;
    this.nextNumber = size.value;
    // Each object ends before the next one starts (or the table): at its last `endobj`.
    offsets.sort((a, b) => a[1] - b[1]);
    for (let i = 0; i < offsets.length; i++) {
      const [num, offset] = offsets[i]!;
      if (num >= this.size || this.objects.has(num)) throw new UnexpectedPdf(`object ${num} listed twice or beyond /Size`);
      const limit = offsets[i + 1]?.[1] ?? xref.value;
      const header = `${num} 0 obj`;
      if (!startsWith(bytes, offset, header)) throw new UnexpectedPdf(`object ${num} is not where the table says`);
      const endobj = bytes.lastIndexOf('endobj', limit - 6);
      if (endobj < offset + header.length) throw new UnexpectedPdf(`object ${num} has no endobj`);
      this.objects.set(num, { offset, body: offset + header.length, bodyEnd: endobj, end: endobj + 6 });
    }
    for (const [num, located] of this.objects) located.stream = this.locateStream(num, located);
    this.checkKeywords(offsets.map(([num]) => this.objects.get(num)!), xref.value);
  }

  /**
   * Every `endobj` and `endstream` of the file is one that ends an object or a stream it read,
   * or lies in a stream's data. Otherwise an object was not where the table says (one left out
   * of it, text after a stream's `endstream`), and copying its bytes would write a broken file.
   * (A string that says `endobj` or `endstream` is refused too: rare, and only slower.)
   */
  private checkKeywords(byOffset: Located[], end: number): void {
    for (const keyword of ['endobj', 'endstream']) {
      let index = 0;
      for (let at = this.bytes.indexOf(keyword); at >= 0 && at < end; at = this.bytes.indexOf(keyword, at + keyword.length)) {
        while (index + 1 < byOffset.length && byOffset[index + 1]!.offset <= at) index++;
        const owner = byOffset[index];
        const stream = owner?.stream;
        const inData = stream !== undefined && at >= stream.data && at < stream.dataEnd;
        const ends = keyword === 'endobj' ? owner?.bodyEnd === at : stream !== undefined && at >= stream.dataEnd && at < owner!.bodyEnd;
        if (!inData && !ends) throw new UnexpectedPdf(`an ${keyword} at byte ${at} that ends no object it read`);
      }
    }
  }

  /** A stream's dictionary and data, checked against its /Length; `undefined` if not a stream. */
  private locateStream(num: number, located: Located): Located['stream'] {
    let end = located.bodyEnd;
    while (isWhiteSpace(this.bytes[end - 1])) end--;
    if (!startsWith(this.bytes, end - 9, 'endstream') || this.bytes[end - 10] === 0x2f /* a name */) return undefined;
    const dict = readValue(this.bytes, located.body);
    const keyword = skipSpace(this.bytes, dict.end);
    if (dict.type !== 'dict' || !startsWith(this.bytes, keyword, 'stream')) throw new UnexpectedPdf(`stream ${num} has no dictionary`);
    // The keyword is followed by CRLF or LF (a CR alone is not allowed).
    const data = keyword + 6 + (this.bytes[keyword + 6] === 0x0d ? 1 : 0) + 1;
    if (this.bytes[data - 1] !== 0x0a) throw new UnexpectedPdf(`stream ${num}: no end of line after "stream"`);
    const length = this.resolve(dict.entries.get('Length'));
    if (length?.type !== 'number') throw new UnexpectedPdf(`stream ${num} has no /Length it can read`);
    const dataEnd = data + length.value;
    if (!startsWith(this.bytes, skipSpace(this.bytes, dataEnd), 'endstream')) throw new UnexpectedPdf(`stream ${num}: /Length does not end at endstream`);
    return { dict, data, dataEnd };
  }

  /** The value an object holds as read (a stream's: its dictionary). */
  object(num: number): PdfValue | undefined {
    const located = this.objects.get(num);
    if (located === undefined) return undefined;
    return located.stream?.dict ?? readValue(this.bytes, located.body);
  }

  /**
   * The objects whose own text (not a stream's data) names `/name`: a quick first look through
   * the file's bytes, where reading every object would cost more than the change it is for.
   * Only a candidate: read it to know what the name is there.
   */
  objectsNaming(name: string): number[] {
    const byOffset = [...this.objects]; // filled in the file's order
    const found = new Set<number>();
    const needle = `/${name}`;
    for (let at = this.bytes.indexOf(needle); at >= 0; at = this.bytes.indexOf(needle, at + needle.length)) {
      const after = this.bytes[at + needle.length];
      if (after !== undefined && !isDelimiterOrSpace(after)) continue; // a longer name
      // The last object starting before the hit.
      let low = 0;
      let high = byOffset.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (byOffset[middle]![1].offset <= at) low = middle;
        else high = middle - 1;
      }
      const [num, located] = byOffset[low] ?? [];
      if (num === undefined || located === undefined || at < located.body || at >= located.bodyEnd) continue;
      if (located.stream && at >= located.stream.data) continue;
      found.add(num);
    }
    return [...found];
  }

  /** A reference followed to the value it points at; a direct value as it is. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value?.type === 'ref' ? (value.gen === 0 ? this.object(value.num) : undefined) : value;
  }

  /** A stream's data as written (still encoded). */
  streamData(num: number): Buffer | undefined {
    const stream = this.objects.get(num)?.stream;
    return stream && this.bytes.subarray(stream.data, stream.dataEnd);
  }

  /** A value's text as written. */
  text(value: PdfValue): string {
    return valueText(this.bytes, value);
  }

  /** A string value's text (see `stringText`); `undefined` for a value that is no string. */
  stringText(value: PdfValue): string | undefined {
    return stringText(this.bytes, value);
  }

  /** The text of a dictionary of this file with some entries changed (see `dictWith`). */
  dictWith(dict: PdfDict, changes: Record<string, string | null>): string {
    return dictWith(this.bytes, dict, changes);
  }

  /** Replaces object `num` with a dictionary or other value, written as given. */
  replace(num: number, text: string): void {
    this.changed.set(num, { body: ascii(text), stream: false });
  }

  /** Adds an object (a dictionary or other value, written as given); returns its number. */
  add(text: string): number {
    const num = this.nextNumber++;
    this.replace(num, text);
    return num;
  }

  /** Replaces object `num` with a stream: its dictionary (without /Length) and data. */
  replaceStream(num: number, dict: string, data: Buffer): void {
    if (!dict.endsWith('>>')) throw new Error('a stream dictionary must end in >>');
    const head = `${dict.slice(0, -2)}\n/Length ${data.length}>> stream\n`;
    this.changed.set(num, { body: Buffer.concat([ascii(head), data, ascii('\nendstream')]), stream: true });
  }

  /**
   * The file written anew as PDF 1.7: streams as objects of their own, all else packed into
   * object streams, and a cross-reference stream; the trailer keeps /Root, /Info and /ID.
   */
  write(): Buffer {
    const chunks: Buffer[] = [ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
    let length = chunks[0]!.length;
    const push = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
    };
    /** Cross-reference entries by number: [type, field 2, field 3]. */
    const entries = new Map<number, [number, number, number]>();
    const packed: Array<[number, Buffer]> = [];
    const numbers = [...new Set([...this.objects.keys(), ...this.changed.keys()])].sort((a, b) => a - b);
    for (const num of numbers) {
      const changed = this.changed.get(num);
      const located = this.objects.get(num);
      if (changed?.stream || (changed === undefined && located?.stream)) {
        entries.set(num, [1, length, 0]);
        if (changed) push(Buffer.concat([ascii(`${num} 0 obj\n`), changed.body, ascii('\nendobj\n')]));
        else {
          push(this.bytes.subarray(located!.offset, located!.end));
          push(NEWLINE);
        }
      } else packed.push([num, changed?.body ?? this.bytes.subarray(located!.body, located!.bodyEnd)]);
    }
    let next = this.nextNumber;
    for (let first = 0; first < packed.length; first += OBJECTS_PER_STREAM) {
      const group = packed.slice(first, first + OBJECTS_PER_STREAM);
      const num = next++;
      let header = '';
      let offset = 0;
      const bodies: Buffer[] = [];
      group.forEach(([member, body], index) => {
        entries.set(member, [2, num, index]);
        header += `${member} ${offset} `;
        bodies.push(body, NEWLINE);
        offset += body.length + 1;
      });
      const data = deflate(Buffer.concat([ascii(header), ...bodies]));
      entries.set(num, [1, length, 0]);
      push(streamObject(num, `/Type /ObjStm\n/N ${group.length}\n/First ${header.length}`, data));
    }
    const xref = next++;
    const xrefOffset = length;
    entries.set(xref, [1, xrefOffset, 0]);
    // Field 2: an offset or an object stream's number; field 3: a generation or an index.
    const widths = [1, byteWidth(Math.max(xrefOffset, next)), 2];
    const table = Buffer.alloc(next * (widths[0]! + widths[1]! + widths[2]!));
    let at = 0;
    for (let num = 0; num < next; num++) {
      const [type, field2, field3] = entries.get(num) ?? [0, 0, num === 0 ? 0xffff : 0];
      at = table.writeUIntBE(type, at, widths[0]!);
      at = table.writeUIntBE(field2, at, widths[1]!);
      at = table.writeUIntBE(field3, at, widths[2]!);
    }
    let trailer = `/Type /XRef\n/Size ${next}\n/W [${widths.join(' ')}]`;
    for (const key of ['Root', 'Info', 'ID']) {
      const value = this.trailer.entries.get(key);
      if (value) trailer += `\n/${key} ${this.text(value)}`;
    }
    push(streamObject(xref, trailer, deflate(table)));
    push(ascii(`startxref\n${xrefOffset}\n%%EOF\n`));
    return Buffer.concat(chunks, length);
  }
}

/** An indirect stream object with a Flate-compressed data. */
function streamObject(num: number, entries: string, data: Buffer): Buffer {
  return Buffer.concat([ascii(`${num} 0 obj\n<<${entries}\n/Filter /FlateDecode\n/Length ${data.length}>> stream\n`), data, ascii('\nendstream\nendobj\n')]);
}

/** Whether a byte ends a name: white space or one of PDF's delimiters `()<>[]{}/%`. */
function isDelimiterOrSpace(code: number): boolean {
  return isWhiteSpace(code) || '()<>[]{}/%'.includes(String.fromCharCode(code));
}

/** Bytes needed to write `value` unsigned. */
function byteWidth(value: number): number {
  let width = 1;
  while (value >= 2 ** (8 * width)) width++;
  return width;
}
