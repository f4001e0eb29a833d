/**
 * Just enough ZIP to repack a DOCX reproducibly with node:zlib alone: read the entries docx wrote,
 * and write them back with one fixed timestamp, in a fixed order, DEFLATE-compressed. (The zip
 * libraries in the tree are a dev dependency or docx's own; this needs neither.)
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a ZIP archive (no ZIP64, no encryption: what docx writes), in archive order. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== CENTRAL) throw new Error('corrupt ZIP central directory');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    if (data.readUInt32LE(local) !== LOCAL) throw new Error(`corrupt ZIP entry ${name}`);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    entries.set(name, method === 0 ? new Uint8Array(raw) : new Uint8Array(inflateRawSync(raw)));
    at += 46 + skip;
  }
  return entries;
}

/** MS-DOS date and time words of a calendar day at midnight (the only clock a ZIP entry has). */
function dosDate(day: Date): { time: number; date: number } {
  const year = Math.min(Math.max(day.getUTCFullYear(), 1980), 2107);
  return { time: 0, date: ((year - 1980) << 9) | ((day.getUTCMonth() + 1) << 5) | day.getUTCDate() };
}

function record(signature: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32LE(signature, 0);
  return b;
}

/**
 * A ZIP archive of the entries in the order given, every entry stamped with the same day, so
 * equal entries give equal bytes.
 */
export function writeZip(entries: readonly (readonly [string, Uint8Array])[], day: Date): Uint8Array {
  const { time, date } = dosDate(day);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(content);
    const crc = crc32(content);
    const local = record(LOCAL, 30);
    local.writeUInt16LE(20, 4);
    // General purpose flag 0x0800: the name is UTF-8.
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = record(CENTRAL, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(END, 22);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
