/**
 * Reads the templates a render uses: each file of a user's `--templates DIR` that exists, the
 * built-in one for every other (so a folder may hold `style.css` alone, or one partial), and
 * checks them all before anything renders (template-check.ts). Files (template-files.ts):
 * `layout.hbs`, `annex.hbs`, `style.css` and every `partials/*.hbs`, registered under its file name.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { CliError } from '../../cli/errors.js';
import { displayPath } from '../../content/read-sources.js';
import { Diagnostics, formatMessages } from '../../diagnostics/diagnostics.js';
import { readTextInside } from '../../output/inside-root.js';
import { builtInTemplatesDir } from '../formats.js';
import { HELPER_NAMES } from './helpers.js';
import { namedProblems, parseTemplate } from './template-check.js';
import { templateFiles } from './template-files.js';
import { strayFiles, themeOverrides } from './template-folder.js';

export interface TemplateSet {
  layout: Handlebars.TemplateDelegate;
  annex: Handlebars.TemplateDelegate;
  css: string;
  env: typeof Handlebars;
}

// preventIndent: an indented `{{> partial}}` must not indent the lines of <pre> blocks and
// customer comments; escaping stays on (noEscape is never set).
const COMPILE_OPTIONS = { preventIndent: true } as const;

async function readSource(dir: string, path: string, diagnostics: Diagnostics): Promise<string | null> {
  const root = path.startsWith(builtInTemplatesDir) ? builtInTemplatesDir : dir;
  try {
    return await readTextInside(root, path, 'Template');
  } catch (error) {
    // readTextInside refuses (CliError) a link leading out of the folder; anything else is the disk's.
    const reason =
      error instanceof CliError
        ? `A link to a place outside ${displayPath(root)}: copy the file into the folder instead`
        : `The template cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    diagnostics.error(displayPath(path), undefined, reason, 'template-file');
    return null;
  }
}

/**
 * The templates of `dir` (the built-in ones for files it lacks), compiled, or null when any is
 * broken: every problem of every file is in `diagnostics`, at its line and column.
 */
export async function readTemplates(dir: string, diagnostics: Diagnostics): Promise<TemplateSet | null> {
  // A mistyped --templates must not fall back to the built-in look in silence.
  if (!(await stat(dir).then((info) => info.isDirectory(), () => false))) {
    diagnostics.error(displayPath(dir), undefined, 'The templates folder (--templates) does not exist or is not a folder', 'template-file');
    return null;
  }
  const env = Handlebars.create();
  const files = await templateFiles(dir);
  const sources = new Map<string, string>();
  for (const [name, path] of files) {
    const source = await readSource(dir, path, diagnostics);
    // The file's final newline is the editor's, not content: without it, `{{> fill}}` inline
    // in a sentence adds no stray space.
    if (source !== null) sources.set(name, name.startsWith('partials/') ? source.replace(/\r?\n$/, '') : source);
  }
  if (dir !== builtInTemplatesDir) {
    for (const { path, reason } of await strayFiles(dir)) diagnostics.warning(displayPath(path), undefined, reason, 'unknown-template');
    const css = files.get('style.css')!;
    if (!css.startsWith(builtInTemplatesDir)) for (const { point, reason } of themeOverrides(sources.get('style.css') ?? '')) diagnostics.warning(displayPath(css), point, reason, 'theme-override');
  }
  const partials = new Set([...files.keys()].filter((name) => name.startsWith('partials/')).map((name) => basename(name, '.hbs')));
  const helpers = new Set([...Object.keys(env.helpers), ...HELPER_NAMES]);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  let broken = sources.size < files.size;
  for (const [name, source] of sources) {
    if (!name.endsWith('.hbs')) continue;
    const shown = displayPath(files.get(name)!);
    const parsed = parseTemplate(source);
    const problems = 'ast' in parsed ? namedProblems(parsed.ast, partials, helpers) : [parsed.problem];
    for (const { point, reason, ruleId } of problems) diagnostics.error(shown, point, reason, ruleId);
    if (problems.length > 0 || !('ast' in parsed)) {
      broken = true;
      continue;
    }
    const template = env.compile(parsed.ast, COMPILE_OPTIONS);
    if (name.startsWith('partials/')) env.registerPartial(basename(name, '.hbs'), template);
    else compiled.set(name, template);
  }
  if (broken) return null;
  return { env, css: sources.get('style.css')!, layout: compiled.get('layout.hbs')!, annex: compiled.get('annex.hbs')! };
}

/** `readTemplates` for a caller without its own messages: a broken template is a CliError listing them. */
export async function loadTemplates(dir: string): Promise<TemplateSet> {
  const diagnostics = new Diagnostics();
  const templates = await readTemplates(dir, diagnostics);
  if (!templates) throw new CliError(`the templates have errors:\n${formatMessages(diagnostics.messages).trimEnd()}`, 1);
  return templates;
}
