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
import { findChecklist, loadChecklist } from '../content/load-checklist.js';
import { levelText } from '../deployment/check-deployment.js';
import { loadDeployment, type LoadedDeployment } from '../deployment/load-deployment.js';
import { mergeDeployment } from '../deployment/merge.js';
import type { Checklist } from '../model/checklist.js';
import type { CustomerChecklist } from '../model/view.js';
import { outputPath } from '../output/paths.js';
import { pendingTemporaryFiles, writeFileAtomic } from '../output/write-atomic.js';
import { builtInTemplatesDir, formats, isFormatName, renderViewHtml, type FormatName, type Variant } from '../render/formats.js';
import { jsonFiles } from './check-command.js';
import { CliError } from './errors.js';
import type { CliOptions } from './main.js';

/** Documents rendered at once; the browser bounds its own pages too (2 cores here). */
const parallelDocuments = 3;

export async function runBuild(paths: string[], values: CliOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  const selected = parseFormats(values.format);
  const templatesDir = resolve(values.templates ?? builtInTemplatesDir);
  const variants: Variant[] = values.annex ? ['full', 'annex'] : ['full'];

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

  const browser = new BrowserManager();
  const removeSignalHandlers = installSignalCleanup(browser, {
    exit: (code) => {
      for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
      process.exit(code);
    },
  });
  try {
    const queue = [...views];
    let failed = false;
    const worker = async () => {
      for (let view = queue.shift(); view && !failed; view = queue.shift()) {
        try {
          for (const variant of variants) await buildDocument(view, variant, selected, { templatesDir, browser, outDir: values.out });
        } catch (error) {
          failed = true; // the other workers stop taking documents
          throw error;
        }
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.min(parallelDocuments, views.length) }, worker));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
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

/** Loads every deployment (or the blank master) and merges it; null when any input has errors. */
async function collectViews(paths: string[], values: CliOptions, diagnostics: Diagnostics): Promise<CustomerChecklist[] | null> {
  const views: CustomerChecklist[] = [];
  if (values.blank !== undefined) {
    const master = await loadMaster(values.blank, values.content, diagnostics);
    if (!master) return null;
    if (!checkLevel(values.level, master, diagnostics)) return null;
    views.push(mergeDeployment(master, null, { name: 'blank', level: values.level }));
    if (paths.length === 0) return views;
  }
  const deploymentPaths = paths.length > 0 ? paths : await jsonFiles(resolve(values.content, 'deployments'));
  const masters = new Map<string, Promise<Checklist | null>>();
  const loaded: LoadedDeployment[] = [];
  for (const path of deploymentPaths) {
    const deployment = await loadDeployment(path, { contentDir: values.content, levelOverride: values.level, masters }, diagnostics);
    if (deployment && checkLevel(values.level, deployment.master, diagnostics)) loaded.push(deployment);
  }
  if (diagnostics.hasErrors) return null;
  for (const { master, deployment, name } of loaded) views.push(mergeDeployment(master, deployment, { name, level: values.level }));
  return views;
}

async function loadMaster(id: string, contentDir: string, diagnostics: Diagnostics): Promise<Checklist | null> {
  const path = await findChecklist(contentDir, id);
  if (!path) throw new CliError(`No checklist "${id}" in ${contentDir}/checklists`, 1);
  const master = await loadChecklist(path, diagnostics);
  return master && !diagnostics.hasErrors ? master : null;
}

/** `--level` must be one of the master's levels: invalid input otherwise (exit 1). */
function checkLevel(level: string | undefined, master: Checklist, diagnostics: Diagnostics): boolean {
  if (level === undefined || master.meta.levels.includes(level)) return true;
  diagnostics.error('--level', { line: 1, column: 1 }, `${levelText(level, master.meta.levels)} (checklist ${master.meta.id})`, 'unknown-level');
  return false;
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
