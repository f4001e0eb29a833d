/**
 * The output formats, by name. Each renders a customer view to bytes; a new format is one
 * module and one entry here. Renderers load only when their format is asked for.
 */
import { fileURLToPath } from 'node:url';
import type { BrowserManager } from '../browser/browser-manager.js';
import type { CustomerChecklist } from '../model/view.js';
import { levelInName, outputPath } from '../output/paths.js';
import type { TemplateSet } from './html/templates.js';
import { present, runningTitle } from '../present/presentation.js';
import { docxRenderer } from './docx-renderer.js';
import type { IsolatedRunner } from './run-isolated.js';
import { palette, type Theme } from '../present/theme.js';
import { fontList } from '../theme/theme-css.js';

export type { Variant } from '../present/presentation.js';
import type { Variant } from '../present/presentation.js';

/** What a render may share with the other formats of the same document. */
export interface RenderContext {
  templatesDir: string;
  /** The one browser of this build, started on first use. */
  browser: () => BrowserManager;
  /** The HTML of this document and variant, rendered once and reused by the PDF. */
  html: () => Promise<string>;
  /** Runs long synchronous renders (DOCX) in a worker that an abort terminates at once. */
  isolated?: IsolatedRunner;
  /** Aborted when the document's time budget (`--timeout`) runs out or the build is interrupted. */
  signal?: AbortSignal;
  /** The templates of `templatesDir`, compiled once by a build (read now when absent). */
  templates?: TemplateSet;
  /** The build's theme (content/theme.json or --theme), for every format. */
  theme: Theme;
  /** False: the DOCX's contents are not laid out, Word fills their page numbers in (`--docx-page-numbers off`). */
  docxPageNumbers?: boolean;
}

export interface OutputFormat {
  extension: string;
  /** Added to the file name before the extension (`-form`); default none. */
  suffix?: string;
  /** False for a format that has no annex (`--annex` leaves it out). */
  annex?: boolean;
  /** False for a format drawn without the HTML templates (the DOCX): they are no input of its outputs. */
  templates?: boolean;
  render(view: CustomerChecklist, variant: Variant, context: RenderContext): Promise<string | Uint8Array>;
}

export { docxRenderer };

export const builtInTemplatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

export const formats = {
  html: {
    extension: 'html',
    render: (_view, _variant, context) => context.html(),
  },
  pdf: {
    extension: 'pdf',
    async render(view, variant, context) {
      const { renderPdf } = await import('./pdf/render-pdf.js');
      const presentation = present(view, variant);
      return renderPdf(context.browser(), await context.html(), {
        title: runningTitle(view, variant),
        // The file's title names the checklist, the annex and the customer, as the DOCX's does.
        documentTitle: presentation.documentTitle,
        author: view.overview.supplier.company,
        subject: presentation.documentSubject,
        keywords: presentation.documentKeywords,
        customer: view.customerName,
        documentId: view.meta.documentId,
        version: view.meta.version,
        // The title block's Date (none where it is blank), as the DOCX's footer.
        date: view.overview.date,
        look: { font: fontList(context.theme.fonts.body, 'body'), color: `#${palette(context.theme).muted}` },
      }, { signal: context.signal });
    },
  },
  docx: {
    extension: 'docx',
    templates: false,
    async render(view, variant, context) {
      const module = docxRenderer;
      const options = { variant, theme: context.theme, pageNumbers: context.docxPageNumbers ?? true };
      if (context.isolated) return context.isolated.run<Uint8Array>({ module, name: 'renderDocx', args: [view, options] }, context.signal);
      const { renderDocx } = (await import(module.href)) as typeof import('./docx/render-docx.js');
      return renderDocx(view, options);
    },
  },
  form: {
    extension: 'html',
    suffix: '-form',
    annex: false,
    async render(view, _variant, context) {
      const { renderForm } = await import('./form/render-form.js');
      return renderForm(view, context.templatesDir, builtInTemplatesDir, context.templates, context.theme);
    },
  },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof formats;

/** The formats a variant has, of those asked for: the annex has no fillable form. */
export function formatsOfVariant(names: readonly FormatName[], variant: Variant): FormatName[] {
  return names.filter((name) => variant === 'full' || (formats[name] as OutputFormat).annex !== false);
}

/** What names a view's outputs: a build plans with this much of a view, not the whole view. */
export interface OutputNaming {
  deploymentName: string;
  meta: { id: string; version: string };
  level: { chosen: string | null; ownLevel?: string | null };
}

/** Where a format of a document is written: `OUT/<deployment>/<id>-<version>[-<level>][-annex|-offer][suffix].<ext>`. */
export function formatOutputPath(outDir: string, view: OutputNaming, variant: Variant, name: FormatName): string {
  const format: OutputFormat = formats[name];
  return outputPath(outDir, view.deploymentName, view.meta.id, view.meta.version, variant, format.extension, format.suffix, levelInName(view.level));
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

/**
 * Renders the HTML of a view (used by the html format and, through it, the pdf format), with
 * the templates a build compiled once, or those of `templatesDir` read now, and the build's
 * theme (DEFAULT_THEME when absent).
 */
export async function renderViewHtml(view: CustomerChecklist, variant: Variant, templatesDir: string, templates?: TemplateSet, theme?: Theme): Promise<string> {
  const { renderHtml } = await import('./html/render-html.js');
  return renderHtml(view, { templatesDir, variant, templates, theme });
}
