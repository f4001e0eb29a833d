/**
 * The build's first page, that every PDF waits for: a renderer killed as that page opened failed
 * every document of the build with the same line (the failure was kept and handed to each), where
 * only the document that waited for it should fail and the next open a page of its own.
 */
import { describe, expect, it } from 'vitest';
import { browserReadyOnce } from '../../src/build/browser-ready.js';
import { CliError, RendererEnded } from '../../src/cli/errors.js';

describe('browserReadyOnce', () => {
  it('opens the page once for every document that waits for it', async () => {
    let opened = 0;
    const ready = browserReadyOnce(async () => void opened++);
    await Promise.all([ready(), ready(), ready()]);
    await ready();
    expect(opened).toBe(1);
  });

  it('fails only the documents waiting when a renderer ended as the page opened; the next asks again', async () => {
    let opened = 0;
    const ready = browserReadyOnce(async () => {
      opened++;
      if (opened === 1) throw new RendererEnded('the browser did not open a page');
    });
    const waiting = [ready(), ready()];
    for (const wait of waiting) await expect(wait).rejects.toBeInstanceOf(RendererEnded);
    await expect(ready()).resolves.toBeUndefined();
    expect(opened).toBe(2);
  });

  it('asks once where the browser itself cannot start: the same failure for every document', async () => {
    let opened = 0;
    const ready = browserReadyOnce(async () => {
      opened++;
      throw new CliError('Chromium was not found', 1);
    });
    await expect(ready()).rejects.toBeInstanceOf(CliError);
    await expect(ready()).rejects.toBeInstanceOf(CliError);
    expect(opened).toBe(1);
  });
});
