/**
 * What `checklist doctor` looks at: the programs and fonts the tool needs (PDF: a Chromium and
 * the fonts its templates name) and those its tests and bench use (poppler, LibreOffice,
 * pandoc). Each check says what it found, or what is missing and how to get it.
 */
import { execFile } from 'node:child_process';
import { access, constants, readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { findBrowser, isHeadlessShell } from '../browser/find-browser.js';
import { masterCacheDir } from '../content/master-cache.js';
import { makeFolder } from '../output/make-folder.js';
import { installedFontFamilies } from './installed-fonts.js';

const run = promisify(execFile);

export interface CheckResult {
  name: string;
  /**
   * `needed`: the build cannot make every format without it; `speed`: every command works
   * without it, only slower; `tests`: for the test suite and the bench.
   */
  need: 'needed' | 'speed' | 'tests';
  ok: boolean;
  /** What was found, or what is missing and how to install it. */
  detail: string;
}

/** First line of `program args…`, or null when it cannot run. */
async function versionOf(program: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(program, args, { timeout: 20_000 });
    return (stdout || stderr).trim().split('\n')[0] ?? '';
  } catch {
    return null;
  }
}

async function checkNode(): Promise<CheckResult> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > 20 || (major === 20 && minor >= 19);
  return { name: 'Node.js', need: 'needed', ok, detail: ok ? `${process.version}` : `${process.version}: use Node 20.19 or newer` };
}

/** Said of a full browser that works: the headless shell prints the same PDFs, started faster. */
const SHELL_HINT = '; PDFs start faster with Chromium’s headless shell (Debian/Ubuntu: apt-get install chromium-headless-shell)';

async function checkBrowser(): Promise<CheckResult> {
  const name = 'Chromium (PDF)';
  let path: string;
  try {
    path = await findBrowser();
  } catch (error) {
    return { name, need: 'needed', ok: false, detail: (error as Error).message };
  }
  const version = await versionOf(path, ['--version']);
  return version === null
    ? { name, need: 'needed', ok: false, detail: `${path} does not run (\`${path} --version\` fails): reinstall it, or point PUPPETEER_EXECUTABLE_PATH at another Chromium or Chrome` }
    : { name, need: 'needed', ok: true, detail: `${version} at ${path}${isHeadlessShell(path) ? '' : SHELL_HINT}` };
}

/** The font families the built-in templates name, with the Debian package that has each. */
const FONTS = [
  { family: 'Liberation Sans', debian: 'fonts-liberation' },
  { family: 'Noto Sans', debian: 'fonts-noto-core' },
  { family: 'DejaVu Sans', debian: 'fonts-dejavu-core', why: 'draws the ☐ ☒ boxes' },
];

async function checkFonts(): Promise<CheckResult> {
  const name = 'Fonts (PDF)';
  const families = await installedFontFamilies();
  if (families === null) return { name, need: 'needed', ok: false, detail: 'fc-list (fontconfig) not found, so the fonts cannot be checked: Debian/Ubuntu: apt-get install fontconfig' };
  const missing = FONTS.filter((font) => !families.has(font.family));
  if (missing.length === 0) return { name, need: 'needed', ok: true, detail: FONTS.map((font) => font.family).join(', ') };
  const names = missing.map((font) => `${font.family}${font.why ? ` (${font.why})` : ''}`).join(', ');
  return { name, need: 'needed', ok: false, detail: `missing ${names}: Debian/Ubuntu: apt-get install ${missing.map((font) => font.debian).join(' ')}` };
}

async function checkProgram(name: string, program: string, args: string[], install: string): Promise<CheckResult> {
  const version = await versionOf(program, args);
  return version === null ? { name, need: 'tests', ok: false, detail: `\`${program}\` not found: ${install}` } : { name, need: 'tests', ok: true, detail: version };
}

/** The cache of parsed masters (content/master-cache.ts): where it is, and whether it can be written. */
async function checkMasterCache(): Promise<CheckResult> {
  const name = 'Cache of parsed masters';
  const dir = masterCacheDir();
  if (dir === null) return { name, need: 'speed', ok: false, detail: 'off (CHECKLIST_CACHE): every command parses its masters again' };
  try {
    await makeFolder(dir);
    await access(dir, constants.W_OK);
  } catch {
    return { name, need: 'speed', ok: false, detail: `${dir} cannot be written: every command parses its masters again; set CHECKLIST_CACHE to a folder that can` };
  }
  const entries = (await readdir(dir)).filter((entry) => entry.endsWith('.v8')).length;
  return { name, need: 'speed', ok: true, detail: `${dirname(dir)} (${entries} ${entries === 1 ? 'master' : 'masters'}; CHECKLIST_CACHE=off for none)` };
}

/** Every check, in the order they are shown. */
export function runDoctorChecks(): Promise<CheckResult[]> {
  return Promise.all([
    checkNode(),
    checkBrowser(),
    checkFonts(),
    checkMasterCache(),
    checkProgram('poppler (tests read PDFs)', 'pdftotext', ['-v'], 'Debian/Ubuntu: apt-get install poppler-utils'),
    checkProgram('LibreOffice (tests open DOCX)', 'soffice', ['--version'], 'Debian/Ubuntu: apt-get install libreoffice-writer-nogui'),
    checkProgram('pandoc (bench baseline)', 'pandoc', ['--version'], 'Debian/Ubuntu: apt-get install pandoc'),
  ]);
}
