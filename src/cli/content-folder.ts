import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './errors.js';

/**
 * Every deployment of a content folder that is not there (run from elsewhere, a typo in
 * --content) would be none, in silence: wrong usage, said as what it is. A relative folder is
 * shown with where it was looked for: run from a subfolder, `content` alone does not say.
 */
export function requireContentFolder(command: string, content: string): void {
  if (existsSync(content)) return;
  const where = isAbsolute(content) ? '' : ` (looked for at ${resolve(content)})`;
  throw new CliError(`checklist ${command}: ${content} does not exist${where}: run it in the folder that holds content/, or name the content folder with --content DIR`, 2);
}
