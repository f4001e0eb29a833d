/**
 * rewriteInPlace, the write of a deployment that import and upgrade edit: a path that is no
 * longer a regular file when it is written (a FIFO put in its place after the read, which the
 * read itself refuses: src/limits/input-file.ts) is refused in one line and left as it was.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteInPlace } from '../../src/output/rewrite-in-place.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rewriteInPlace', () => {
  it('refuses to put a file where a named pipe is, and leaves the pipe', async () => {
    dir = mkdtempSync(join(tmpdir(), 'checklist-rewrite-'));
    const pipe = join(dir, 'acme.json');
    execFileSync('mkfifo', [pipe]);
    await expect(rewriteInPlace(pipe, '{}\n')).rejects.toThrow(/^Could not write .*acme\.json: it is not a regular file; the file is left as it was$/);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });
});
