/**
 * What `checklist doctor` looks at: the programs and fonts the tool needs (PDF: a Chromium and
 * the fonts its templates name) and those its tests and bench use (poppler, LibreOffice,
 * pandoc), and, where the content folder is, whether the installed fonts have the characters
 * of its masters and deployments. Each check says what it found, or what is missing and how to
 * get it.
 */
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeploymentFileName } from '../deployment/deployment-name.js';
import { promisify } from 'node:util';
import { findBrowser, isHeadlessShell } from '../browser/find-browser.js';
import { browserVersion, firstLine } from '../browser/browser-version.js';
import { listChecklists } from '../content/load-checklist.js';
import { masterCacheDir } from '../content/master-cache.js';
import { PRIVATE_FOLDER } from './cache-folder.js';
import { checklistFiles, displayPath } from '../content/read-sources.js';
import { makeFolder } from '../output/make-folder.js';
import { checkTemporaryFolder } from '../output/preflight.js';
import { untrustedLayoutCache } from '../render/docx/layout-cache.js';
import { RESVG_HELP, tryResvg } from '../render/docx/resvg.js';
import { characterName, fontFor, missingGlyphs } from './font-coverage.js';
import { FONTCONFIG_DEBIAN, installedFontFamilies, TEMPLATE_FONTS } from './installed-fonts.js';
import { nodeTooOld } from '../node-version.js';

const run = promisify(execFile);

export interface CheckResult {
  name: string;
  /**
   * `needed`: the build cannot make every format without it; `speed`: every command works
   * without it, only slower; `some`: some commands or inputs need it (git for diff and upgrade,
   * resvg for an SVG logo); `tests`: for the test suite and the bench.
   */
  need: 'needed' | 'speed' | 'some' | 'tests';
  ok: boolean;
  /** What was found, or what is missing and how to install it. */
  detail: string;
  /** Missing only in that it cannot be checked: the PDF is printed, but it cannot be told how. */
  unchecked?: boolean;
}

/**
 * First line of `program args…`, or null when it cannot run. In a home folder of its own, removed
 * after: `soffice --version` writes a profile and dconf's cache into the home (it made a home
 * that does not exist, /nonexistent, and with HOME empty wrote `.cache/` into the working folder).
 */
async function versionOf(program: string, args: string[]): Promise<string | null> {
  const home = await mkdtemp(join(tmpdir(), 'checklist-doctor-')).catch(() => undefined);
  const env = home === undefined ? process.env : { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache'), XDG_CONFIG_HOME: join(home, '.config') };
  try {
    const { stdout, stderr } = await run(program, args, { timeout: 20_000, env });
    return firstLine(stdout || stderr);
  } catch {
    return null;
  } finally {
    if (home !== undefined) await rm(home, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function checkNode(): Promise<CheckResult> {
  const tooOld = nodeTooOld();
  return { name: 'Node.js', need: 'needed', ok: tooOld === null, detail: tooOld ?? process.version };
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
  // What a browser that does not run says is the fix (a shared library missing, on a system
  // other than the one it was built for): its first line of errors is shown.
  const ran = await browserVersion(path);
  return 'why' in ran
    ? { name, need: 'needed', ok: false, detail: `${path} does not run (\`${path} --version\` fails: ${ran.why}): reinstall it, or point PUPPETEER_EXECUTABLE_PATH at another Chromium or Chrome` }
    : { name, need: 'needed', ok: true, detail: `${ran.version} at ${path}${isHeadlessShell(path) ? '' : SHELL_HINT}` };
}

/**
 * Without fontconfig's programs the fonts cannot be listed. Chromium on Linux finds its fonts
 * through fontconfig's library, and prints without `fc-list` (Debian's headless shell does not
 * bring it), but whether a font has the letters cannot be told: MISSING, `unchecked`. On macOS
 * and Windows Chrome uses the system's fonts (Arial where Liberation Sans is not) and
 * fontconfig is seldom there, so there it is only not checked.
 */
export function fontsUnchecked(platform: NodeJS.Platform): CheckResult {
  const name = 'Fonts (PDF)';
  if (platform === 'linux') {
    return { name, need: 'needed', unchecked: true, ok: false, detail: `fc-list (fontconfig) not found, so the fonts cannot be checked: Debian/Ubuntu: apt-get install ${FONTCONFIG_DEBIAN}; elsewhere, the fontconfig package` };
  }
  return { name, need: 'some', ok: false, detail: 'not checked: fc-list (fontconfig) is not installed; Chrome prints with the system\'s fonts (to have them checked: brew install fontconfig on macOS)' };
}

export async function checkFonts(platform: NodeJS.Platform = process.platform): Promise<CheckResult> {
  const name = 'Fonts (PDF)';
  const families = await installedFontFamilies();
  if (families === null) return fontsUnchecked(platform);
  const missing = TEMPLATE_FONTS.filter((font) => !families.has(font.family));
  if (missing.length === 0) return { name, need: 'needed', ok: true, detail: TEMPLATE_FONTS.map((font) => font.family).join(', ') };
  const names = missing.map((font) => `${font.family}${font.why ? ` (${font.why})` : ''}`).join(', ');
  return { name, need: 'needed', ok: false, detail: `missing ${names}: Debian/Ubuntu: apt-get install ${missing.map((font) => font.debian).join(' ')}; elsewhere, these families from the system's packages` };
}

/** The name of the check of the content's characters: alone MISSING, the PDF is built but loses them. */
export const CONTENT_CHARACTERS = 'Characters of the content (PDF)';

/** Characters and files shown, at most, in a line. */
const SHOWN_CHARACTERS = 8;
const SHOWN_FILES = 3;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The masters' Markdown files and the deployments of a content folder. */
async function contentFiles(contentDir: string): Promise<string[]> {
  const masters = await Promise.all((await listChecklists(contentDir).catch(() => [] as string[])).map((path) => checklistFiles(path).catch(() => [])));
  const dir = join(contentDir, 'deployments');
  const names = await readdir(dir).catch(() => [] as string[]);
  return [...masters.flat(), ...names.filter(isDeploymentFileName).sort().map((name) => join(dir, name))];
}

/**
 * The characters of the content's masters and deployments that no installed font has: the PDF
 * prints each as an empty box (the build warns, `missing-glyph`). A line only where the content
 * folder is; `needed`, as the template fonts are, so doctor exits 1 before such a build.
 */
async function checkContentCharacters(contentDir: string, platform: NodeJS.Platform): Promise<CheckResult | null> {
  const isFolder = await stat(contentDir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) return null;
  const name = CONTENT_CHARACTERS;
  const shownDir = displayPath(contentDir);
  const paths = await contentFiles(contentDir);
  const files = await missingGlyphs(paths);
  if (files === null) {
    const { need, unchecked } = fontsUnchecked(platform);
    return { name, need, unchecked, ok: false, detail: `${shownDir} has characters beyond Latin, and without fc-list (fontconfig) it cannot be told whether a font has them: Debian/Ubuntu: apt-get install fontconfig; macOS: brew install fontconfig` };
  }
  const seen = new Set(files.flatMap((file) => [...file.characters.keys()]));
  const missing = new Map<string, string[]>(); // character → the files it is in
  for (const file of files) for (const [character] of file.missing) missing.set(character, [...(missing.get(character) ?? []), displayPath(file.path)]);
  const scanned = `${plural(paths.length, 'file')} of masters and deployments`;
  if (seen.size === 0) return { name, need: 'needed', ok: true, detail: `${shownDir}: ${scanned}, no character beyond Latin` };
  const kinds = [...new Set([...seen].map((character) => fontFor(character).kind))];
  if (missing.size === 0) {
    return { name, need: 'needed', ok: true, detail: `${shownDir}: ${scanned}; ${seen.size === 1 ? 'its one character' : `all its ${seen.size} characters`} beyond Latin (${kinds.join(', ')}) ${seen.size === 1 ? 'is' : 'are'} in installed fonts` };
  }
  // A line per package that would have them (and one for those no package is known to have).
  const byPackage = new Map<string | null, string[]>();
  for (const character of missing.keys()) {
    const { debian } = fontFor(character);
    byPackage.set(debian, [...(byPackage.get(debian) ?? []), character]);
  }
  const lines = [...byPackage].map(([debian, characters]) => {
    const shown = characters.slice(0, SHOWN_CHARACTERS).map(characterName).join(', ') + (characters.length > SHOWN_CHARACTERS ? ` and ${characters.length - SHOWN_CHARACTERS} more` : '');
    const where = [...new Set(characters.flatMap((character) => missing.get(character)!))];
    const inFiles = where.slice(0, SHOWN_FILES).join(', ') + (where.length > SHOWN_FILES ? ` and ${plural(where.length - SHOWN_FILES, 'more file')}` : '');
    const kindsOf = [...new Set(characters.map((character) => fontFor(character).kind))].join(', ');
    const them = characters.length === 1 ? 'it' : 'them';
    const install = debian === null ? `no package is known to have ${them}: install a font that does (fc-list lists the fonts there are)` : `Debian/Ubuntu: apt-get install ${debian}`;
    return `${shown} (${kindsOf}) in ${inFiles}: ${install}`;
  });
  const head = `${shownDir}: no installed font has ${missing.size === 1 ? 'this character' : `these ${missing.size} characters`} of its masters and deployments, so the PDF prints ${missing.size === 1 ? 'it as an empty box' : 'them as empty boxes'} (${plural(seen.size, 'character')} beyond Latin in ${scanned}):`;
  return { name, need: 'needed', ok: false, detail: [head, ...lines].join('\n') };
}

async function checkProgram(name: string, program: string, args: string[], install: string, need: CheckResult['need'] = 'tests'): Promise<CheckResult> {
  const version = await versionOf(program, args);
  return version === null ? { name, need, ok: false, detail: `\`${program}\` not found: ${install}` } : { name, need, ok: true, detail: version };
}

/** The temporary folder, where the browser keeps its profile: the build refuses the PDF without it (output/preflight.ts). */
async function checkTemporary(): Promise<CheckResult> {
  const name = 'Temporary folder (PDF)';
  try {
    await checkTemporaryFolder();
    return { name, need: 'needed', ok: true, detail: tmpdir() };
  } catch (error) {
    return { name, need: 'needed', ok: false, detail: (error as Error).message };
  }
}

/** resvg, which draws the PNG a DOCX carries beside an SVG logo (render/docx/resvg.ts). */
async function checkResvg(): Promise<CheckResult> {
  const name = 'SVG logo (DOCX)';
  const loaded = tryResvg();
  return 'resvg' in loaded
    ? { name, need: 'some', ok: true, detail: 'resvg loads' }
    : { name, need: 'some', ok: false, detail: `resvg does not load (${loaded.why}), so a DOCX with an SVG logo cannot be built: ${RESVG_HELP}` };
}

/** The cache of parsed masters (content/master-cache.ts): where it is, and whether it can be written. */
async function checkMasterCache(): Promise<CheckResult> {
  const name = 'Cache of parsed masters';
  const dir = masterCacheDir();
  if (dir === null) {
    const why = process.env.CHECKLIST_CACHE?.trim() ? 'off (CHECKLIST_CACHE)' : 'off: there is no home folder (HOME) to keep it in; set CHECKLIST_CACHE or XDG_CACHE_HOME to a folder';
    return { name, need: 'speed', ok: false, detail: `${why}: every command parses its masters again` };
  }
  try {
    await makeFolder(dir, PRIVATE_FOLDER);
    await access(dir, constants.W_OK);
  } catch {
    return { name, need: 'speed', ok: false, detail: `${dir} cannot be written: every command parses its masters again; set CHECKLIST_CACHE to a folder that can` };
  }
  const entries = (await readdir(dir)).filter((entry) => entry.endsWith('.v8')).length;
  return { name, need: 'speed', ok: true, detail: `${dirname(dir)} (${entries} ${entries === 1 ? 'master' : 'masters'}; CHECKLIST_CACHE=off for none)` };
}

/** Shown only when the cache folder must not hold the DOCX layout, which is code (render/docx/layout-cache.ts): why, and what to do. */
function checkLayoutCache(): CheckResult | null {
  const untrusted = untrustedLayoutCache();
  return untrusted === undefined ? null : { name: 'Cache folder (DOCX layout)', need: 'speed', ok: false, detail: untrusted };
}

/** Every check, in the order they are shown; that of the content's characters where `contentDir` is a folder. */
export async function runDoctorChecks(contentDir: string, platform: NodeJS.Platform = process.platform): Promise<CheckResult[]> {
  const results = await Promise.all([
    checkNode(),
    checkBrowser(),
    checkTemporary(),
    checkFonts(platform),
    checkContentCharacters(contentDir, platform),
    checkMasterCache(),
    checkLayoutCache(),
    checkResvg(),
    checkProgram('git (diff, upgrade)', 'git', ['--version'], 'Debian/Ubuntu: apt-get install git; elsewhere https://git-scm.com/downloads', 'some'),
    checkProgram('poppler (tests read PDFs)', 'pdftotext', ['-v'], 'Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler; elsewhere, the poppler utilities from the system\'s packages'),
    checkProgram('LibreOffice (tests open DOCX)', 'soffice', ['--version'], 'Debian/Ubuntu: apt-get install libreoffice-writer-nogui; elsewhere https://www.libreoffice.org/download/ (with its soffice on PATH)'),
    checkProgram('pandoc (bench baseline)', 'pandoc', ['--version'], 'Debian/Ubuntu: apt-get install pandoc; elsewhere https://pandoc.org/installing.html'),
  ]);
  return results.filter((result) => result !== null);
}
