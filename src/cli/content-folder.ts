import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { specialKind } from '../limits/input-file.js';
import { CliError } from './errors.js';

/**
 * Every deployment of a content folder that is not there (run from elsewhere, a typo in
 * --content) would be none, in silence: wrong usage, said as what it is. A relative folder is
 * shown with where it was looked for: run from a subfolder, `content` alone does not say. So is
 * a file named as the folder, and, for `build` and `serve` (`wholeFolder`), a folder that holds
 * neither `checklists/` nor `deployments/` (`--content content/deployments`, one level too deep):
 * read as given, the build said "no deployments" and exited 0, and serve listed nothing.
 * (`check` reads such a folder as a PATH: `checklists` or `deployments` folders are checked.)
 */
export function requireContentFolder(command: string, content: string, { wholeFolder = false } = {}): void {
  const where = isAbsolute(content) ? '' : ` (looked for at ${resolve(content)})`;
  const fix = 'run it in the folder that holds content/, or name the content folder with --content DIR';
  const info = statSync(content, { throwIfNoEntry: false });
  if (!info) throw new CliError(`checklist ${command}: ${content} does not exist${where}: ${fix}`, 2);
  if (!info.isDirectory()) throw new CliError(`checklist ${command}: ${content} is ${specialKind(info) ?? 'a file'}, not a content folder: ${fix}`, 2);
  if (wholeFolder && !existsSync(join(content, 'checklists')) && !existsSync(join(content, 'deployments'))) {
    throw new CliError(`checklist ${command}: ${content} holds neither checklists/ nor deployments/, so it is no content folder: ${fix}`, 2);
  }
}

/**
 * `--templates DIR` must name a folder, whatever the formats: read only where HTML is made, a
 * mistyped folder passed in silence in a DOCX-only build (which uses no templates), and was an
 * input's error elsewhere. A typo in an option is wrong usage, as in serve.
 */
export function requireTemplatesFolder(command: string, templates: string | undefined): void {
  if (templates === undefined) return;
  const info = statSync(templates, { throwIfNoEntry: false });
  const fix = 'name the folder that holds your templates';
  if (!info) throw new CliError(`checklist ${command}: --templates ${templates} does not exist: ${fix}`, 2);
  if (!info.isDirectory()) throw new CliError(`checklist ${command}: --templates ${templates} is ${specialKind(info) ?? 'a file'}, not a folder: ${fix}`, 2);
}
