/**
 * The fillable form in real Chromium: its one script runs under the page's CSP, it makes no
 * request, progress survives a reload, and the answers saved by its button, imported, are
 * exactly what was clicked and typed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { OFFLINE_CHROMIUM_ARGS } from '../../src/browser/offline-args.js';
import { runCli } from '../helpers/run-cli.js';
import { pdfWords } from '../pdf/poppler.js';
import { answersOf, sampleCopy } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...OFFLINE_CHROMIUM_ARGS] });
});
afterAll(async () => browser?.close());

async function input(page: Page, name: string, value?: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.evaluateHandle(
    (n, v) => [...document.querySelectorAll<HTMLInputElement>('input[name], textarea[name]')].find((i) => i.name === n && (v === null || i.value === v)) ?? null,
    name,
    value ?? null,
  );
  const element = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!element) throw new Error(`no input ${name} ${value ?? ''}`);
  return element;
}

/** Clicks the visible box of a radio button (the input itself is drawn by its label). */
async function tick(page: Page, name: string, value: string): Promise<void> {
  const radio = await input(page, name, value);
  const label = (await radio.evaluateHandle((element) => element.parentElement!)).asElement() as ElementHandle<Element>;
  await label.click();
}

/** stadtwerke-nord's form, built in a copy of the samples: where things are, and the form's address. */
async function builtForm(): Promise<{ dir: string; content: string; deployment: string; form: string }> {
  const { dir, content, out } = await sampleCopy();
  const deployment = join(content, 'deployments', 'stadtwerke-nord.json');
  const built = await runCli(['build', deployment, '--format', 'form', '--content', content, '--out', out]);
  expect(built.code, built.stderr).toBe(0);
  return { dir, content, deployment, form: `file://${join(out, 'stadtwerke-nord', 'example-uc-server-2.1-form.html')}` };
}

/** Downloads of the page go to `folder`, as a browser's would. */
async function downloadInto(page: Page, folder: string): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
}

/** Clicks "Save answers as a file" and waits for the download: the names of the JSON files saved. */
async function saveAnswers(page: Page, downloads: string): Promise<string[]> {
  await page.click('.form-save');
  let saved: string[] = [];
  for (let i = 0; i < 100 && saved.length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    saved = (await readdir(downloads).catch(() => [])).filter((name) => name.endsWith('.json'));
  }
  return saved;
}

describe('--format form in Chromium', () => {
  it('fills, keeps progress, saves JSON that imports as exactly those answers, with no request', async () => {
    const { dir, content, deployment, form } = await builtForm();
    const before = await answersOf(deployment, content);

    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    const downloads = join(dir, 'downloads');
    await downloadInto(page, downloads);
    await page.goto(form);

    const names = await page.$$eval('input[type=radio]', (radios) => radios.map((r) => ({ name: r.name, value: r.value, checked: r.checked })));
    const groups = [...new Set(names.map((radio) => radio.name))];
    const open = groups.filter((name) => !names.some((radio) => radio.name === name && radio.checked));
    const answered = groups.find((name) => names.some((radio) => radio.name === name && radio.checked))!;
    const [first, second] = open as [string, string];
    const lastOption = (name: string) => names.filter((radio) => radio.name === name).at(-1)!.value;
    expect(open.length).toBeGreaterThan(1);

    const expected = new Map(before);
    await tick(page, first, lastOption(first));
    expected.set(first, lastOption(first));
    await tick(page, second, names.find((radio) => radio.name === second)!.value);
    await tick(page, second, lastOption(second)); // changed mind: the later box wins
    expected.set(second, lastOption(second));
    const ticked = names.find((radio) => radio.name === answered && radio.checked)!.value;
    await tick(page, answered, ticked); // a click on the ticked box unticks it
    expected.set(answered, '');

    const typed: [string, string][] = [
      [(await page.$eval('textarea[name]', (t) => (t as HTMLTextAreaElement).name)), 'Checked on site <b>&amp;</b>\nSecond line'],
      ['signature/customer/place', 'Flensburg'],
    ];
    const setting = await page.$$eval('input[name^="setting/"]', (inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    if (setting[0]) typed.push([setting[0], '14 characters']);
    const field = await page.$$eval('input[name*="/field/"]', (inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    if (field[0]) typed.push([field[0], 'V5.0.3 "patch 2"']);
    for (const [name, text] of typed) {
      const box = await input(page, name);
      await box.click({ clickCount: 3 });
      await page.keyboard.press('Backspace');
      for (const [index, line] of text.split('\n').entries()) {
        if (index > 0) await page.keyboard.press('Enter');
        await page.keyboard.sendCharacter(line); // one input event per line, as a paste or an IME gives
      }
      expected.set(name, text);
    }

    // Progress is kept in the browser: a reload shows the same answers.
    await page.reload();
    expect(await (await input(page, 'signature/customer/place')).evaluate((i) => i.value)).toBe('Flensburg');
    expect(await (await input(page, first, lastOption(first))).evaluate((i) => i.checked)).toBe(true);
    expect(await page.$eval('.form-progress', (p) => p.textContent)).toMatch(/^\d+ of \d+ answers ticked$/);

    const saved = await saveAnswers(page, downloads);
    expect(saved).toEqual(['stadtwerke-nord-example-uc-server-2.1-answers.json']);
    await page.close();
    expect(problems).toEqual([]);
    expect(requests.every((url) => url === form)).toBe(true);

    const file = join(downloads, saved[0]!);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'checklist-answers', checklist: 'example-uc-server', deployment: 'stadtwerke-nord' });
    const imported = await runCli(['import', file, '--content', content]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(first.split('/')[1]);
    expect(await answersOf(deployment, content)).toEqual(expected);
  }, 300_000);
});

describe('--format form with write-ins given on several lines', () => {
  it('shows their lines and saves them unchanged: importing the untouched form changes nothing', async () => {
    const { dir, content, out } = await sampleCopy();
    const deployment = join(content, 'deployments', 'mueller-klinikum.json');
    const json = JSON.parse(await readFile(deployment, 'utf8'));
    json.answers['CL-SF:SWstatus'].fields['Main server'].Version = '5.0.3\nHotfix 2 (2026-02-20)';
    json.settings['Forbidden-words list'] = 'On (hospital list)\nreviewed monthly';
    json.signatures[0].role = 'IT security officer\nDeputy data protection officer';
    await writeFile(deployment, JSON.stringify(json, null, 2));
    const built = await runCli(['build', deployment, '--format', 'form', '--content', content, '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const before = await answersOf(deployment, content);

    const page = await browser.newPage();
    const downloads = join(dir, 'downloads');
    await downloadInto(page, downloads);
    await page.goto(`file://${join(out, 'mueller-klinikum', 'example-uc-server-2.1-form.html')}`);
    const multiLine = ['item/CL-SF:SWstatus/field/Main server/Version', 'setting/Forbidden-words list', 'signature/customer/role'];
    for (const name of multiLine) expect(await (await input(page, name)).evaluate((i) => i.value), name).toBe(before.get(name));
    expect(before.get('setting/Forbidden-words list')).toBe('On (hospital list)\nreviewed monthly');

    const saved = await saveAnswers(page, downloads);
    await page.close();
    const imported = await runCli(['import', join(downloads, saved[0]!), '--content', content]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await answersOf(deployment, content)).toEqual(before);
  }, 300_000);
});

describe('--format form with a long or multi-line value typed into a field built one-line', () => {
  it('wraps it on a phone and on paper, and saves its lines: nothing is cut off or joined', async () => {
    const { dir, content, deployment, form } = await builtForm();
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    const downloads = join(dir, 'downloads');
    await downloadInto(page, downloads);
    await page.goto(form);
    const typed: [string, string][] = [
      ['overview/customer/address', 'Stadtwerke Nord GmbH, Abteilung Informationstechnik, Am Hafen 3, Gebäude C, 24103 Kiel'],
      ['overview/generalRemark', 'Main server installed on 2026-03-02.\nStandby server follows in April.'],
      ['setting/Forbidden-words list', 'On (list of the municipal utilities)'],
    ];
    for (const [name, text] of typed) {
      await (await input(page, name)).click();
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      for (const [index, line] of text.split('\n').entries()) {
        if (index > 0) await page.keyboard.press('Enter');
        await page.keyboard.sendCharacter(line);
      }
    }
    const hidden = (media: 'screen' | 'print') =>
      page.evaluate(async (names) => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return names.filter((name) => {
          const field = document.getElementsByName(name)[0]!;
          // Printed, a text box is its copy (form.js): a block that can break across pages.
          const box = getComputedStyle(field).display === 'none' ? field.nextElementSibling! : field;
          return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
        });
      }, typed.map(([name]) => name)).then((names) => names.map((name) => `${media}: ${name}`));
    expect(await hidden('screen')).toEqual([]);
    await page.emulateMediaType('print');
    expect(await hidden('print')).toEqual([]);
    await page.emulateMediaType('screen');

    const saved = await saveAnswers(page, downloads);
    await page.close();
    const imported = await runCli(['import', join(downloads, saved[0]!), '--content', content]);
    expect(imported.code, imported.stderr).toBe(0);
    const after = await answersOf(deployment, content);
    for (const [name, text] of typed) expect(after.get(name), name).toBe(text);
  }, 300_000);
});

describe('--format form printed with a comment longer than a page', () => {
  it('prints every word typed, none under the item\'s header repeated on the next page', async () => {
    const { form } = await builtForm();
    const page = await browser.newPage();
    await page.goto(form);
    // 3000 characters: more lines than a page holds, each word once, so each can be found.
    const typed = Array.from({ length: 500 }, (_, i) => `w${String(i).padStart(3, '0')}x`);
    await (await input(page, 'item/CL-CIPHER1/comment')).click();
    await page.keyboard.sendCharacter(typed.join(' '));
    const words = await pdfWords(await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();

    const printed = words.filter((word) => /^w\d{3}x$/.test(word.text));
    expect(printed.map((word) => word.text)).toEqual(typed);
    expect(new Set(printed.map((word) => word.page)).size).toBeGreaterThan(1);
    const overlaps = (a: (typeof words)[0], b: (typeof words)[0]) => a.page === b.page && a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;
    const covered = printed.filter((word) =>
      words.some((other) => {
        if (other === word) return false;
        if (overlaps(word, other)) return true;
        // The header row (its ID, then the scope on a line below) spans the table's width.
        const lineHeight = other.yMax - other.yMin;
        return other.text === 'CL-CIPHER1' && other.page === word.page && word.yMin < other.yMax + lineHeight;
      }),
    );
    expect(covered.map((word) => word.text)).toEqual([]);
  }, 300_000);
});

describe('--format form filled with the keyboard', () => {
  it('unticks the ticked option on Space after an arrow key chose it, as a click does', async () => {
    const { form } = await builtForm();
    const page = await browser.newPage();
    await page.goto(form);
    const name = 'item/CL-CIPHER1/responsible/installation';
    const options = await page.$$eval(`input[name="${name}"]`, (radios) => radios.map((r) => (r as HTMLInputElement).value));
    expect(options.length).toBeGreaterThan(1);
    const [first, second] = options as [string, string];
    const chosen = () => page.$$eval(`input[name="${name}"]`, (radios) => radios.filter((r) => (r as HTMLInputElement).checked).map((r) => (r as HTMLInputElement).value));
    const ticks = async () => Number((await page.$eval('.form-progress', (p) => p.textContent))!.split(' ')[0]);
    expect(await chosen()).toEqual([]);
    const before = await ticks();

    await (await input(page, name, first)).focus();
    await page.keyboard.press('Space');
    expect(await chosen()).toEqual([first]);
    await page.keyboard.press('ArrowRight');
    expect(await chosen()).toEqual([second]);
    expect(await ticks()).toBe(before + 1);
    await page.keyboard.press('Space'); // the ticked option: unticked, as by a click
    expect(await chosen()).toEqual([]);
    expect(await ticks()).toBe(before);
    await page.keyboard.press('Space');
    expect(await chosen()).toEqual([second]);

    // Mouse and keyboard mixed: a click on the option an arrow key chose unticks it too.
    await tick(page, name, first);
    expect(await chosen()).toEqual([first]);
    await page.keyboard.press('ArrowRight');
    await tick(page, name, second);
    expect(await chosen()).toEqual([]);
    await tick(page, name, first);
    await tick(page, name, first);
    expect(await chosen()).toEqual([]);
    await tick(page, name, first);
    await (await input(page, name, first)).focus();
    await page.keyboard.press('Space'); // on the option a click ticked
    expect(await chosen()).toEqual([]);

    // What the browser keeps is what the page shows.
    await (await input(page, name, first)).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.reload();
    expect(await chosen()).toEqual([second]);
    expect(await ticks()).toBe(before + 1);
    await (await input(page, name, second)).focus();
    await page.keyboard.press('Space');
    await page.reload();
    expect(await chosen()).toEqual([]);
    expect(await ticks()).toBe(before);
    await page.close();
  }, 300_000);
});

describe('--format form saved before the deployment agreed who is responsible', () => {
  it('is a conflict, not an item party written over the agreement', async () => {
    const { dir, content, deployment, form } = await builtForm();
    const page = await browser.newPage();
    const downloads = join(dir, 'downloads');
    await downloadInto(page, downloads);
    await page.goto(form);
    await tick(page, 'item/CL-VPN1/responsible/operation', 'Customer');
    const saved = await saveAnswers(page, downloads);
    await page.close();

    // Meanwhile the pre-sales agree the supplier operates every item.
    const json = JSON.parse(await readFile(deployment, 'utf8'));
    json.responsible = { operation: 'supplier' };
    await writeFile(deployment, JSON.stringify(json, null, 2));
    const agreed = await readFile(deployment, 'utf8');
    const imported = await runCli(['import', join(downloads, saved[0]!), '--content', content]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/CL-VPN1 responsible operation: changed in the deployment \(\/responsible\/operation\) since the file was built \(\(empty\) → "Supplier"\) and in the file \(→ "Customer"\).*\[import-conflict\]/);
    expect(await readFile(deployment, 'utf8')).toBe(agreed);
  }, 300_000);
});
