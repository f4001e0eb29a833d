import { accessSync, constants, statSync } from 'node:fs';
import { basename, delimiter, join, win32 } from 'node:path';
import { CliError } from '../cli/errors.js';

/**
 * Where Debian, Ubuntu and Google's packages put a Chromium or Chrome, tried in this order.
 * Chromium's headless shell comes first: the build of Chromium made for printing and
 * automation, without the browser's window, tabs and start-up pages, it prints the same PDF
 * (same Blink, same Skia) and starts with a third of the CPU (bench/README.md).
 */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Names a Chromium or Chrome goes by on other systems' PATH (Arch, Fedora, Homebrew, a Chrome
 * for Testing unpacked into a folder on PATH), headless shells first, Edge (a Chromium) last,
 * tried after the paths above; on Windows each with `.exe`.
 */
export const BROWSER_COMMANDS: readonly string[] = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
  'msedge',
];

/** Where macOS keeps the two browsers' executables, inside their application bundles. */
const MACOS_BROWSER_PATHS: readonly string[] = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Where Windows keeps Chrome, Chromium and Edge, under each of its program folders (per user,
 * then per machine). Edge, which every Windows 10 and 11 has, is a Chromium: it prints the same.
 */
export function windowsBrowserPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['LOCALAPPDATA'], env['ProgramFiles'], env['ProgramFiles(x86)']].filter((root): root is string => Boolean(root));
  const executables = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
  return executables.flatMap((executable) => roots.map((root) => win32.join(root, executable)));
}

/** The system paths `findBrowser` tries on this platform, in order. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  return platform === 'win32' ? windowsBrowserPaths(env) : [...SYSTEM_BROWSER_PATHS, ...MACOS_BROWSER_PATHS];
}

/** What `findBrowser` looks at; every field defaults to the real environment (tests replace them). */
export interface FindBrowserOptions {
  /** Environment to read `PUPPETEER_EXECUTABLE_PATH` from. Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** System paths to try after the environment variable. Default: `systemBrowserPaths` of this platform. */
  systemPaths?: readonly string[];
  /** Folders to look for `BROWSER_COMMANDS` in, in order. Default: those of `env.PATH`. */
  searchPath?: readonly string[];
  /** Where puppeteer's own downloaded Chrome would be, if the full `puppeteer` package is installed beside us. */
  bundledPath?: () => Promise<string | undefined>;
}

/** The message that tells a user how to get a browser; exported so the docs and tests agree. */
export const NO_BROWSER_HELP =
  'No Chromium or Chrome found, and PDF output needs one. Install one of:\n' +
  '  Debian/Ubuntu:  apt-get install chromium-headless-shell   (or chromium)\n' +
  '  Windows, macOS: Google Chrome, from its installer (found where it installs; on Windows also Edge)\n' +
  '  anywhere:       npx @puppeteer/browsers install chrome-headless-shell@stable   (then set the variable below to the path it prints)\n' +
  'or point PUPPETEER_EXECUTABLE_PATH at an existing Chromium or Chrome executable.';

/**
 * Finds a Chromium/Chrome executable for PDF rendering: `PUPPETEER_EXECUTABLE_PATH` first, then
 * the usual Linux and macOS system paths (on Windows, its program folders), then a Chromium or
 * Chrome on PATH, then the Chrome of the full `puppeteer` package if a user installed it beside
 * this tool (we depend on puppeteer-core, which downloads no browser).
 * An explicitly set `PUPPETEER_EXECUTABLE_PATH` that is not executable is an error rather
 * than silently skipped, so a typo there is reported instead of rendering with another browser.
 *
 * @throws {CliError} exit code 1 when nothing usable is found; the message says how to get one.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const fromEnv = env['PUPPETEER_EXECUTABLE_PATH']?.trim();
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new CliError(
      `PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, but no executable file is there. ` +
        'Fix or unset it.\n' +
        NO_BROWSER_HELP,
      1,
    );
  }
  for (const candidate of options.systemPaths ?? systemBrowserPaths(process.platform, env)) {
    if (isExecutableFile(candidate)) return candidate;
  }
  const folders = options.searchPath ?? (env['PATH'] ?? '').split(delimiter).filter((folder) => folder !== '');
  // Windows runs `chrome.exe` for `chrome`; elsewhere the name is the file.
  const suffix = process.platform === 'win32' ? '.exe' : '';
  for (const command of BROWSER_COMMANDS) {
    for (const folder of folders) {
      const candidate = join(folder, command + suffix);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  const bundled = await (options.bundledPath ?? puppeteerBundledPath)();
  if (bundled && isExecutableFile(bundled)) return bundled;
  throw new CliError(NO_BROWSER_HELP, 1);
}

/** The path of the full puppeteer's downloaded Chrome, when that optional package is installed. */
async function puppeteerBundledPath(): Promise<string | undefined> {
  try {
    const name = 'puppeteer'; // not a dependency: a name in a variable keeps tsc from requiring it
    const { default: puppeteer } = (await import(name)) as { default: { executablePath(): string } };
    return puppeteer.executablePath();
  } catch {
    return undefined; // puppeteer missing or misconfigured: treat as "no bundled browser"
  }
}

/**
 * Whether an executable is Chromium's headless shell (Debian's `chromium-headless-shell`,
 * Google's `chrome-headless-shell`), which puppeteer launches as `headless: 'shell'`.
 */
export function isHeadlessShell(path: string): boolean {
  return /headless[-_]shell(\.exe)?$/i.test(basename(path));
}

/** A file that this user may run (a link counts as what it leads to). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
