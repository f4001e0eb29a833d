// findBrowser's search order and its advice when nothing is found, without touching the
// real environment: env, system paths and puppeteer's cache are injected.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, isHeadlessShell, SYSTEM_BROWSER_PATHS, systemBrowserPaths } from '../../src/browser/find-browser.js';
import { CliError } from '../../src/cli/errors.js';

const executable = process.execPath; // any file that exists and is executable
const nowhere = '/nonexistent/chromium';

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH, then system paths, then puppeteer’s Chrome', async () => {
    const bundledPath = async () => executable;
    expect(await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: executable }, systemPaths: [nowhere] })).toBe(executable);
    expect(await findBrowser({ env: {}, systemPaths: [nowhere, executable], bundledPath: async () => nowhere })).toBe(executable);
    expect(await findBrowser({ env: {}, systemPaths: [nowhere], bundledPath })).toBe(executable);
  });

  it('looks on PATH where no system path has one, a headless shell before a browser', async () => {
    const root = mkdtempSync(join(tmpdir(), 'find-browser-'));
    const fake = (folder: string, name: string) => {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, name), '#!/bin/sh\n');
      chmodSync(join(root, folder, name), 0o755);
      return join(root, folder, name);
    };
    const browser = fake('brew/bin', 'chromium');
    writeFileSync(join(root, 'not-executable'), '');
    const PATH = [join(root, 'empty'), join(root, 'brew/bin')].join(delimiter);
    expect(await findBrowser({ env: { PATH }, systemPaths: [nowhere], bundledPath: async () => undefined })).toBe(browser);
    const shell = fake('cft', 'chrome-headless-shell');
    expect(await findBrowser({ env: { PATH: `${PATH}${delimiter}${join(root, 'cft')}` }, systemPaths: [nowhere] })).toBe(shell);
    // A file by that name that cannot be run is passed over.
    fake('late', 'google-chrome');
    chmodSync(join(root, 'late/google-chrome'), 0o644);
    await expect(findBrowser({ env: { PATH: join(root, 'late') }, systemPaths: [nowhere], bundledPath: async () => undefined })).rejects.toThrow(CliError);
  });

  it('looks in Windows\'s program folders on Windows (Chrome, Chromium, then Edge, which every Windows has), per user first', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\Ana\\AppData\\Local', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    const paths = systemBrowserPaths('win32', env);
    expect(paths[0]).toBe('C:\\Users\\Ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths.at(-1)).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(paths.indexOf('C:\\Program Files\\Chromium\\Application\\chrome.exe')).toBeLessThan(paths.indexOf('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'));
    expect(paths.every((path) => path.startsWith('C:\\'))).toBe(true);
    // A folder Windows does not name is not guessed.
    expect(systemBrowserPaths('win32', { ProgramFiles: 'D:\\Apps' })).toHaveLength(3);
    expect(systemBrowserPaths('linux', env)[0]).toBe('/usr/bin/chromium-headless-shell');
  });

  it('throws a CliError that says how to get a browser', async () => {
    const error = await findBrowser({ env: {}, systemPaths: [nowhere], bundledPath: async () => undefined }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toMatch(/apt-get install chromium-headless-shell/);
    expect((error as CliError).message).toMatch(/npx @puppeteer\/browsers install chrome-headless-shell@stable/);
    expect((error as CliError).message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('tries Chromium’s headless shell first, and knows it by name', () => {
    expect(SYSTEM_BROWSER_PATHS[0]).toBe('/usr/bin/chromium-headless-shell');
    expect(SYSTEM_BROWSER_PATHS).toContain('/usr/bin/chromium');
    for (const shell of ['/usr/bin/chromium-headless-shell', '/home/u/.cache/chrome-headless-shell/linux-156/chrome-headless-shell-linux64/chrome-headless-shell', 'C:\\chrome-headless-shell.exe'])
      expect(isHeadlessShell(shell)).toBe(true);
    for (const browser of ['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/opt/headless-shell-tools/chrome']) expect(isHeadlessShell(browser)).toBe(false);
  });

  it('reports a PUPPETEER_EXECUTABLE_PATH that points nowhere instead of ignoring it', async () => {
    await expect(
      findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: nowhere }, systemPaths: [executable] }),
    ).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH is set to \/nonexistent\/chromium/);
  });
});
