import { existsSync } from 'node:fs';
import { CliError } from './errors.js';

/**
 * Every deployment of a content folder that is not there (run from elsewhere, a typo in
 * --content) would be none, in silence: wrong usage, said as what it is.
 */
export function requireContentFolder(command: string, content: string): void {
  if (!existsSync(content)) throw new CliError(`checklist ${command}: ${content} does not exist: run it in the folder that holds content/, or name the content folder with --content DIR`, 2);
}
