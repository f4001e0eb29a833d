/** What a deployment file is called: its output folder's name. */
import { basename } from 'node:path';

/** Stem of a deployment file name: `mueller-klinikum.json` → `mueller-klinikum`. */
export function deploymentName(path: string): string {
  return basename(path).replace(/\.json$/i, '');
}
