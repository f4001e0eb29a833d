/**
 * Where the look of every output comes from: `content/theme.json` (JSON with comments), or the
 * file `--theme` names, with its logo beside it. Without a theme file the built-in look is
 * used. Every value is checked against schema/theme.schema.json; each problem is a message at
 * its line and column, all of them in one run, and a theme with any is not used. What checks a
 * theme (Ajv, jsonc-parser) and reads a logo (image-size, saxes) loads only when there is one.
 */
import { dirname, join, resolve } from 'node:path';
import { displayPath } from '../content/read-sources.js';
import type { Diagnostics, Point } from '../diagnostics/diagnostics.js';
import { installedFontFamilies } from '../environment/installed-fonts.js';
import { DEFAULT_THEME, type Theme } from '../present/theme.js';
import { describeFsError } from '../output/preflight.js';
import { NotAFileError, notAFileText, readInputText } from '../limits/input-file.js';

/** The theme file a command reads: `--theme FILE`, else `theme.json` of the content folder (optional). */
export function themeFile(contentDir: string, option: string | undefined): { path: string; required: boolean } {
  return option === undefined ? { path: join(contentDir, 'theme.json'), required: false } : { path: resolve(option), required: true };
}

interface ThemeJson {
  accent?: string;
  text?: string;
  fonts?: Partial<Theme['fonts']>;
  logo?: string;
}

/**
 * The theme of `file`; DEFAULT_THEME when an optional file is absent; null when it has errors.
 * `fonts`: warn about each font the theme names that this machine lacks (where a PDF is printed).
 * `logoAt`: told the logo's full path, read or not (`serve` watches its folder).
 */
export async function loadTheme(file: { path: string; required: boolean }, diagnostics: Diagnostics, options: { fonts?: boolean; logoAt?: (path: string) => void } = {}): Promise<Theme | null> {
  const shown = displayPath(file.path);
  let text: string;
  try {
    text = await readInputText(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !file.required) return DEFAULT_THEME;
    const reason =
      code === 'ENOENT'
        ? 'The theme file does not exist'
        : code === 'EISDIR'
          ? 'This is a folder, not a theme file: name the theme\'s JSON file (--theme FILE)'
          : error instanceof NotAFileError
            ? `This ${notAFileText(error.kind)}: name the theme's JSON file (--theme FILE)`
            : `The theme file cannot be read: ${describeFsError(error)}`;
    diagnostics.error(shown, undefined, reason, 'theme-file');
    return null;
  }
  const [{ parseJsonSource, reportSyntax }, { checkThemeSchema }] = await Promise.all([import('../deployment/json-source.js'), import('./theme-schema.js')]);
  const source = parseJsonSource(shown, text.replace(/^\uFEFF/, ''), { comments: true });
  if (!('value' in source)) {
    reportSyntax(diagnostics, shown, source);
    return null;
  }
  const problems = checkThemeSchema(source.value);
  for (const problem of problems) diagnostics.error(shown, source.pointAt(problem.pointer), problem.pointer ? `${problem.pointer}: ${problem.reason}` : problem.reason, problem.ruleId);
  if (problems.length > 0) return null;
  const json = source.value as ThemeJson;
  if (options.fonts && json.fonts) await warnMissingFonts(json.fonts, (role) => source.pointAt(`/fonts/${role}`), shown, diagnostics);
  const logoPath = json.logo === undefined ? null : resolve(dirname(file.path), json.logo);
  if (logoPath) options.logoAt?.(logoPath);
  const logo = logoPath === null ? null : await (await import('./logo.js')).readLogo(logoPath, { file: shown, point: source.pointAt('/logo') }, diagnostics);
  if (json.logo !== undefined && !logo) return null;
  return {
    accent: hex(json.accent) ?? DEFAULT_THEME.accent,
    text: hex(json.text) ?? DEFAULT_THEME.text,
    fonts: { ...DEFAULT_THEME.fonts, ...json.fonts },
    logo,
  };
}

/** Chromium prints a font it lacks in the next of the list: the PDF would not look as the theme says. */
async function warnMissingFonts(fonts: Partial<Theme['fonts']>, pointAt: (role: string) => Point, shown: string, diagnostics: Diagnostics): Promise<void> {
  const installed = await installedFontFamilies();
  // Without fontconfig nothing can be told; `checklist doctor` says so.
  if (!installed) return;
  for (const [role, family] of Object.entries(fonts)) {
    if (installed.has(family)) continue;
    const instead = role === 'mono' ? 'Liberation Mono' : 'Liberation Sans';
    diagnostics.warning(shown, pointAt(role), `/fonts/${role}: The font "${family}" is not installed on this machine: the PDF prints in ${instead} instead; install it (fc-list lists the fonts there are)`, 'font-missing');
  }
}

/** `#1d4f7a` or `#17a` as Word and the palette want it: `1D4F7A`. */
function hex(colour: string | undefined): string | undefined {
  if (colour === undefined) return undefined;
  const digits = colour.slice(1).toUpperCase();
  return digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
}
