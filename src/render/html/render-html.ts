/**
 * The HTML renderer: a customer view to one self-contained HTML document (styles inlined,
 * no request to anywhere), through the Handlebars templates of a templates folder. The PDF
 * is printed from this same HTML.
 */
import { CliError } from '../../cli/errors.js';
import type { CustomerChecklist, ViewBlock } from '../../model/view.js';
import type { Theme } from '../../present/theme.js';
import { blockData } from './body-data.js';
import { directiveContexts, templateData, type FormData, type TemplateData, type Variant } from './document-data.js';
import { registerHelpers } from './helpers.js';
import { loadTemplates, type TemplateSet } from './templates.js';

export interface RenderHtmlOptions {
  /** Folder holding layout.hbs, annex.hbs, style.css and partials/ (see templates/README.md). */
  templatesDir: string;
  /** `full` (default): the whole checklist; `annex`: the Statement-of-Work annex. */
  variant?: Variant;
  /** The templates of `templatesDir`, compiled once by a build; read and compiled now when absent. */
  templates?: TemplateSet;
  /** Renders the fillable form (inputs instead of boxes and lines) with this script and data. */
  form?: FormData;
  /** The build's theme (content/theme.json or --theme); DEFAULT_THEME when absent. */
  theme?: Theme;
}

// A `</style` inside the stylesheet would end the <style> element early.
const inlineCss = (css: string) => css.replace(/<\/style/gi, '<\\/style');

/** Renders `view` to an HTML document (a string, UTF-8 when written). */
export async function renderHtml(view: CustomerChecklist, options: RenderHtmlOptions): Promise<string> {
  const variant = options.variant ?? 'full';
  const templates = options.templates ?? (await loadTemplates(options.templatesDir));
  const data: TemplateData = templateData(view, variant, inlineCss(templates.css), options.form ?? null, options.theme);
  // A section, item or directive nested in prose (an item inside a list) goes through the
  // same partials as at the top level.
  const dispatch = templates.env.compile('{{> (lookup . "partial") context}}', { preventIndent: true });
  registerHelpers(templates.env, {
    renderOther: (block: ViewBlock) => dispatch(blockData(block, directiveContexts(data)), { data: { root: data } }),
  });
  // The annex and the offer share annex.hbs: it lays out the parts `has` names.
  const template = variant === 'full' ? templates.layout : templates.annex;
  try {
    return template(data);
  } catch (error) {
    // Mostly a user's templates folder lacking a partial the data names ("prose", "item", …).
    // The user's to fix, so a CliError (exit 1), not an internal error.
    throw new CliError(`Templates in ${options.templatesDir}: ${(error as Error).message}`, 1, { cause: error });
  }
}
