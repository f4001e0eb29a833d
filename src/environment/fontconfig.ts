/**
 * The fonts installed on this machine, as fontconfig lists them: one `fc-list` per process, read
 * by everything that asks about fonts (the PDF's fingerprint, the characters fonts cover, the
 * families a theme or doctor names). Each call starts a program; a build with nothing to do made
 * three of them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface InstalledFont {
  file: string;
  /** The face within the file (a collection holds several). */
  index: string;
  version: string;
  /** Its family names (a font has one per language, and some several). */
  families: string[];
  /** Its characters: ranges of code points in hex (`20-7e a0-17f 192 …`). */
  charset: string;
}

// Tab-separated, the charset last: a file's path or a family name may hold `|` or `,`, not a tab.
const FORMAT = '%{file}\\t%{index}\\t%{fontversion}\\t%{family}\\t%{charset}\\n';

let listed: Promise<readonly InstalledFont[] | null> | undefined;

/** Every font fontconfig lists; null without fontconfig. Asked once per process, until forgotten. */
export function installedFonts(): Promise<readonly InstalledFont[] | null> {
  return (listed ??= promisify(execFile)('fc-list', ['--format', FORMAT], { timeout: 20_000, maxBuffer: 128 * 2 ** 20 }).then(
    ({ stdout }) => parseFontList(stdout),
    () => null,
  ));
}

let configured: Promise<readonly string[] | null> | undefined;

/**
 * The configuration files fontconfig reads (those `fc-conflist` marks active): a rule there may
 * put another font in a family's place, which changes what a PDF is printed in though every font
 * installed stays the same. Null without fc-conflist (fontconfig before 2.13.1). Asked once per process.
 */
export function fontConfigFiles(): Promise<readonly string[] | null> {
  return (configured ??= promisify(execFile)('fc-conflist', [], { timeout: 20_000 }).then(
    ({ stdout }) => parseConfigList(stdout),
    () => null,
  ));
}

/** For a process that outlives a font installed meanwhile (`serve`): the next question asks fontconfig again. */
export function forgetInstalledFonts(): void {
  listed = undefined;
  configured = undefined;
}

/** The active files of `fc-conflist`'s lines `+ PATH: description` (`-`: a file it does not read). */
export function parseConfigList(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('+ '))
    .map((line) => {
      const end = line.indexOf(': ', 2);
      return line.slice(2, end === -1 ? undefined : end);
    });
}

export function parseFontList(text: string): InstalledFont[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [file = '', index = '', version = '', families = '', charset = ''] = line.split('\t');
      return { file, index, version, families: families.split(',').map((family) => family.trim()).filter((family) => family !== ''), charset };
    });
}
