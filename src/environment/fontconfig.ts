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

/** For a process that outlives a font installed meanwhile (`serve`): the next question asks fontconfig again. */
export function forgetInstalledFonts(): void {
  listed = undefined;
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
