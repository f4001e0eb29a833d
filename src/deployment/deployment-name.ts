/** What a deployment file is called: its output folder's name. */
import { basename } from 'node:path';
import { isEditorFile } from '../content/editor-files.js';

/** Stem of a deployment file name: `mueller-klinikum.json` → `mueller-klinikum`. */
export function deploymentName(path: string): string {
  return basename(path).replace(/\.json$/i, '');
}

/**
 * Whether a file of the deployments folder is a deployment: a `.json` file, but not an editor's
 * file beside one, nor the JSON Schema `checklist schema ID` writes there for editors
 * (`ID.schema.json`, which `init --schema ./ID.schema.json` names).
 */
export function isDeploymentFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && !isEditorFile(name);
}
