/**
 * `checklist build`: checks every input first (nothing is written, and no browser started,
 * when any input is bad), skips the outputs the build manifest shows up to
 * date, then renders the rest `--jobs` documents at a time, each format in
 * memory, and writes each deployment's files as a set. A deployment's view is loaded only while
 * its documents render, so memory does not grow with the number of deployments. One browser serves the whole build, started only
 * once a PDF is to be made, and is closed on every path, Ctrl-C included.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserManager } from '../browser/browser-manager.js';
import { installSignalCleanup } from '../browser/signal-cleanup.js';
import { loadRenderers, renderDocument, type BuildDocument, type DocumentTargets } from '../build/document.js';
import { parseJobs } from '../build/jobs.js';
import { Progress } from '../build/progress.js';
import { forEachLimited } from '../build/scheduler.js';
import { BuildManifest } from '../build/manifest.js';
import { CheckMemo } from '../build/checked.js';
import { planBuild, templatesFingerprint } from '../build/plan.js';
import { LoadedViews } from '../build/views.js';
import { browserReadyOnce } from '../build/browser-ready.js';
import { emptyShardNote, parseShard } from '../build/shard.js';
import { deploymentFolders, staleOutputs } from '../build/stale.js';
import { findBrowser } from '../browser/find-browser.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { DeploymentSets } from '../output/deployment-sets.js';
import { checkOutDir, prepareOutput, type SourceRoot } from '../output/prepare-output.js';
import { pendingTemporaryFiles } from '../output/write-atomic.js';
import { builtInTemplatesDir, docxRenderer, formats, formatsOfVariant, isFormatName, type FormatName, type Variant } from '../render/formats.js';
import { takeRunner } from '../render/run-isolated.js';
import { themeHash } from '../theme/theme-css.js';
import { CliError } from './errors.js';
import { requireContentFolder, requireTemplatesFolder } from './content-folder.js';
import type { CliOptions } from './main.js';
import { DEFAULT_BUILD_FORMATS } from './options.js';
import { FailedDocuments, parseTimeout } from './time-budget.js';

export async function runBuild(paths: string[], values: CliOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  const selected = parseFormats(values.format ?? DEFAULT_BUILD_FORMATS);
  const jobs = parseJobs(values.jobs);
  const shard = parseShard(values.shard);
  const templatesDir = resolve(values.templates ?? builtInTemplatesDir);
  const variants = chooseVariants(values);
  // `--format form --offer`: the form has no annex, so nothing at all would be made, said as "nothing to build: 0 files up to date".
  if (variants.every((variant) => formatsOfVariant(selected, variant).length === 0)) {
    const option = values.offer ? '--offer' : '--annex-only';
    throw new CliError(`--format ${selected.join(',')} with ${option} makes nothing: the fillable form has no annex; add html, pdf or docx to --format, or leave out ${option}`, 2);
  }
  const progress = new Progress();
  const timeoutSeconds = parseTimeout(values.timeout);
  const docxPageNumbers = parseOnOff(values['docx-page-numbers'], '--docx-page-numbers');

  if (paths.length === 0 && values.blank === undefined) requireContentFolder('build', values.content, { wholeFolder: true });
  requireTemplatesFolder('build', values.templates);
  const roots: SourceRoot[] = [{ option: '--content', dir: values.content }, { option: '--templates', dir: templatesDir }];
  await checkOutDir(values.out, roots);
  const isolated = takeRunner();
  const { checkInputs, deploymentPaths } = await import('./build-inputs.js');
  const { loadTheme, themeFile } = await import('../theme/load-theme.js');
  const diagnostics = new Diagnostics();
  // The theme and the templates are checked with the inputs: all their messages in one run.
  const theme = await loadTheme(themeFile(values.content, values.theme), diagnostics, { fonts: selected.includes('pdf') });
  // A folder of one's own is read first, as it may have warnings; the built-in templates
  // have none to print, and are read only when an output needs them, once Chromium starts.
  const builtInTemplates = templatesDir === builtInTemplatesDir;
  // Hashed before they are read, as the inputs are (plan.ts).
  const templatesHash = templatesFingerprint(templatesDir);
  let templates = needsHtml(selected) && !builtInTemplates ? await templatesHash.then(() => readTemplates(templatesDir, diagnostics)) : undefined;
  const manifest = await BuildManifest.read(values.out, values.content);
  // --force checks every input again too.
  const memo = values.force ? undefined : new CheckMemo(manifest.checked, values.level ?? null, values.content);
  // The DOCX worker loads its modules while this thread reads and checks the inputs; when
  // every input was checked before (nothing to parse), it starts only once a DOCX is due.
  const inputs = await checkInputs(paths, values, diagnostics, shard, memo, () => {
    if (selected.includes('docx')) isolated.preload(docxRenderer);
  });
  let browserPath: Promise<string> | undefined;
  const plan =
    inputs === null || inputs.length === 0 || theme === null || diagnostics.hasErrors
      ? undefined
      : await planBuild(inputs, manifest, {
          variants,
          formats: selected,
          templates: templatesHash,
          outDir: values.out,
          // No --level: what it changes is the view's (the level chosen, the items left out), in the record as
          // its hash, and the name of the file; the deployment's own level given again changes neither.
          options: { theme: themeHash(theme) },
          formatOptions: docxPageNumbers ? {} : { docx: { pageNumbers: 'off' } },
          force: values.force,
          browserPath: () => (browserPath ??= findBrowser().catch((error: unknown) => Promise.reject(withoutPdf(error, selected)))),
        }).catch((error: unknown) => {
          // No browser to print with: the inputs' warnings are still printed first.
          report(diagnostics);
          throw error;
        });
  const pending = plan ? pendingFormats(plan.documents) : selected;
  if (plan && pending.includes('pdf')) {
    // No font with Latin letters: a PDF of boxes and rules without a word. Said before Chromium starts.
    const unchecked = await (await import('../render/pdf/missing-glyphs.js')).requireLatinFont().catch((error: unknown) => {
      report(diagnostics);
      throw withoutPdf(error, selected);
    });
    if (unchecked) process.stderr.write(`checklist: warning: ${unchecked}\n`);
  }
  // Every PDF of the build, up to date ones too: their empty boxes are said on every build, as
  // any warning is, until a font that has the characters is installed (which rebuilds them).
  if (plan && inputs && selected.includes('pdf')) {
    await (await import('../render/pdf/missing-glyphs.js')).warnMissingGlyphs(inputs.flatMap((input) => input.sources), diagnostics);
  }
  // With nothing to render (a bad input, no deployment) they are checked now with the rest.
  if (builtInTemplates && !plan && needsHtml(pending)) templates = await readTemplates(templatesDir, diagnostics);
  if (report(diagnostics) || inputs === null || theme === null || templates === null) {
    process.stderr.write('checklist: nothing was written; fix the errors above and build again\n');
    await isolated.close();
    return 1;
  }
  if (!plan) {
    // A shard of a set with inputs, all in other parts, is not a content folder without deployments.
    const among = shard ? (await deploymentPaths(paths, values)).length : 0;
    process.stderr.write(
      shard && (among > 0 || values.blank !== undefined)
        ? `checklist: ${emptyShardNote(shard, among, values.blank)}\n`
        : `checklist: no deployments in ${values.content}/deployments; name one, or use --blank ID\n`,
    );
    await isolated.close();
    return 0;
  }
  const { documents, upToDate } = plan;
  if (pending.includes('docx')) {
    // Said here, once: each DOCX worker only leaves such a folder alone (layout-cache.ts).
    const untrusted = (await import('../render/docx/layout-cache.js')).untrustedLayoutCache();
    if (untrusted) process.stderr.write(`checklist: warning: ${untrusted}\n`);
  }
  await prepareOutput(documents.map((document) => document.view.deploymentName), { outDir: values.out, roots, needsTemporaryFolder: pending.includes('pdf') });

  const browser = new BrowserManager({ maxPages: jobs, executablePath: pending.includes('pdf') ? await browserPath : undefined });
  const failures = new FailedDocuments(timeoutSeconds, values.out, () => progress.clear());
  const removeSignalHandlers = installSignalCleanup(browser, {
    exit: (code) => {
      progress.stop();
      // The files written before the signal are whole: recorded, the next build skips them.
      void manifest
        .save()
        .catch(() => undefined)
        .finally(() => {
          for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
          process.exit(code);
        });
    },
  });
  let code = 0;
  try {
    // Chromium's start-up is the largest fixed cost of a PDF build. Its driver loads first,
    // alone on this thread, and starts it; the built-in templates and the renderers load, and
    // the first HTML renders, while it starts. A browser that cannot start is reported by the
    // first PDF.
    if (pending.includes('pdf')) {
      await import('puppeteer-core').catch(() => undefined); // not there: the first PDF says so
      browser.warmUp();
      (await import('../render/pdf/finish-off-thread.js')).startFinishing(jobs);
    }
    // Known good (they have passed every test): a failure here is the installation's (CliError).
    if (builtInTemplates && needsHtml(pending)) templates = await loadTemplates(templatesDir);
    await loadRenderers(pending, isolated);
    const targets: DocumentTargets = {
      templatesDir,
      templates,
      browser,
      browserReady: browserReadyOnce(() => browser.withPage(async () => undefined)),
      outDir: values.out,
      sets: new DeploymentSets(documents),
      views: new LoadedViews(documents),
      isolated,
      theme,
      docxPageNumbers,
    };
    progress.begin(documents.length, upToDate);
    await forEachLimited(documents, jobs, async (document) => {
      // A document over its --timeout, or whose folder cannot be written, fails alone: reported, and the others go on.
      const rendered = await failures.budget(document, (signal) =>
        renderDocument(
          document,
          targets,
          (file) => {
            if (file.madeFrom) manifest.record(file.path, file.madeFrom, file.bytes);
            progress.written(file.path, file.extension, file.ms);
          },
          signal,
        ),
      );
      if (rendered) progress.documentDone();
      else progress.documentFailed();
    });
    progress.end();
    if (failures.report()) code = 1;
    // Every deployment is known only when none was named (a shard knows them all too).
    const folders = paths.length === 0 && values.blank === undefined ? await deploymentFolders(values.content) : undefined;
    const namings = inputs.map((input) => input.naming);
    for (const line of staleOutputs({ outDir: values.out, recorded: manifest.recorded(), folders, namings, deploymentsDir: `${values.content}/deployments` })) {
      process.stderr.write(`checklist: ${line}\n`);
    }
  } catch (error) {
    // A signal closed the browser under the pages printing (installSignalCleanup): their
    // "Target closed" is the stop's doing, not a bug. The signal's handler saves the record,
    // removes the temporary files and exits (130, 143): this build waits for it.
    if (browser.closed) return new Promise<number>(() => undefined);
    throw error;
  } finally {
    // A failure's message starts on a line of its own, not after the counter.
    progress.clear();
    // Files written before a failure are whole and recorded: the next build skips them.
    await manifest.save();
    await isolated.close();
    await browser.close();
    removeSignalHandlers();
  }
  return code;
}

/**
 * What this machine lacks to print (a browser, fonts) stops the whole build before anything is
 * written, as a bad input does: the message says so, and how to build the other formats.
 */
function withoutPdf(error: unknown, selected: readonly FormatName[]): unknown {
  if (!(error instanceof CliError)) return error;
  // The formats asked for but the PDF; none when it was the only one.
  const rest = selected.filter((format) => format !== 'pdf');
  const written = rest.length === 0 ? 'Nothing was written.' : `Nothing was written; \`--format ${rest.join(',')}\` builds without the PDF.`;
  return new CliError(`${error.message} \`checklist doctor\` checks the set-up.\n${written}`, error.exitCode, { cause: error });
}

/** `--annex` adds the annex to the full checklist; `--annex-only` and `--offer` build only what they name. */
function chooseVariants(values: CliOptions): Variant[] {
  const onlyAnnexes = values['annex-only'] || values.offer;
  return [
    ...(onlyAnnexes ? [] : (['full'] as const)),
    ...(values.annex || values['annex-only'] ? (['annex'] as const) : []),
    ...(values.offer ? (['offer'] as const) : []),
  ];
}

function parseFormats(list: string): FormatName[] {
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isFormatName(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new CliError(`Unknown format ${unknown.join(', ') || '(none)'}: use --format with ${Object.keys(formats).join(', ')} (comma-separated)`, 2);
  }
  // A format named twice says no more than once (`html,html`): each file is made and counted once.
  return [...new Set(names)] as FormatName[];
}

/** An `on`/`off` option; `on` when not given. */
function parseOnOff(value: string | undefined, option: string): boolean {
  if (value === undefined || value === 'on') return true;
  if (value === 'off') return false;
  throw new CliError(`${option} is on or off, not "${value}"`, 2);
}

// Handlebars and the templates load only for these (never for a DOCX-only build).
async function readTemplates(dir: string, diagnostics: Diagnostics) {
  return (await import('../render/html/templates.js')).readTemplates(dir, diagnostics);
}
async function loadTemplates(dir: string) {
  return (await import('../render/html/templates.js')).loadTemplates(dir);
}

/** The formats of the documents to render, each once. */
const pendingFormats = (documents: BuildDocument[]) => [...new Set(documents.flatMap((document) => document.formats))];

const needsHtml = (selected: FormatName[]) => selected.includes('html') || selected.includes('pdf') || selected.includes('form');
