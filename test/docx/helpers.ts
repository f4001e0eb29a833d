/**
 * Reading a DOCX back as its reader would: the XML parts through jszip, and the text LibreOffice
 * lays out when it converts the file to PDF.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

export interface DocxParts {
  names: string[];
  /** The text of a part, or '' when the package has none. */
  part(name: string): Promise<string>;
  /** Every part whose name matches, joined. */
  parts(pattern: RegExp): Promise<string>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const parts = async (pattern: RegExp) => (await Promise.all(names.filter((n) => pattern.test(n)).map(part))).join('\n');
  return { names, part, parts };
}

export const hasLibreOffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].some(existsSync);

/**
 * Converts DOCX files to PDF with LibreOffice in one run (it starts slowly), with a profile of
 * its own so parallel runs don't clash, and returns `pdftotext -layout` of each.
 */
export async function libreOfficeText(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-docx-lo-'));
  try {
    const paths = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    await run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...paths], { timeout: 90_000 });
    const texts: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      const pdf = join(dir, 'pdf', `${name}.pdf`);
      await readFile(pdf); // fails clearly when LibreOffice wrote nothing
      texts[name] = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 })).stdout;
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A DOCX opened and saved again by LibreOffice (`--convert-to docx`), with a profile of its own
 * as above: what a reader who fills the document in LibreOffice sends back. `via: 'odt'` saves
 * it as ODT first and that as DOCX again, as a reader who kept it in LibreOffice's own format.
 */
export async function savedByLibreOffice(bytes: Uint8Array, options: { via?: 'odt' } = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-docx-lo-'));
  try {
    const path = join(dir, 'filled.docx');
    await writeFile(path, bytes);
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    let source = path;
    if (options.via === 'odt') {
      await run('soffice', [profile, '--headless', '--convert-to', 'odt', '--outdir', join(dir, 'odt'), path], { timeout: 90_000 });
      source = join(dir, 'odt', 'filled.odt');
    }
    await run('soffice', [profile, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'saved'), source], { timeout: 90_000 });
    return await readFile(join(dir, 'saved', 'filled.docx'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of a WordprocessingML part: the `w:t` contents, XML entities decoded. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : decode(m[1]))).join('');
}

/** The instructions of the fields in a part (`TOC \o "1-3"`, `PAGE`, …), trimmed and decoded. */
export function fieldInstructions(xml: string): string[] {
  return [...xml.matchAll(/<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g)].map((m) => decode(m[1]!).trim());
}

/** Every match of a pattern's first group: small extracts to compare, not a whole part. */
export function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? m[0]);
}

/**
 * Every table of the XML, outer ones first, each as its own XML from `<w:tbl>` to `</w:tbl>`
 * with the tables nested in its cells cut out (left as `<w:tbl/>`): its own properties, grid
 * and rows, whatever its cells hold.
 */
export function tablesOf(xml: string): string[] {
  const tables: string[] = [];
  /** Reads the table that starts at `start` into its slot; returns where it ends. */
  const read = (start: number): number => {
    const slot = tables.push('') - 1;
    let own = '<w:tbl>';
    let at = start + '<w:tbl>'.length;
    for (;;) {
      const open = xml.indexOf('<w:tbl>', at);
      const close = xml.indexOf('</w:tbl>', at);
      if (close < 0) throw new Error('a table that does not end');
      if (open < 0 || close < open) {
        tables[slot] = `${own}${xml.slice(at, close)}</w:tbl>`;
        return close + '</w:tbl>'.length;
      }
      own += `${xml.slice(at, open)}<w:tbl/>`;
      at = read(open);
    }
  };
  for (let at = xml.indexOf('<w:tbl>'); at >= 0; at = xml.indexOf('<w:tbl>', at)) at = read(at);
  return tables;
}
