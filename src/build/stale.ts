/**
 * Outputs a build no longer makes, though the build manifest records them and their files are
 * still there: in the folder of a deployment that is gone (renamed or removed), or, in a folder
 * this build made, named after another checklist ID or version (the deployment was upgraded).
 * They are left in place (another build's, or still wanted), and named, a line a folder, so
 * that no customer is handed an outdated or a former customer's checklist by mistake.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { deploymentFiles } from '../cli/check-targets.js';
import { deploymentName } from '../deployment/deployment-name.js';
import type { OutputNaming } from '../render/formats.js';
import { outputFolderName, outputPath } from '../output/paths.js';
import { BLANK_FOLDER } from '../output/output-folders.js';

export interface StaleCheck {
  outDir: string;
  /** Output names the manifest records (`folder/file`). */
  recorded: readonly string[];
  /** The folders of every deployment there is (and `blank`); undefined when the build named its deployments. */
  folders?: ReadonlySet<string>;
  /** What names the outputs of each document this build checked. */
  namings: readonly OutputNaming[];
  /** The deployments folder, for the message. */
  deploymentsDir: string;
}

/** The output folders of every deployment of a content folder, and the blank's. */
export async function deploymentFolders(contentDir: string): Promise<Set<string>> {
  const paths = await deploymentFiles(resolve(contentDir, 'deployments'));
  return new Set([BLANK_FOLDER, ...paths.map((path) => outputFolderName(deploymentName(path)))]);
}

/** A line for each folder that holds such outputs. */
export function staleOutputs(check: StaleCheck): string[] {
  // The blank folder holds the blanks of several masters: only a deployment's folder is one master's.
  const namingOf = new Map(check.namings.filter((naming) => naming.deploymentName !== BLANK_FOLDER).map((naming) => [outputFolderName(naming.deploymentName), naming]));
  const stale = new Map<string, { files: number; why: string }>();
  for (const name of check.recorded) {
    const [folder, file] = name.split('/');
    if (folder === undefined || file === undefined || !existsSync(join(check.outDir, name))) continue;
    const naming = namingOf.get(folder);
    let why: string | undefined;
    if (check.folders !== undefined && !check.folders.has(folder)) {
      why = `of a deployment no longer in ${check.deploymentsDir} (renamed or removed)`;
    } else if (naming !== undefined && !madeUnder(file, naming)) {
      why = `made from another checklist or version than the ${naming.meta.id} ${naming.meta.version} its deployment is built from now`;
    }
    if (why === undefined) continue;
    const entry = stale.get(folder) ?? { files: 0, why };
    entry.files++;
    stale.set(folder, entry);
  }
  return [...stale].map(([folder, { files, why }]) => `${join(check.outDir, folder)}/ holds ${files === 1 ? 'a file' : `${files} files`} ${why}: delete ${files === 1 ? 'it' : 'them'} unless still wanted`);
}

/** Whether a file name begins as a document's outputs do: `<id>-<version>`, then `-` or `.`. */
function madeUnder(file: string, naming: OutputNaming): boolean {
  const base = basename(outputPath('', naming.deploymentName, naming.meta.id, naming.meta.version, 'full', 'x'), '.x');
  return file.startsWith(`${base}.`) || file.startsWith(`${base}-`);
}
