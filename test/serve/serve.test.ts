/**
 * `checklist serve` through real Chromium, with JavaScript on as in an author's browser: the
 * page shows the deployment, changes when the master is saved, shows check messages when the
 * deployment is broken, and is back when it is fixed. The built HTML files stay script-free.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { bodyText as bodyTextOf, startServe, waitForText as waitOn } from '../helpers/serve.js';
import { png } from '../theme/images.js';

describe('checklist serve', () => {
  let dir = '';
  let server: ChildProcess;
  let output = () => '';
  let url = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const started = await startServe(['content/deployments/acme.json']);
    ({ dir, server, url, browser, page } = started);
    output = () => started.output;
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  const bodyText = () => bodyTextOf(page);
  const waitForText = (text: string) => waitOn(page, text);

  it('serves the deployment as the build renders it, with the customer and the items', async () => {
    const text = await bodyText();
    expect(text).toContain('Müller Klinikum GmbH');
    expect(text).toContain('CL-PWD1');
    expect(await page.$('#checklist-serve-messages')).toBeNull();
  });

  it('changes the open page when the master is saved', async () => {
    const master = join(dir, 'content/checklists/mini.md');
    for (const title of ['Default passwords replaced on delivery', 'Default passwords gone']) {
      // Twice: an editor's save replaces the file, and the second save must be seen too.
      await writeFile(`${master}.tmp`, (await readFile(master, 'utf8')).replace(/(CL-PWD1 Mini Server \| )[^|]+\|/, `$1${title} |`));
      await rename(`${master}.tmp`, master);
      await waitForText(title);
    }
    expect(output()).toMatch(/acme: no problems, rendered in \d+ ms/);
  });

  it('shows check messages on the page and in the terminal, and the page again once fixed', async () => {
    const deployment = join(dir, 'content/deployments/acme.json');
    const good = await readFile(deployment, 'utf8');
    await writeFile(deployment, good.replace('"status": "Yes"', '"status": "Maybe"'));
    await waitForText('"Maybe" is not an option of CL-PWD1');
    expect(await page.$('#checklist-serve-messages')).not.toBeNull();
    expect(await bodyText()).toContain('Müller Klinikum GmbH'); // the page as last rendered, under the messages
    expect(output()).toContain('content/deployments/acme.json:');
    expect(output()).toContain('"Maybe" is not an option of CL-PWD1');
    expect(output()).toMatch(/acme: not rendered, the page lists the errors over the last page rendered \(\d+ ms\)/);
    await writeFile(deployment, good);
    await page.waitForFunction(() => !document.getElementById('checklist-serve-messages'), { timeout: 60_000, polling: 100 });
    expect(await bodyText()).toContain('Müller Klinikum GmbH');
  });

  it('shows a saved theme at once (accent and logo), and a broken theme as its messages', async () => {
    const theme = join(dir, 'content/theme.json');
    await writeFile(join(dir, 'content/logo.png'), png(90, 30));
    await writeFile(theme, '{ "accent": "#7A1D1D", "logo": "logo.png" }');
    await page.waitForFunction(() => document.querySelector('h2') && getComputedStyle(document.querySelector('h2')!).color === 'rgb(122, 29, 29)', { timeout: 60_000, polling: 100 });
    expect(await page.$eval('img.logo', (image) => (image as HTMLImageElement).naturalWidth)).toBe(90);
    await writeFile(theme, '{ "accent": "red" }');
    await waitForText('/accent: Must be a colour #RRGGBB or #RGB');
    expect(output()).toContain('content/theme.json:1:3: error /accent: Must be a colour');
    await rm(theme);
    await page.waitForFunction(() => !document.getElementById('checklist-serve-messages'), { timeout: 60_000, polling: 100 });
    expect(await bodyText()).toContain('Müller Klinikum GmbH');
  });

  it('serves what `build --format html` writes from the same inputs, but for the reload script and the policy that lets it in', async () => {
    const served = await (await fetch(url)).text();
    const build = await runCli(['build', 'content/deployments/acme.json', '--content', 'content', '--format', 'html', '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const built = await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8');
    expect(built).not.toContain('<script');
    const added = /<script src="\/__checklist\/reload\.js" data-generation="[\w-]+"><\/script>|; script-src 'self'; connect-src 'self'/g;
    expect(served.match(added)).toHaveLength(2);
    expect(served.replace(added, '')).toBe(built);
  });
});

describe('checklist serve without a deployment named', () => {
  let served: Awaited<ReturnType<typeof startServe>>;

  beforeAll(async () => {
    served = await startServe([], 'acme');
  });

  afterAll(async () => {
    await served?.browser.close();
    served?.server.kill('SIGTERM');
  });

  const waitForText = (text: string) => waitOn(served.page, text);

  it('says so on the open page when its deployment is renamed, and shows it again once it is back', async () => {
    await waitForText('Müller Klinikum GmbH');
    const deployment = join(served.dir, 'content/deployments/acme.json');
    await rename(deployment, join(served.dir, 'content/deployments/acme-2026.json'));
    await waitForText('content/deployments holds no acme.json (renamed or deleted?)');
    expect(await served.page.$eval('a', (link) => link.getAttribute('href'))).toBe('/acme-2026');
    expect(served.output).toContain('acme: gone from content/deployments (renamed or deleted)');
    expect(served.output).not.toContain('acme: not rendered');
    await rename(join(served.dir, 'content/deployments/acme-2026.json'), deployment);
    await waitForText('Müller Klinikum GmbH');
    expect(await served.page.$('#checklist-serve-messages')).toBeNull();
  });

  it('renders again on a save only the pages open in a browser: one visited and left is rendered when asked for again', async () => {
    await served.page.goto(served.url + 'acme', { waitUntil: 'load' });
    await waitForText('Müller Klinikum GmbH');
    await served.page.goto(served.url, { waitUntil: 'load' }); // the list, acme's page left
    await waitForText('acme');
    // Nothing to fix on the list (it said "The page reloads when you save a fix").
    const list = 'checklist serve\n\nThe deployments of content/deployments; each page shows its checklist and reloads on each save. These lists follow the folders.\n\nacme\n\nThe masters of content/checklists, as blank checklists (build --blank ID):\n\nmini';
    await served.page.waitForFunction((expected: string) => document.body?.innerText === expected, { timeout: 10_000, polling: 100 }, list);
    const start = served.output.length;
    const deployment = join(served.dir, 'content/deployments/acme.json');
    await writeFile(deployment, (await readFile(deployment, 'utf8')).replace('Müller Klinikum GmbH', 'Left Alone GmbH'));
    await expect.poll(() => served.output.slice(start), { timeout: 30_000 }).toContain('changed: content/deployments/acme.json');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(served.output.slice(start)).not.toContain('acme: no problems, rendered');
    await served.page.click('a[href="/acme"]');
    await waitForText('Left Alone GmbH');
    expect(served.output.slice(start)).toContain('acme: no problems, rendered');
  });

  it('renders a page asked for while a save is under way from the file as saved, not half-written (a master truncated, then written, read as "File is empty")', async () => {
    await served.page.goto(served.url, { waitUntil: 'load' }); // the list: acme's page is not open
    const master = join(served.dir, 'content/checklists/mini.md');
    const text = await readFile(master, 'utf8');
    // A busy machine can pause this process for 40 ms, which ends the save: such a try tells
    // nothing, and the next one is made.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const start = served.output.length;
      await writeFile(master, text); // a save while acme's page is not open: it is rendered anew when asked for
      await expect.poll(() => served.output.slice(start), { timeout: 30_000 }).toContain('changed: content/checklists/mini.md');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // An editor that truncates, then writes in pieces: empty, or blanks only, for 150 ms, each
      // write right after the one before. The page is asked for meanwhile.
      const started = Date.now();
      await writeFile(master, '');
      const asked = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        return (await fetch(`${served.url}acme`)).text();
      })();
      let last = Date.now();
      let longestPause = last - started;
      for (let piece = 1; Date.now() - started < 150; piece++) {
        await writeFile(master, ' '.repeat(piece % 2));
        longestPause = Math.max(longestPause, Date.now() - last);
        last = Date.now();
      }
      await writeFile(master, text);
      const page = await asked;
      if (longestPause >= 35) continue;
      expect(page).toContain('CL-PWD1');
      expect(page).not.toContain('File is empty');
      expect(served.output.slice(start)).not.toContain('File is empty');
      return;
    }
    throw new Error('each try was paused for 35 ms or more: the machine is too busy for this test');
  });

  it('previews a master as a blank checklist, linked from the list, so a master no deployment uses yet can be seen (the list was empty)', async () => {
    const tab = await served.browser.newPage();
    try {
      await tab.goto(served.url, { waitUntil: 'load' });
      await tab.click('a[href="/blank/mini"]');
      await waitOn(tab, 'CL-PWD1');
      expect(await tab.$eval('body', (body) => body.innerText)).not.toContain('Left Alone GmbH'); // no customer's answers
      const master = join(served.dir, 'content/checklists/mini.md');
      const text = await readFile(master, 'utf8');
      await writeFile(master, text.replace('Default passwords changed', 'Default passwords renewed'));
      await waitOn(tab, 'Default passwords renewed');
      expect(served.output).toMatch(/^blank\/mini: no problems, rendered in \d+ ms$/m);
      await writeFile(master, text);
      await waitOn(tab, 'Default passwords changed');
      const missing = await fetch(`${served.url}blank/no-such-master`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('content/checklists holds no master no-such-master (renamed or deleted?)');
    } finally {
      await tab.close();
    }
  });

  it('answers a path with a broken escape as not found (it was an error 500)', async () => {
    const response = await fetch(`${served.url}%E0%A4%A`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});

describe('checklist serve with a theme named', () => {
  it("shows a saved logo that is in a folder of its own beside the theme (it watched the theme's folder alone, so the saved logo never showed)", async () => {
    const served = await startServe(['content/deployments/acme.json', '--theme', 'branding/theme.json'], '', async (dir) => {
      await mkdir(join(dir, 'branding/images'), { recursive: true });
      await writeFile(join(dir, 'branding/theme.json'), '{ "logo": "images/logo.png" }');
      await writeFile(join(dir, 'branding/images/logo.png'), png(90, 30));
    });
    try {
      expect(await served.page.$eval('img.logo', (image) => (image as HTMLImageElement).naturalWidth)).toBe(90);
      await writeFile(join(served.dir, 'branding/images/logo.png'), png(60, 30));
      await served.page.waitForFunction(() => (document.querySelector('img.logo') as HTMLImageElement | null)?.naturalWidth === 60, { timeout: 30_000, polling: 100 });
    } finally {
      await served.browser.close();
      served.server.kill('SIGTERM');
    }
  });
});
