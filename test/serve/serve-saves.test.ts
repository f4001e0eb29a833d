/**
 * `checklist serve` against the ways editors save, and against templates of one's own, through a
 * real serve process and real Chromium: a save whose steps are a moment apart is one rebuild
 * with no error, and a page whose template writes its Content-Security-Policy another way
 * still reloads.
 */
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputAfterWrites, startServe, waitForText } from '../helpers/serve.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checklist serve, a save whose steps are a moment apart (a busy machine, a slow disk)', () => {
  let served: Awaited<ReturnType<typeof startServe>>;
  const deployment = () => join(served.dir, 'content/deployments/acme.json');

  beforeAll(async () => {
    served = await startServe(['content/deployments/acme.json']);
    await waitForText(served.page, 'Müller Klinikum GmbH');
  });

  afterAll(async () => {
    await served?.browser.close();
    served?.server.kill('SIGKILL');
  });

  // Each save leaves the file missing or empty for 150 ms between its steps, past the 40 ms in
  // which writes count as one save: each made two rebuilds, the first showing "File not found"
  // or "the file is empty" on the page and in the terminal.
  const saves: Record<string, (file: string, text: string) => Promise<void>> = {
    'deleted, then written': async (file, text) => {
      await rm(file);
      await sleep(150);
      await writeFile(file, text);
    },
    "JetBrains' safe write (renamed away, the new one renamed in)": async (file, text) => {
      await writeFile(`${file}___jb_tmp___`, text);
      await rename(file, `${file}___jb_old___`);
      await sleep(150);
      await rename(`${file}___jb_tmp___`, file);
      await rm(`${file}___jb_old___`);
    },
    'truncated, then written': async (file, text) => {
      const handle = await open(file, 'w');
      await sleep(150);
      await handle.write(text);
      await handle.close();
    },
  };

  for (const [style, save] of Object.entries(saves)) {
    it(`${style}: one rebuild, no error, named by the file saved`, async () => {
      const company = `${style.split(' ')[0]} Saved GmbH`;
      const start = served.output.length;
      await save(deployment(), (await readFile(deployment(), 'utf8')).replace(/"company": "[^"]*"/, `"company": "${company}"`));
      await waitForText(served.page, company, 30_000);
      await sleep(800); // a second rebuild, if any, is done by then
      const log = served.output.slice(start);
      expect(log).not.toMatch(/error|not rendered/);
      expect(log.match(/^changed: .*$/gm)).toEqual(['changed: content/deployments/acme.json']);
      expect(log.match(/^acme: no problems, rendered in \d+ ms$/gm)).toHaveLength(1);
      expect(await served.page.$('#checklist-serve-messages')).toBeNull();
    });
  }
});

describe('checklist serve with a head template of its own', () => {
  let served: Awaited<ReturnType<typeof startServe>>;

  beforeAll(async () => {
    served = await startServe(['content/deployments/acme.json', '--templates', 'own'], '', async (dir) => {
      await mkdir(join(dir, 'own/partials'), { recursive: true });
      // The policy's attributes the other way round and single-quoted, and a second policy of
      // its own: the reload script was let in by neither, and the page never reloaded.
      await writeFile(
        join(dir, 'own/partials/head.hbs'),
        `<meta charset="utf-8">\n<meta content='default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:' http-equiv='Content-Security-Policy'>\n` +
          `<meta http-equiv="content-security-policy" content="script-src-elem 'none'; connect-src 'none'">\n<title>{{documentTitle}}</title>\n<style>\n{{{css}}}\n</style>\n`,
      );
    });
  });

  afterAll(async () => {
    await served?.browser.close();
    served?.server.kill('SIGKILL');
  });

  it('lets the reload script in whatever way the policy is written, so the page reloads on a save', async () => {
    const blocked: string[] = [];
    served.page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await served.page.reload({ waitUntil: 'load' });
    await waitForText(served.page, 'Müller Klinikum GmbH');
    const deployment = join(served.dir, 'content/deployments/acme.json');
    await writeFile(deployment, (await readFile(deployment, 'utf8')).replace('Müller Klinikum GmbH', 'Own Head GmbH'));
    await waitForText(served.page, 'Own Head GmbH', 20_000);
    expect(blocked).toEqual([]);
  });
});

describe('checklist serve, the list of deployments with several tabs open', () => {
  let served: Awaited<ReturnType<typeof startServe>>;
  const tabs: Record<string, { page: Page; loads: number }> = {};

  beforeAll(async () => {
    served = await startServe([], 'acme', async (dir) => {
      const acme = await readFile(join(dir, 'content/deployments/acme.json'), 'utf8');
      await writeFile(join(dir, 'content/deployments/beta.json'), acme.replace('Müller Klinikum GmbH', 'Beta Werke AG'));
    });
    for (const [path, text] of [['acme', 'Müller Klinikum GmbH'], ['beta', 'Beta Werke AG'], ['blank/mini', 'CL-PWD1']] as const) {
      const page = path === 'acme' ? served.page : await served.browser.newPage();
      if (path !== 'acme') await page.goto(served.url + path, { waitUntil: 'load' });
      await waitForText(page, text);
      const tab = { page, loads: 0 };
      page.on('load', () => (tab.loads += 1));
      tabs[path] = tab;
    }
  });

  afterAll(async () => {
    await served?.browser.close();
    served?.server.kill('SIGKILL');
  });

  it("renders and reloads on a save of a customer's deployment that customer's page alone (every open tab was rendered and reloaded)", async () => {
    const start = served.output.length;
    const deployment = join(served.dir, 'content/deployments/acme.json');
    await writeFile(deployment, (await readFile(deployment, 'utf8')).replace('Müller Klinikum GmbH', 'Acme Alone GmbH'));
    await waitForText(tabs.acme!.page, 'Acme Alone GmbH', 30_000);
    await sleep(1000);
    const log = served.output.slice(start);
    expect(log.match(/^[\w/]+: no problems, rendered in/gm)).toEqual(['acme: no problems, rendered in']);
    expect([tabs.acme!.loads, tabs.beta!.loads, tabs['blank/mini']!.loads]).toEqual([1, 0, 0]);
    expect(await tabs.beta!.page.evaluate(() => document.body.innerText)).toContain('Beta Werke AG');
  });

  it('renders and reloads every page of a saved master, a tab left alone by the save before included', async () => {
    const start = served.output.length;
    const master = join(served.dir, 'content/checklists/mini.md');
    await writeFile(master, (await readFile(master, 'utf8')).replace('Default passwords changed', 'Default passwords renewed'));
    await Promise.all(Object.values(tabs).map(({ page }) => waitForText(page, 'Default passwords renewed', 30_000)));
    await sleep(1000);
    expect(served.output.slice(start).match(/^[\w/]+: no problems, rendered in/gm)?.sort()).toEqual(['acme: no problems, rendered in', 'beta: no problems, rendered in', 'blank/mini: no problems, rendered in']);
    expect([tabs.acme!.loads, tabs.beta!.loads, tabs['blank/mini']!.loads]).toEqual([2, 1, 1]);
  });
});

describe("checklist serve, files of the content folder that are no source", () => {
  it("rebuilds nothing when git writes in a content folder that is a repository of its own, or a tool in its node_modules/ (the whole tree was watched)", async () => {
    const served = await startServe(['content/deployments/acme.json'], '', async (dir) => {
      await mkdir(join(dir, 'content/.git/objects/ab'), { recursive: true });
      await mkdir(join(dir, 'content/node_modules/tool'), { recursive: true });
    });
    try {
      await waitForText(served.page, 'Müller Klinikum GmbH');
      expect(await outputAfterWrites(served, ['content/.git/index.lock', 'content/.git/objects/ab/cdef', 'content/node_modules/tool/index.js'], 1000)).toBe('');
      // The content folder's own files and its deployments are still seen.
      const deployment = join(served.dir, 'content/deployments/acme.json');
      await writeFile(deployment, (await readFile(deployment, 'utf8')).replace('Müller Klinikum GmbH', 'Still Seen GmbH'));
      await waitForText(served.page, 'Still Seen GmbH', 30_000);
      await writeFile(join(served.dir, 'content/theme.json'), '{ "accent": "#7A1D1D" }');
      await served.page.waitForFunction(() => document.querySelector('h2') && getComputedStyle(document.querySelector('h2')!).color === 'rgb(122, 29, 29)', { timeout: 30_000, polling: 100 });
    } finally {
      await served.browser.close();
      served.server.kill('SIGKILL');
    }
  });
});
