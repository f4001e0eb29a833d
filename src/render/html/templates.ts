/**
 * Reads a templates folder (the built-in one or a user's `--templates DIR`): `layout.hbs`,
 * `annex.hbs`, `style.css` and every `partials/*.hbs`, registered under its file name.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { CliError } from '../../cli/errors.js';
import { readTextInside } from '../../output/inside-root.js';

export interface TemplateSet {
  layout: Handlebars.TemplateDelegate;
  annex: Handlebars.TemplateDelegate;
  css: string;
  env: typeof Handlebars;
}

// preventIndent: an indented `{{> partial}}` must not indent the lines of <pre> blocks and
// customer comments; escaping stays on (noEscape is never set).
const COMPILE_OPTIONS = { preventIndent: true } as const;

async function readTemplate(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  try {
    return await readTextInside(dir, path, 'Template');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${String(error)})`;
    throw new Error(`Template ${path} ${reason}: copy the built-in templates folder and change what you need`, { cause: error });
  }
}

/** Parses now, so a syntax error names its file instead of failing mid-render. */
function checked(env: typeof Handlebars, path: string, source: string): string {
  try {
    env.parse(source);
  } catch (error) {
    throw new Error(`Template ${path}: ${(error as Error).message}`, { cause: error });
  }
  return source;
}

async function partialFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, 'partials'))).filter((name) => name.endsWith('.hbs')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A fresh Handlebars environment per templates folder: helpers and partials never leak. */
export async function loadTemplates(dir: string): Promise<TemplateSet> {
  const env = Handlebars.create();
  const [layout, annex, css, partials] = await Promise.all([
    readTemplate(dir, 'layout.hbs'),
    readTemplate(dir, 'annex.hbs'),
    readTemplate(dir, 'style.css'),
    partialFiles(dir),
  ]);
  for (const file of partials) {
    const path = join(dir, 'partials', file);
    // The file's final newline is the editor's, not content: without it, `{{> fill}}` inline
    // in a sentence adds no stray space.
    const source = (await readTextInside(dir, path, 'Template')).replace(/\r?\n$/, '');
    env.registerPartial(basename(file, '.hbs'), env.compile(checked(env, path, source), COMPILE_OPTIONS));
  }
  return {
    env,
    css,
    layout: env.compile(checked(env, join(dir, 'layout.hbs'), layout), COMPILE_OPTIONS),
    annex: env.compile(checked(env, join(dir, 'annex.hbs'), annex), COMPILE_OPTIONS),
  };
}
