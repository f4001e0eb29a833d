// One run of every stage of a build, in this process, on one generated content folder:
// `node bench/stages.mjs DIR [pdf]` prints JSON { parse, check, merge, html, docx, pdf, peakMiB }
// (milliseconds per stage; peak RSS of this process, so run it once per input).
// Used by growth.mjs; the lib/ it imports is the compiled project (npm run prepare).
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const lib = resolve(import.meta.dirname, '../lib');
const [dir, withPdf] = process.argv.slice(2);
const { Diagnostics } = await import(join(lib, 'diagnostics/diagnostics.js'));
const { loadChecklist } = await import(join(lib, 'content/load-checklist.js'));
const { loadDeployment } = await import(join(lib, 'deployment/load-deployment.js'));
const { mergeDeployment } = await import(join(lib, 'deployment/merge.js'));
const { formats, renderViewHtml } = await import(join(lib, 'render/formats.js'));
const { DEFAULT_THEME } = await import(join(lib, 'present/theme.js'));
const figures = {};
async function time(name, fn) {
  const started = performance.now();
  const result = await fn();
  figures[name] = Math.round(performance.now() - started);
  return result;
}

const contentDir = join(dir, 'content');
const diagnostics = new Diagnostics();
const master = await time('parse', () => loadChecklist(join(contentDir, 'checklists/generated.md'), diagnostics));
const masters = new Map([['generated', Promise.resolve(master)]]);
const loaded = await time('check', () => loadDeployment(join(contentDir, 'deployments/customer-001.json'), { contentDir, masters }, diagnostics));
if (!loaded) throw new Error(`inputs have errors: ${JSON.stringify(diagnostics.messages.slice(0, 3))}`);
const view = await time('merge', () => mergeDeployment(master, loaded.deployment, { name: loaded.name }));
// Each format as the build renders it (src/render/formats.ts), on this one thread.
const templatesDir = resolve(import.meta.dirname, '../templates');
const html = await time('html', () => renderViewHtml(view, 'full', templatesDir, undefined, DEFAULT_THEME));
const context = { templatesDir, theme: DEFAULT_THEME, html: async () => html, browser: () => browser };
let browser;
if (withPdf === 'pdf') {
  const { BrowserManager } = await import(join(lib, 'browser/browser-manager.js'));
  browser = new BrowserManager();
  try {
    // The browser's start is not the PDF's cost: it is started first.
    await browser.withPage(async () => undefined);
    await time('pdf', () => formats.pdf.render(view, 'full', context));
  } finally {
    await browser.close();
  }
}
await time('docx', () => formats.docx.render(view, 'full', context));
figures.peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(figures)}\n`);
