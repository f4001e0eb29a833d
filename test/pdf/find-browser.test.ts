// findBrowser's search order and its advice when nothing is found, without touching the
// real environment: env, system paths and puppeteer's cache are injected.
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
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

  it('throws a CliError that says how to get a browser', async () => {
    const error = await findBrowser({ env: {}, systemPaths: [nowhere], bundledPath: async () => undefined }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toMatch(/apt-get install chromium/);
    expect((error as CliError).message).toMatch(/npx @puppeteer\/browsers install chrome@stable/);
    expect((error as CliError).message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('reports a PUPPETEER_EXECUTABLE_PATH that points nowhere instead of ignoring it', async () => {
    await expect(
      findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: nowhere }, systemPaths: [executable] }),
    ).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH is set to \/nonexistent\/chromium/);
  });
});
