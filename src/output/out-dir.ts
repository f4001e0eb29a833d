/**
 * Where a build may write: inside `--out`, never into the sources. `--out` inside `--content`
 * or the templates is wrong usage (exit 2); a deployment's folder that an existing link leads
 * out of `--out`, or into the sources, is refused (exit 1). Both are checked before rendering.
 */
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import { displayPath } from '../content/read-sources.js';
import { isInside, realPathOf } from './inside-root.js';

/** A folder the build reads from, and the option that named it. */
export interface SourceRoot {
  option: string;
  dir: string;
}

/** Refuses an `--out` that is, or lies inside, a folder the build reads. */
export async function checkOutDir(outDir: string, roots: readonly SourceRoot[]): Promise<void> {
  const out = await realPathOf(outDir);
  for (const root of roots) {
    if (isInside(await realPathOf(root.dir), out)) {
      throw new CliError(`--out ${outDir} is inside ${root.option} ${displayPath(root.dir)}: outputs must not mix with the sources; choose another folder`, 2);
    }
  }
}

/** Refuses a deployment's output folder that is a link out of `--out` or into the sources. */
export async function checkOutputFolder(outDir: string, name: string, roots: readonly SourceRoot[]): Promise<string> {
  const folder = join(outDir, name);
  const link = await lstat(folder).then((info) => info.isSymbolicLink(), () => false);
  // A link to nowhere yet is judged by where it points: writing would create that place.
  const real = link
    ? await realpath(folder).catch(async () => realPathOf(resolve(dirname(folder), await readlink(folder))))
    : await realPathOf(folder);
  const refuse = (where: string) =>
    new CliError(`${folder} ${link ? `is a link to ${real}, ` : 'lies '}${where}: remove or move it; nothing was written`, 1);
  if (!isInside(await realPathOf(outDir), real)) throw refuse(`outside --out ${outDir}`);
  for (const root of roots) if (isInside(await realPathOf(root.dir), real)) throw refuse(`inside ${root.option} ${displayPath(root.dir)}`);
  return folder;
}
