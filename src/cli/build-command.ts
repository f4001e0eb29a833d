/**
 * `checklist build`: validates every deployment first (nothing is written when any input is
 * bad), then renders each document in every format in memory and writes each file atomically.
 * One browser serves the whole build and is closed on every path, Ctrl-C included.
 */
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BrowserManager } from '../browser/browser-manager.js';
import { installSignalCleanup } from '../browser/signal-cleanup.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { CustomerChecklist } from '../model/view.js';
import { outputPath } from '../output/paths.js';
import { pendingTemporaryFiles, writeFileAtomic } from '../output/write-atomic.js';
import { builtInTemplatesDir, formats, isFormatName, renderViewHtml, type FormatName, type Variant } from '../render/formats.js';
import { CliError } from './errors.js';
import type { CliOptions } from './main.js';

/** Documents rendered at once; the browser bounds its own pages too (2 cores here). */
const parallelDocuments = 3;

export async function runBuild(paths: string[], values: CliOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  const selected = parseFormats(values.format);
  const templatesDir = resolve(values.templates ?? builtInTemplatesDir);
  const variants: Variant[] = values.annex ? ['full', 'annex'] : ['full'];

  const browser = new BrowserManager();
  const removeSignalHandlers = installSignalCleanup(browser, {
    exit: (code) => {
      for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
      process.exit(code);
    },
  });
  try {
    // Chromium's start-up is the largest fixed cost of a PDF build: let it run while the
    // inputs are read and checked. A browser that cannot start is reported by the first PDF.
    if (selected.includes('pdf')) browser.warmUp();
    // The content pipeline (unified, Ajv) loads only now, while Chromium starts.
    const { collectViews } = await import('./build-inputs.js');
    const diagnostics = new Diagnostics();
    const views = await collectViews(paths, values, diagnostics);
    if (report(diagnostics) || views === null) {
      process.stderr.write('checklist: nothing was written; fix the errors above and build again\n');
      return 1;
    }
    if (views.length === 0) {
      process.stderr.write(`checklist: no deployments in ${values.content}/deployments; name one, or use --blank ID\n`);
      return 0;
    }
    await buildAll(views, variants, selected, { templatesDir, browser, outDir: values.out });
  } finally {
    await browser.close();
    removeSignalHandlers();
  }
  return 0;
}

function parseFormats(list: string): FormatName[] {
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isFormatName(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new CliError(`Unknown format ${unknown.join(', ') || '(none)'}: use --format with html, pdf, docx (comma-separated)`, 2);
  }
  return names as FormatName[];
}

/** Builds the documents a few at a time; the first failure stops the others taking more. */
async function buildAll(views: CustomerChecklist[], variants: Variant[], selected: FormatName[], targets: DocumentTargets): Promise<void> {
  const queue = [...views];
  let failed = false;
  const worker = async () => {
    for (let view = queue.shift(); view && !failed; view = queue.shift()) {
      try {
        for (const variant of variants) await buildDocument(view, variant, selected, targets);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(parallelDocuments, views.length) }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

interface DocumentTargets {
  templatesDir: string;
  browser: BrowserManager;
  outDir: string;
}

/** Renders every format of one document in memory, then writes each file whole. */
async function buildDocument(view: CustomerChecklist, variant: Variant, selected: FormatName[], targets: DocumentTargets): Promise<void> {
  let html: Promise<string> | undefined;
  const context = {
    templatesDir: targets.templatesDir,
    browser: () => targets.browser,
    html: () => (html ??= renderViewHtml(view, variant, targets.templatesDir)),
  };
  const started = performance.now();
  const outputs = await Promise.all(
    selected.map(async (name) => {
      const format = formats[name];
      const bytes = await format.render(view, variant, context);
      return { path: outputPath(targets.outDir, view.deploymentName, view.meta.id, view.meta.version, variant, format.extension), bytes, ms: performance.now() - started };
    }),
  );
  for (const output of outputs) {
    await writeFileAtomic(output.path, output.bytes);
    process.stdout.write(`${relative(process.cwd(), output.path)}  ${Math.round(output.ms)} ms\n`);
  }
}
