import { accessSync, constants, statSync } from 'node:fs';
import { CliError } from '../cli/errors.js';

/** Where Debian, Ubuntu and Google's packages put a Chromium or Chrome, tried in this order. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** What `findBrowser` looks at; every field defaults to the real environment (tests replace them). */
export interface FindBrowserOptions {
  /** Environment to read `PUPPETEER_EXECUTABLE_PATH` from. Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** System paths to try after the environment variable. Default: `SYSTEM_BROWSER_PATHS`. */
  systemPaths?: readonly string[];
  /** Where puppeteer's own downloaded Chrome would be, if the full `puppeteer` package is installed beside us. */
  bundledPath?: () => Promise<string | undefined>;
}

/** The message that tells a user how to get a browser; exported so the docs and tests agree. */
export const NO_BROWSER_HELP =
  'No Chromium or Chrome found, and PDF output needs one. Install one of:\n' +
  '  Debian/Ubuntu:  apt-get install chromium\n' +
  '  anywhere:       npx @puppeteer/browsers install chrome@stable   (then set the variable below to the path it prints)\n' +
  'or point PUPPETEER_EXECUTABLE_PATH at an existing Chromium or Chrome executable. `checklist doctor` checks the set-up.';

/**
 * Finds a Chromium/Chrome executable for PDF rendering: `PUPPETEER_EXECUTABLE_PATH` first, then
 * the usual Linux system paths, then the Chrome of the full `puppeteer` package if a user
 * installed it beside this tool (we depend on puppeteer-core, which downloads no browser).
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
  for (const candidate of options.systemPaths ?? SYSTEM_BROWSER_PATHS) {
    if (isExecutableFile(candidate)) return candidate;
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

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
