/**
 * One folder for everything Chromium writes: its profile, crash reports, disk cache, its own
 * temporary files (the `org.chromium.Chromium.*` it would leave in /tmp) and a home folder of
 * its own (it writes `~/.pki`, `~/.config`, `~/.cache` otherwise). The tool creates it in the
 * temporary folder and removes it with the browser, so a build, a failure or Ctrl-C leaves
 * nothing in the temporary folder or in the user's home.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserHome {
  /** The one folder; removing it removes everything the browser wrote. */
  root: string;
  /** Every folder to remove: `root`, and the short temporary folder when `root` is too long. */
  folders: string[];
  /** `--user-data-dir`. */
  profile: string;
  /** Arguments that point the browser's other writes into `root`. */
  args: string[];
  /** The browser's environment: the caller's, with HOME, TMPDIR and the XDG folders in `root`. */
  env: NodeJS.ProcessEnv;
}

/**
 * Chromium binds a socket at `$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`, and a
 * socket path holds at most 107 bytes: with a longer TMPDIR it does not start at all.
 */
const MAX_BROWSER_TMPDIR = 107 - '/org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

export async function createBrowserHome(): Promise<BrowserHome> {
  const root = await mkdtemp(join(tmpdir(), 'checklist-chromium-'));
  const dirs = { profile: 'profile', home: 'home', tmp: 't', crash: 'crash', cache: 'cache', config: 'home/.config', data: 'home/.local/share', xdgCache: 'home/.cache' };
  const path = Object.fromEntries(Object.entries(dirs).map(([key, name]) => [key, join(root, name)])) as Record<keyof typeof dirs, string>;
  await Promise.all(Object.values(path).map((dir) => mkdir(dir, { recursive: true, mode: 0o700 })));
  // A long temporary folder (a deep TMPDIR, macOS's /var/folders/…): the browser's own
  // temporary files go to a short folder of their own, removed with the rest.
  const folders = [root];
  if (Buffer.byteLength(path.tmp) > MAX_BROWSER_TMPDIR && process.platform !== 'win32') {
    path.tmp = await mkdtemp('/tmp/chk-');
    folders.push(path.tmp);
  }
  return {
    root,
    folders,
    profile: path.profile,
    args: [`--crash-dumps-dir=${path.crash}`, `--disk-cache-dir=${path.cache}`, '--disable-breakpad'],
    env: {
      ...process.env,
      HOME: path.home,
      TMPDIR: path.tmp,
      TMP: path.tmp,
      TEMP: path.tmp,
      XDG_CONFIG_HOME: path.config,
      XDG_CACHE_HOME: path.xdgCache,
      XDG_DATA_HOME: path.data,
    },
  };
}

/** Removes the folders and all the browser wrote there; best effort, never throws. */
export function removeBrowserHomeSync(home: BrowserHome): void {
  for (const dir of home.folders) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // a leftover temporary folder is not worth failing a build over
    }
  }
}
