/**
 * `checklist serve [DEPLOYMENT.json]`: an author's preview. Serves the HTML of a deployment (or
 * of each deployment of the content folder) on 127.0.0.1, rebuilds it in memory when the
 * master, a deployment or a template is saved, and reloads the open page; the `check` messages
 * show in the terminal and on top of the page. Nothing is written to disk.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Diagnostics, formatMessage, visible } from '../diagnostics/diagnostics.js';
import { builtInTemplatesDir, renderViewHtml } from '../render/formats.js';
import { escapeHtml } from '../render/pdf/header-footer.js';
import { livePage, messagesPage } from '../serve/live-page.js';
import { startPreviewServer, type PageSource, type PreviewServer, type StatusPage } from '../serve/preview-server.js';
import { PageRenders } from '../serve/page-renders.js';
import { watchSources, type WatchedSources } from '../serve/watch-sources.js';
import { deploymentFiles } from './check-targets.js';
import { checklistsDir } from '../content/load-checklist.js';
import { checklistIds } from '../content/unknown-checklist.js';
import { loadTheme, themeFile } from '../theme/load-theme.js';
import { forgetInstalledFonts } from '../environment/fontconfig.js';
import { deploymentName } from '../deployment/deployment-name.js';
import { CliError } from './errors.js';
import { requireContentFolder, requireTemplatesFolder } from './content-folder.js';
import { notAFileText, specialKind } from '../limits/input-file.js';
import type { CliOptions } from './main.js';


const BLANK_PAGE = '/blank/';
const BLANK_KEY = 'blank:';

/** How the terminal and the page name a page's source: `acme`, or `blank/ID` for a master's blank. */
function pageName(key: string): string {
  return key.startsWith(BLANK_KEY) ? `blank/${key.slice(BLANK_KEY.length)}` : deploymentName(key);
}

/** A request's path as text; null for one no browser sends (`/%E0`, a broken escape: it was an error 500). */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * The preview server on `port`. The default port taken (another serve, of another deployment)
 * gives any free one, said so; a port asked for and taken, or not allowed, is an error that says
 * what to do (it was an internal error).
 */
async function listen(pages: PageSource, port: number, portIsDefault: boolean, generation: (page: string) => string): Promise<PreviewServer> {
  try {
    return await startPreviewServer(pages, port, generation);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' && portIsDefault) {
      process.stderr.write(`checklist serve: port ${port} is in use (another checklist serve?), so a free one is used\n`);
      return startPreviewServer(pages, 0, generation);
    }
    if (code === 'EADDRINUSE') throw new CliError(`--port ${port} is in use (another checklist serve?): stop that, or choose another port (--port 0: any free one)`, 1, { cause: error });
    if (code === 'EACCES') throw new CliError(`--port ${port} is not open to this user (ports below 1024 need root): choose another (--port 0: any free one)`, 1, { cause: error });
    throw error;
  }
}

/** The deployment `serve` is named: a typo, a folder, a master or a FIFO is wrong usage, said before the server starts. */
function requireServedDeployment(given: string, named: string): void {
  const fix = "name a deployment's .json file (see content/deployments/), or none for the list of them";
  const info = statSync(named, { throwIfNoEntry: false });
  // A deployment named but not there is a typo; one deleted while served says so on its page.
  if (!info) throw new CliError(`checklist serve: ${given} does not exist: name a deployment file (see content/deployments/), or none for the list of them`, 2);
  // A FIFO or a device: its read would wait for a writer, or not end (/dev/zero).
  const kind = specialKind(info);
  if (kind !== undefined) throw new CliError(`checklist serve: ${given} ${notAFileText(kind)}: ${fix}`, 2);
  // A folder or a master named was served as a page of 'EISDIR' or 'Not valid JSON' that no save could fix.
  if (info.isDirectory() || !/\.json$/i.test(named)) throw new CliError(`checklist serve: ${given} is not a deployment: ${fix}`, 2);
}

export async function runServe(paths: string[], values: CliOptions): Promise<number> {
  if (paths.length > 1) throw new CliError('Usage: checklist serve [DEPLOYMENT.json] [--port N]', 2);
  const port = Number(values.port ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port ${values.port}: use a port number (0: any free port)`, 2);
  const templatesDir = resolve(values.templates ?? builtInTemplatesDir);
  const named = paths[0] === undefined ? undefined : resolve(paths[0]);
  if (!named) requireContentFolder('serve', values.content, { wholeFolder: true });
  else requireServedDeployment(paths[0]!, named);
  // Nothing watches the folder above it: one made after the start would never be seen.
  requireTemplatesFolder('serve', values.templates);
  const deploymentsDir = resolve(values.content, 'deployments');
  const { checkInputs } = await import('./build-inputs.js');
  // A save of one file of a folder master parses that file alone again, not the whole master.
  (await import('../content/parse-files.js')).keepFileParses(true);

  /** The IDs of the masters of `--content`: each has a page of its own, the master as a blank checklist. */
  async function masterIds(): Promise<string[]> {
    return checklistIds(values.content);
  }

  /**
   * The source of a page path (decoded): `/` is the named deployment; `/acme` is
   * content/deployments/acme.json; `/blank/ID` is master ID as `build --blank ID` renders it
   * (key `blank:ID`), so a master no deployment uses yet can be previewed too.
   */
  async function deploymentOf(path: string): Promise<string | null> {
    if (named) return path === '/' ? named : null;
    if (path.startsWith(BLANK_PAGE)) return (await masterIds()).includes(path.slice(BLANK_PAGE.length)) ? `${BLANK_KEY}${path.slice(BLANK_PAGE.length)}` : null;
    const files = await deploymentFiles(deploymentsDir);
    return files.find((file) => `/${deploymentName(file)}` === path) ?? null;
  }

  /** The sources that have pages now: the deployments and the masters. */
  async function pageSources(): Promise<string[]> {
    return [...(await deploymentFiles(deploymentsDir)), ...(await masterIds()).map((id) => `${BLANK_KEY}${id}`)];
  }

  async function deploymentLinks(): Promise<string> {
    const links = (await deploymentFiles(deploymentsDir)).map((file) => `<li><a href="/${encodeURIComponent(deploymentName(file))}">${escapeHtml(deploymentName(file))}</a></li>`);
    return `<ul>${links.join('')}</ul>`;
  }

  async function masterLinks(): Promise<string> {
    const links = (await masterIds()).map((id) => `<li><a href="${BLANK_PAGE}${encodeURIComponent(id)}">${escapeHtml(id)}</a></li>`);
    return `<ul>${links.join('')}</ul>`;
  }

  // The sources' generation: a new one on each change noticed, and one of its own for each
  // server started, so a page made from other sources, or by a server since stopped, reloads.
  const instance = Date.now().toString(36);
  let changes = 0;
  const generation = () => `${instance}-${changes}`;
  // The generation each page's latest render was made from, and the page each path shows: a
  // page no save touched is served from its own, so its tab does not reload.
  const madeFrom = new Map<string, string>();
  const pageOfPath = new Map<string, string>();

  /**
   * Whether a save of `paths` can change the page of `file`. In the list of deployments, one
   * customer's deployment is no source of another's page nor of a master's blank: a save of it
   * rendered and reloaded every open tab.
   */
  const touches = (file: string, paths: readonly string[]) => named !== undefined || paths.some((path) => dirname(path) !== deploymentsDir || path === file || /\.(png|jpe?g|gif|svg|webp)$/i.test(path));

  async function indexPage(): Promise<string> {
    const folder = relative(process.cwd(), deploymentsDir) || deploymentsDir;
    const masters = relative(process.cwd(), checklistsDir(values.content)) || checklistsDir(values.content);
    const lead = `<p>The deployments of ${escapeHtml(folder)}; each page shows its checklist and reloads on each save. These lists follow the folders.</p>`;
    const blank = `<p>The masters of ${escapeHtml(masters)}, as blank checklists (<code>build --blank ID</code>):</p>`;
    return messagesPage('checklist serve', [], generation(), `${lead}${await deploymentLinks()}${blank}${await masterLinks()}`);
  }

  /**
   * The page of a deployment that is not (or no longer) in the folder: renamed or deleted while
   * its page was open. It says so, lists the deployments, and reloads when one is saved, as
   * when this one is back.
   */
  async function missingPage(path: string): Promise<StatusPage> {
    if (path.startsWith(BLANK_PAGE)) {
      const id = path.slice(BLANK_PAGE.length);
      const folder = relative(process.cwd(), checklistsDir(values.content)) || checklistsDir(values.content);
      const lead = `<p>${escapeHtml(folder)} holds no master ${escapeHtml(id)} (renamed or deleted?); this page shows it again once it is back. Its masters:</p>${await masterLinks()}`;
      return { status: 404, html: messagesPage(`No master "${id}"`, [], generation(), lead) };
    }
    const name = path.slice(1);
    const folder = relative(process.cwd(), deploymentsDir) || deploymentsDir;
    const lead = `<p>${escapeHtml(folder)} holds no ${escapeHtml(name)}.json (renamed or deleted?); this page shows it again once it is back. Its deployments:</p>${await deploymentLinks()}`;
    return { status: 404, html: messagesPage(`No deployment "${name}"`, [], generation(), lead) };
  }

  // Each deployment's page as last rendered: kept on screen, under the messages, while the
  // sources have errors, so a typo saved does not take the checklist (and the place in it) away.
  const lastGood = new Map<string, string>();
  let sources: WatchedSources | undefined;

  /** Checks and renders one deployment (or master, as a blank), once no save is under way; prints its messages and time to the terminal. */
  async function render(file: string): Promise<string> {
    const blank = file.startsWith(BLANK_KEY) ? file.slice(BLANK_KEY.length) : undefined;
    await sources?.settled();
    const made = generation(); // the sources as they are from now on
    madeFrom.set(file, made);
    const started = performance.now();
    const diagnostics = new Diagnostics();
    let messages: string[] = [];
    let page: string;
    let rendered = false;
    const failed = () => {
      const good = lastGood.get(file);
      return good === undefined ? messagesPage(`${pageName(file)}: fix the errors below`, messages, made) : livePage(good, messages, made, 'Not rendered: fix the errors below. The page is the last one rendered.');
    };
    try {
      // Read on every render: a saved theme.json or logo shows at once, as a saved master does,
      // and a font installed meanwhile is known.
      forgetInstalledFonts();
      const theme = await loadTheme(themeFile(values.content, values.theme), diagnostics, { fonts: true, logoAt: (logo) => sources?.watchFolder(dirname(logo)) });
      const inputs = await checkInputs(blank === undefined ? [file] : [], { ...values, blank }, diagnostics);
      // Errors first: they are what keeps the page from being rendered, and the box on the page is short.
      messages = [...diagnostics.messages].sort((a, b) => Number(b.fatal === true) - Number(a.fatal === true)).map(formatMessage);
      const view = theme ? await inputs?.[0]?.load() : undefined;
      const html = view ? await renderViewHtml(view, 'full', templatesDir, undefined, theme ?? undefined) : undefined;
      if (html !== undefined) lastGood.set(file, html);
      page = html !== undefined ? livePage(html, messages, made) : failed();
      rendered = html !== undefined;
    } catch (error) {
      // First, as the error it is; its lines (the templates' messages, one a line) one message each.
      const [said = '', ...lines] = (error as Error).message.split('\n').map(visible);
      messages = [`checklist: ${said}`, ...lines, ...diagnostics.messages.map(formatMessage)];
      page = failed();
    }
    for (const message of messages) process.stderr.write(`${message}\n`);
    const took = `${Math.round(performance.now() - started)} ms`;
    // Only a page that shows the checklist was rendered; else the page lists the errors.
    const outcome = rendered ? `${messages.length === 0 ? 'no problems, ' : ''}rendered in ${took}` : `not rendered, the page lists the errors${lastGood.has(file) ? ' over the last page rendered' : ''} (${took})`;
    process.stderr.write(`${visible(pageName(file))}: ${outcome}\n`);
    return page;
  }

  // Pages are rendered once per change, one at a time, and kept until the next change.
  const renders = new PageRenders(render);

  /**
   * The generation the page at `requested` is served from now: its latest render's, or the
   * sources' latest where one waits to start, where there is none (forgotten: its source gone),
   * and for the list and the pages of what is missing.
   */
  function generationOf(requested: string): string {
    const file = pageOfPath.get(decodedPath(requested) ?? '');
    if (file === undefined || !renders.has(file) || renders.waiting(file)) return generation();
    return madeFrom.get(file) ?? generation();
  }

  const server = await listen(async (requested) => {
    const path = decodedPath(requested);
    if (path === null) return null;
    if (!named && path === '/') return indexPage();
    const file = await deploymentOf(path);
    if (!file) return named || (path.slice(1).includes('/') && !path.startsWith(BLANK_PAGE)) || path === '/favicon.ico' ? null : missingPage(path);
    pageOfPath.set(path, file);
    return renders.page(file);
  }, port, values.port === undefined, generationOf);

  // The theme's folder holds its logo; a named deployment's folder may be the project's root.
  const theme = values.theme === undefined ? [] : [dirname(resolve(values.theme))];
  // Of the content folder, the masters' tree, and the folder itself (theme.json) and its
  // deployments alone: the whole tree took in a content folder's own .git/ (each git command
  // rebuilt the pages), or node_modules/ and dist/ of a project served with --content .
  const content = resolve(values.content);
  sources = watchSources({ trees: [checklistsDir(content), templatesDir], folders: [content, deploymentsDir, ...theme, ...(named ? [dirname(named)] : [])] }, (changed, paths) => {
    changes += 1;
    const noticed = generation();
    process.stderr.write(`changed: ${visible(changed)}\n`); // a file name may hold a terminal's control characters
    void (async () => {
      // Only the pages open in a browser now are rendered again, and of those only the ones the
      // save can change (touches): one visited and left is rendered when it is asked for again.
      // Without a named deployment, one renamed or deleted has no page any more: its open page
      // reloads to say so (missingPage).
      const rendered = renders.keys();
      const present = named ? rendered : await pageSources();
      const open = await Promise.all(server.openPages().map((page) => deploymentOf(decodedPath(page) ?? '')));
      for (const file of rendered.filter((file) => !present.includes(file) || !open.includes(file))) {
        renders.forget(file);
        if (present.includes(file)) continue;
        lastGood.delete(file);
        madeFrom.delete(file);
        const folder = file.startsWith(BLANK_KEY) ? checklistsDir(values.content) : deploymentsDir;
        process.stderr.write(`${visible(pageName(file))}: gone from ${relative(process.cwd(), folder) || folder} (renamed or deleted)\n`);
      }
      await renders.refresh(rendered.filter((file) => present.includes(file) && open.includes(file) && touches(file, paths)));
      // A change noticed meanwhile has its own renders, and announces itself once they are done.
      if (generation() === noticed) server.announce();
    })();
  });
  process.stdout.write(`checklist serve: ${server.url} (rebuilds on each save of the content or the templates; Ctrl-C stops)\n`);

  // Stopped as a build is (FORMATS.md §5): 130 for Ctrl-C, 143 for SIGTERM, so a script that
  // runs serve tells a stop from a finished command.
  const stoppedBy = await new Promise<number>((resolveStop) => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => resolveStop(code));
  });
  sources.close();
  await server.close();
  return stoppedBy;
}
