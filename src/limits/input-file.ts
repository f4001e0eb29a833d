/**
 * Reading a file the user named, only when it is a regular file: a FIFO (`mkfifo`), a character
 * device (`/dev/zero`) or a socket named as a deployment, a master, a theme or a filled DOCX
 * would block the read until a writer comes, or feed it forever. The file is opened without
 * blocking (a FIFO's open waits for a writer otherwise) and asked what it is before a byte is
 * read, so no other file can take its place between the question and the read.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** What a path that is no regular file and no folder is, in words (`a FIFO`); undefined for a file or a folder. */
export function specialKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'a FIFO (a named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'no regular file';
}

/** `is a FIFO (a named pipe), not a file`: the words that follow a path's name. */
export function notAFileText(kind: string): string {
  return `is ${kind}, not a file`;
}

/**
 * A read refused because the path is no regular file. Its `code` lets the callers that tell
 * errors by their code (`ENOENT`, `EISDIR`) tell this one too.
 */
export class NotAFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} ${notAFileText(kind)}`);
    this.name = 'NotAFileError';
  }
}

// Windows has no O_NONBLOCK (and no FIFOs to open by a path).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, as readFile reads them. A folder rejects with EISDIR as readFile
 * does; anything else that is no regular file with a NotAFileError, before it is read.
 */
export async function readInputFile(path: string): Promise<Buffer> {
  const handle = await open(path, OPEN_FLAGS).catch(async (error: unknown) => {
    // A socket cannot be opened at all (ENXIO): said as what it is, too.
    const kind = (error as NodeJS.ErrnoException).code === 'ENXIO' ? await stat(path).then(specialKind, () => undefined) : undefined;
    throw kind === undefined ? error : new NotAFileError(path, kind);
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR', syscall: 'read', path });
    const kind = specialKind(info);
    if (kind !== undefined) throw new NotAFileError(path, kind);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** `readInputFile` as UTF-8 text. */
export async function readInputText(path: string): Promise<string> {
  return (await readInputFile(path)).toString('utf8');
}
