/**
 * `checklist serve` as an author uses it for an afternoon, through real Chromium: many tabs,
 * saves in bursts, a save announced while a page loads, an editor's swap files, broken
 * templates, a port taken, a request for another host name, Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { bodyText, outputAfterWrites, startServe, waitForText } from '../helpers/serve.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const customer = 'Müller Klinikum GmbH';

describe('checklist serve all afternoon', () => {
  let served: Awaited<ReturnType<typeof startServe>>;
  const deployment = () => join(served.dir, 'content/deployments/acme.json');
  const saveCustomer = async (name: string) => writeFile(deployment(), (await readFile(deployment(), 'utf8')).replace(/"company": "[^"]*"/, `"company": "${name}"`));

  beforeAll(async () => {
    served = await startServe(['content/deployments/acme.json']);
    await waitForText(served.page, customer);
  });

  afterAll(async () => {
    await served?.browser.close();
    served?.server.kill('SIGTERM');
  });

  it('loads and reloads ten tabs at once (an event stream a tab held six of the browser\'s six connections)', async () => {
    const tabs = [];
    for (let count = 0; count < 10; count++) {
      const tab = await served.browser.newPage();
      await tab.goto(served.url, { waitUntil: 'load', timeout: 20_000 });
      tabs.push(tab);
    }
    await saveCustomer('Ten Tabs GmbH');
    await Promise.all(tabs.map((tab) => waitForText(tab, 'Ten Tabs GmbH', 30_000)));
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  // How many saves a render takes in depends on the machine's speed (timing never decides a
  // test): what holds on any machine is no more renders than saves, and the last one shown.
  it('renders a burst of saves one at a time and shows the last; never more renders than saves', async () => {
    const start = served.output.length;
    for (let count = 1; count <= 15; count++) {
      await saveCustomer(`Burst ${count} GmbH`);
      await sleep(60); // past the 40 ms in which writes count as one save
    }
    await waitForText(served.page, 'Burst 15 GmbH');
    await sleep(1500);
    const log = served.output.slice(start);
    const saves = log.match(/^changed: /gm)?.length ?? 0;
    const renders = log.match(/^acme: no problems, rendered in/gm)?.length ?? 0;
    expect(saves).toBeGreaterThan(5);
    expect(renders).toBeGreaterThan(0);
    expect(renders).toBeLessThanOrEqual(saves);
    expect(await bodyText(served.page)).toContain('Burst 15 GmbH');
  });

  it('keeps the place in the checklist across a save, and across a typo saved and then fixed (the page of messages took it to the top)', async () => {
    await served.page.setViewport({ width: 800, height: 300 });
    await saveCustomer('Place GmbH');
    await waitForText(served.page, 'Place GmbH');
    await served.page.evaluate(() => window.scrollTo(0, 500));
    await sleep(200);
    const good = await readFile(deployment(), 'utf8');
    await writeFile(deployment(), good.replace('"Place GmbH"', '"Place GmbH",,'));
    await waitForText(served.page, 'Not rendered: fix the errors below. The page is the last one rendered.');
    await served.page.waitForFunction(() => document.readyState === 'complete');
    expect(await served.page.evaluate(() => scrollY)).toBe(500);
    await writeFile(deployment(), good.replace('Place GmbH', 'Fixed GmbH'));
    await waitForText(served.page, 'Fixed GmbH');
    await served.page.waitForFunction(() => document.readyState === 'complete');
    expect(await served.page.evaluate(() => scrollY)).toBe(500);
    await saveCustomer('Saved Again GmbH');
    await waitForText(served.page, 'Saved Again GmbH');
    await served.page.waitForFunction(() => document.readyState === 'complete');
    expect(await served.page.evaluate(() => scrollY)).toBe(500);
  });

  it('keeps the last page rendered on screen while a save has errors (a page of messages alone replaced it), with the messages in sight of an author scrolled down; closed, they stay closed until they change', async () => {
    await served.page.setViewport({ width: 800, height: 400 });
    await saveCustomer('Last Good GmbH');
    await waitForText(served.page, 'Last Good GmbH');
    await served.page.evaluate(() => window.scrollTo(0, 600));
    await sleep(200);
    const good = await readFile(deployment(), 'utf8');
    const start = served.output.length;
    const broken = good.replace('"status": "Yes"', '"status": "Maybe"');
    await writeFile(deployment(), broken);
    await waitForText(served.page, '"Maybe" is not an option of CL-PWD1');
    await served.page.waitForFunction(() => document.readyState === 'complete');
    const shown = await served.page.evaluate(() => {
      const box = document.getElementById('checklist-serve-messages')!.getBoundingClientRect();
      return { text: document.body.innerText, y: scrollY, inSight: box.top >= 0 && box.bottom <= innerHeight && box.height > 0 };
    });
    expect(shown.text).toContain('Last Good GmbH'); // the checklist, as last rendered
    expect(await served.page.title()).toMatch(/^Errors: /); // and its tab says it is not the sources' page
    expect(shown.text).toContain('CL-PWD1');
    expect(shown.y).toBe(600);
    expect(shown.inSight).toBe(true);
    expect(served.output.slice(start)).toMatch(/acme: not rendered, the page lists the errors over the last page rendered \(\d+ ms\)/);
    await served.page.click('#checklist-serve-messages summary');
    await writeFile(deployment(), broken.replace('Last Good GmbH', 'Still Broken GmbH')); // same messages
    await expect.poll(() => served.output.slice(start).match(/not rendered/g)?.length ?? 0, { timeout: 30_000 }).toBe(2);
    await served.page.waitForFunction(() => document.readyState === 'complete' && document.getElementById('checklist-serve-messages'));
    await sleep(300);
    expect(await served.page.$eval('#checklist-serve-messages', (box) => (box as HTMLDetailsElement).open)).toBe(false);
    await writeFile(deployment(), broken.replace('"Main server": "No"', '"Main server": "Nope"')); // one more message
    await waitForText(served.page, '"Nope" is not an option');
    expect(await served.page.$eval('#checklist-serve-messages', (box) => (box as HTMLDetailsElement).open)).toBe(true);
    await writeFile(deployment(), good);
    await served.page.waitForFunction(() => !document.getElementById('checklist-serve-messages'), { timeout: 30_000, polling: 100 });
    expect(await bodyText(served.page)).toContain('Last Good GmbH');
    expect(await served.page.title()).not.toMatch(/^Errors: /);
  });

  it("rebuilds nothing when an editor writes its swap, lock or auto-save files", async () => {
    await sleep(300);
    expect(await outputAfterWrites(served, ['content/deployments/.acme.json.swp', 'content/checklists/#mini.md#', 'content/checklists/mini.md~'], 800)).toBe('');
  });

  it("names a saved file in the terminal with its control characters shown as escapes (a name holding ESC [2J cleared the author's terminal)", async () => {
    const start = served.output.length;
    await writeFile(join(served.dir, 'content/notes\u001b[2J.txt'), 'notes');
    await expect.poll(() => served.output.slice(start), { timeout: 30_000 }).toContain('changed: content/notes\\u001b[2J.txt\n');
    expect(served.output.slice(start)).not.toContain('\u001b');
  });

  it('answers requests addressed to 127.0.0.1 or localhost only, so a page on another host name (DNS rebinding) reads no checklist', async () => {
    const port = new URL(served.url).port;
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`attacker.example:${port}`)).toBe(403);
  });
});

describe('checklist serve with broken templates', () => {
  it('shows a Handlebars error at file:line:column on the page and in the terminal, says "not rendered", and recovers once fixed', async () => {
    const partial = '<h1>{{title}}</h1>\n';
    const served = await startServe(['content/deployments/acme.json', '--templates', 'own'], '', async (dir) => {
      await mkdir(join(dir, 'own/partials'), { recursive: true });
      await writeFile(join(dir, 'own/partials/title-block.hbs'), partial);
      // A warning of the master's, to be listed after the error.
      const master = join(dir, 'content/checklists/mini.md');
      await writeFile(master, (await readFile(master, 'utf8')).replace('# Hardening\n', '# Hardening\n\nSome <span>raw</span> text.\n'));
    });
    try {
      await waitForText(served.page, 'Mini Server Security Checklist');
      const start = served.output.length;
      await writeFile(join(served.dir, 'own/partials/title-block.hbs'), '<h1>{{#if title}}{{title}}</h1>\n');
      const message = 'own/partials/title-block.hbs:1:32: error Handlebars cannot read this template: the file ends inside a block; close it with {{/…}} [template-syntax]';
      await waitForText(served.page, message);
      // The error first, one message a line (it came after the master's warnings, its lines in one).
      const listed = await served.page.$$eval('#checklist-serve-messages li', (items) => items.map((item) => item.textContent));
      expect(listed.slice(0, 2)).toEqual(['checklist: the templates have errors:', message]);
      expect(listed[2]).toMatch(/^content\/checklists\/mini\.md:\d+:\d+: warning Raw HTML `<span>`/);
      expect(served.output).toContain(message);
      expect(served.output).toMatch(/acme: not rendered, the page lists the errors/);
      expect(served.output.slice(start)).not.toMatch(/acme: rendered in/);
      await writeFile(join(served.dir, 'own/partials/title-block.hbs'), '<h1>{{title}} again</h1>\n');
      await waitForText(served.page, 'Mini Server Security Checklist again');
      // A deployment's error, too, comes before the master's warning (they were in file order).
      const deployment = join(served.dir, 'content/deployments/acme.json');
      await writeFile(deployment, (await readFile(deployment, 'utf8')).replace('"status": "Yes"', '"status": "Maybe"'));
      await waitForText(served.page, '"Maybe" is not an option');
      const messages = await served.page.$$eval('#checklist-serve-messages li', (items) => items.map((item) => item.textContent));
      expect(messages).toHaveLength(3); // the error, the warnings of <span> and </span>
      expect(messages[0]).toContain('"Maybe" is not an option');
    } finally {
      await served.browser.close();
      served.server.kill('SIGTERM');
    }
  });
});

describe('checklist serve of a deployment in the project root', () => {
  it("watches the deployment's folder, not node_modules/ and dist/ under it", async () => {
    const served = await startServe(['acme.json'], '', async (dir) => {
      await writeFile(join(dir, 'acme.json'), await readFile(join(dir, 'content/deployments/acme.json'), 'utf8'));
      await mkdir(join(dir, 'node_modules/some-package'), { recursive: true });
      await mkdir(join(dir, 'dist/acme'), { recursive: true });
    });
    try {
      await waitForText(served.page, customer);
      const start = served.output.length;
      await writeFile(join(served.dir, 'node_modules/some-package/index.js'), 'installed');
      await writeFile(join(served.dir, 'dist/acme/mini-1.0.html'), 'built');
      await sleep(800);
      expect(served.output.slice(start)).toBe('');
      const deployment = join(served.dir, 'acme.json');
      await writeFile(deployment, (await readFile(deployment, 'utf8')).replace(customer, 'Root GmbH'));
      await waitForText(served.page, 'Root GmbH');
    } finally {
      await served.browser.close();
      served.server.kill('SIGTERM');
    }
  });
});

describe('checklist serve started again', () => {
  it('reloads a page left open while it was stopped, with what was saved meanwhile (the page made by the first server is of another generation)', async () => {
    const served = await startServe(['content/deployments/acme.json']);
    try {
      await waitForText(served.page, customer);
      const port = new URL(served.url).port;
      const exited = new Promise((resolve) => served.server.once('exit', resolve));
      served.server.kill('SIGINT');
      await exited;
      const deployment = join(served.dir, 'content/deployments/acme.json');
      await writeFile(deployment, (await readFile(deployment, 'utf8')).replace(customer, 'Saved Meanwhile GmbH'));
      const again = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'serve', 'content/deployments/acme.json', '--content', 'content', '--port', port], { cwd: served.dir });
      try {
        await waitForText(served.page, 'Saved Meanwhile GmbH', 30_000);
      } finally {
        again.kill('SIGTERM');
      }
    } finally {
      await served.browser.close();
      served.server.kill('SIGTERM');
    }
  });
});

describe('checklist serve, its port and its end', () => {
  it('a --port taken is an error that says so (it was an internal error, exit 70)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--content', join(repoRoot, 'test/fixtures/content'), '--port', String(port)]);
      expect(run.stderr).toBe(`checklist: --port ${port} is in use (another checklist serve?): stop that, or choose another port (--port 0: any free one)\n`);
      expect(run.code).toBe(1);
    } finally {
      taken.close();
    }
  });

  it('the default port taken (another serve), it takes a free one and says so', async () => {
    const taken = createServer();
    // 4173 held here, or already by something else: either way serve must start.
    await new Promise<void>((resolve) => taken.once('error', () => resolve()).listen(4173, '127.0.0.1', resolve));
    const serve = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'serve', '--content', join(repoRoot, 'test/fixtures/content')]);
    try {
      let stderr = '';
      serve.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        serve.stdout.on('data', (chunk: Buffer) => {
          const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(chunk.toString());
          if (match) resolve(match[0]);
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      expect(url).not.toBe('http://127.0.0.1:4173/');
      expect(stderr).toBe('checklist serve: port 4173 is in use (another checklist serve?), so a free one is used\n');
      expect((await fetch(url)).status).toBe(200);
    } finally {
      serve.kill('SIGTERM');
      taken.close();
    }
  });

  it('a content folder, a named deployment or a --templates folder that is not there, or a folder or master named as the deployment, is wrong usage, said so (it served an empty list, or a page of "File not found")', async () => {
    const noContent = await runCli(['serve', '--content', 'no-such-folder', '--port', '0'], { cwd: repoRoot });
    expect(noContent.stderr).toBe(`checklist: checklist serve: no-such-folder does not exist (looked for at ${join(repoRoot, 'no-such-folder')}): run it in the folder that holds content/, or name the content folder with --content DIR\n`);
    expect(noContent.code).toBe(2);
    const typo = await runCli(['serve', 'test/fixtures/content/deployments/acmee.json', '--port', '0'], { cwd: repoRoot });
    expect(typo.stderr).toBe('checklist: checklist serve: test/fixtures/content/deployments/acmee.json does not exist: name a deployment file (see content/deployments/), or none for the list of them\n');
    expect(typo.code).toBe(2);
    // It started and showed the error on every page; the folder made then was never seen.
    const templates = await runCli(['serve', '--content', 'test/fixtures/content', '--templates', 'own-templats', '--port', '0'], { cwd: repoRoot });
    expect(templates.stderr).toBe('checklist: checklist serve: --templates own-templats does not exist: name the folder that holds your templates\n');
    expect(templates.code).toBe(2);
    // A folder or a master named: a page of 'EISDIR' or 'Not valid JSON' that no save could fix.
    for (const path of ['test/fixtures/content/deployments', 'test/fixtures/content/checklists/mini.md']) {
      const notDeployment = await runCli(['serve', path, '--content', 'test/fixtures/content', '--port', '0'], { cwd: repoRoot });
      expect(notDeployment.stderr).toBe(`checklist: checklist serve: ${path} is not a deployment: name a deployment's .json file (see content/deployments/), or none for the list of them\n`);
      expect(notDeployment.code).toBe(2);
    }
  });

  it('Ctrl-C with tabs open ends at once, exit 130 as a build stopped (it was 0, as if it had finished); SIGTERM 143', async () => {
    const served = await startServe([], 'acme');
    try {
      await waitForText(served.page, customer);
      const second = await served.browser.newPage();
      await second.goto(served.url, { waitUntil: 'load' });
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) => served.server.once('exit', resolve));
      served.server.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(served.output).not.toMatch(/Error|at .*\.js:\d+/);
    } finally {
      await served.browser.close();
      served.server.kill('SIGTERM');
    }
    const terminated = await startServe([], 'acme');
    try {
      const exited = new Promise<number | null>((resolve) => terminated.server.once('exit', resolve));
      terminated.server.kill('SIGTERM');
      expect(await exited).toBe(143);
    } finally {
      await terminated.browser.close();
      terminated.server.kill('SIGKILL');
    }
  });
});
