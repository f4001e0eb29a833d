/**
 * Makes a folder and its missing parents, failing where one cannot be made. `mkdir`'s recursive
 * mode never returns where the file system says a parent is missing after it was made (/proc):
 * each missing folder is made on its own, from the outermost, and any failure is thrown.
 * `mode`: of each folder made (the umask applies), 0777 when not given.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function makeFolder(dir: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) await mkdir(folder, { mode }).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
}
