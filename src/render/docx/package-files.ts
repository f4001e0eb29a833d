/**
 * The files of a document's package (document.xml, styles.xml, the relationships …) as docx
 * writes them, for reproducible.ts to put right and zip once. docx's Packer zips them itself,
 * in JavaScript (25 ms of a 37-page checklist's DOCX), only for reproducible.ts to unzip them
 * again: where the Packer's compiler is there to ask, its files are taken unzipped; otherwise
 * (another docx) they are unzipped from the Packer's archive, the same files.
 * test/docx/reproducible.test.ts checks both ways give the same bytes.
 */
import { Packer, type Document } from 'docx';
import { readZip } from './zip.js';

/** A package's files by path: XML as text or bytes, the rest (images, fonts) as bytes. */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

type Compile = (document: Document) => Map<string, unknown>;

/** The Packer's compiler (docx 9: `Packer.compiler.compile`, the step before its zip), where it has one. */
function packerCompiler(): Compile | undefined {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return typeof compiler?.compile === 'function' ? (document) => (compiler.compile as Compile).call(compiler, document) : undefined;
}

const compile = packerCompiler();

/** Whether the files come unzipped from docx's compiler (the tests check they do). */
export const compiledUnzipped = compile !== undefined;

/** A file's data as docx's zip takes it: text as it is, any other data as its bytes. */
const dataOf = (value: unknown): string | Uint8Array =>
  typeof value === 'string'
    ? value
    : ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value as ArrayBuffer | ArrayLike<number>);

/** The document's package files, unzipped where docx lets it (`zipped`: through its zip always). */
export async function packageFiles(document: Document, zipped = false): Promise<PackageFiles> {
  if (compile === undefined || zipped) return readZip(await Packer.toBuffer(document));
  return new Map([...compile(document)].map(([path, data]) => [path, dataOf(data)]));
}
