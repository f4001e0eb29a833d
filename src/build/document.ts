/**
 * Renders one document (a view and a variant) in the formats asked for, in memory, and hands
 * its files to the deployment's set, written whole once every document of it is rendered. Each file's time is its own render: the PDF's
 * starts once its HTML is made and the browser is up, not when the document started; the
 * HTML and DOCX renders (JavaScript on this one thread) take turns, so neither's time holds
 * another's. Taking turns costs nothing: they could not run at once on one thread anyway.
 */
import { performance } from 'node:perf_hooks';
import type { BrowserManager } from '../browser/browser-manager.js';
import { Semaphore } from '../browser/semaphore.js';
import type { BuildInput } from '../cli/build-inputs.js';
import type { CustomerChecklist } from '../model/view.js';
import type { DeploymentSets } from '../output/deployment-sets.js';
import { docxRenderer, formatOutputPath, formats, renderViewHtml, type FormatName, type OutputFormat, type OutputNaming, type RenderContext, type Variant } from '../render/formats.js';
import type { TemplateSet } from '../render/html/templates.js';
import type { MadeFrom } from './manifest.js';
import type { IsolatedRunner } from '../render/run-isolated.js';
import type { Theme } from '../present/theme.js';
import type { LoadedViews } from './views.js';

export interface BuildDocument {
  /** The checked input it is made of; its view is loaded for the render. */
  input: BuildInput;
  /** What names its outputs (the input's). */
  view: OutputNaming;
  variant: Variant;
  /** The formats to make of it (those not up to date). */
  formats: FormatName[];
  /** What each format's output is made from, for the build manifest. */
  madeFrom: Partial<Record<FormatName, MadeFrom>>;
}

export interface DocumentTargets {
  templatesDir: string;
  /** Compiled once per build; loaded from `templatesDir` when absent. */
  templates: TemplateSet | undefined;
  browser: BrowserManager;
  /** Resolves once the browser has started (shared by every PDF of the build). */
  browserReady: () => Promise<unknown>;
  outDir: string;
  /** Holds each deployment's files until all are rendered, then writes them as a set. */
  sets: DeploymentSets;
  /** Each input's view while its documents render. */
  views: LoadedViews;
  /** Where the DOCX renders run: a worker each, stopped at once by the document's signal. */
  isolated?: IsolatedRunner;
  /** The build's theme, read once: every format of every document is drawn with it. */
  theme: Theme;
  /** `--docx-page-numbers`: whether the DOCX's contents are laid out with their page numbers. */
  docxPageNumbers?: boolean;
}

export interface WrittenFile {
  path: string;
  format: FormatName;
  extension: string;
  /** Milliseconds the render of this file took. */
  ms: number;
  bytes: string | Uint8Array;
  /**
   * What this file is made from (its own document's, for the build manifest): a deployment's
   * files are written together, the checklist's and the annex's, so a file carries its own.
   * None when its input changed since it was checked: it is not recorded.
   */
  madeFrom?: MadeFrom;
}

/** The one thread's turn for a render in JavaScript. */
const scriptTurn = new Semaphore(1);

/**
 * Loads the renderers of these formats now, so no document's time holds a module's loading. The
 * DOCX renderer, run in a worker when there is one, is loaded there (IsolatedRunner.preload).
 */
export async function loadRenderers(names: readonly FormatName[], isolated?: IsolatedRunner): Promise<void> {
  if (names.includes('html') || names.includes('pdf') || names.includes('form')) await import('../render/html/render-html.js');
  if (names.includes('form')) await import('../render/form/render-form.js');
  if (names.includes('pdf')) await import('../render/pdf/render-pdf.js');
  if (names.includes('docx') && isolated) isolated.preload(docxRenderer);
  else if (names.includes('docx')) await import('../render/docx/render-docx.js');
}

/** Runs a render in the thread's turn; resolves to its result and the milliseconds it took. */
async function timedTurn<T>(render: () => Promise<T>): Promise<{ result: T; ms: number }> {
  return scriptTurn.run(async () => {
    const started = performance.now();
    const result = await render();
    return { result, ms: performance.now() - started };
  });
}

/** `signal`: the document's time budget (`--timeout`); aborting it stops every render at once. */
export async function renderDocument(document: BuildDocument, targets: DocumentTargets, written: (file: WrittenFile) => void, signal?: AbortSignal): Promise<void> {
  const rendered = await targets.views.use(document.input, (view) => renderFormats(view, document, targets, signal));
  // A render nothing stops half-way (the HTML, on this thread) may end after the budget ran
  // out and the document was reported as "nothing of it was written": so nothing is.
  signal?.throwIfAborted();
  const files = document.input.changedSinceCheck ? rendered.map(({ madeFrom: _unrecorded, ...file }) => file) : rendered;
  // A deployment's files are written together once all its documents are rendered.
  for (const file of await targets.sets.add(document.view.deploymentName, files)) written(file);
}

async function renderFormats(view: CustomerChecklist, document: BuildDocument, targets: DocumentTargets, signal?: AbortSignal): Promise<WrittenFile[]> {
  const { variant } = document;
  let html: Promise<string> | undefined;
  let htmlMs = 0;
  const context: RenderContext = {
    templatesDir: targets.templatesDir,
    browser: () => targets.browser,
    templates: targets.templates,
    theme: targets.theme,
    html: () =>
      (html ??= timedTurn(() => renderViewHtml(view, variant, targets.templatesDir, targets.templates, targets.theme)).then(({ result, ms }) => {
        htmlMs = ms;
        return result;
      })),
    isolated: targets.isolated,
    docxPageNumbers: targets.docxPageNumbers,
    signal,
  };
  return Promise.all(
    document.formats.map(async (name): Promise<WrittenFile> => {
      const format: OutputFormat = formats[name];
      let bytes: string | Uint8Array;
      let ms: number;
      if (name === 'pdf') {
        await Promise.all([context.html(), targets.browserReady()]);
        const started = performance.now();
        bytes = await format.render(view, variant, context);
        ms = performance.now() - started;
      } else if (name === 'html') {
        bytes = await format.render(view, variant, context);
        ms = htmlMs;
      } else if (name === 'docx' && targets.isolated) {
        // In its own worker process, so it needs no turn on this thread.
        const started = performance.now();
        bytes = await format.render(view, variant, context);
        ms = performance.now() - started;
      } else {
        ({ result: bytes, ms } = await timedTurn<string | Uint8Array>(() => format.render(view, variant, context)));
      }
      const path = formatOutputPath(targets.outDir, view, variant, name);
      return { path, format: name, extension: format.extension, ms, bytes, madeFrom: document.madeFrom[name]! };
    }),
  );
}
