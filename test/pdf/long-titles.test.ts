// A word longer than a line in a heading or an item's title (a path, a host name, a product's
// long compound) is printed whole wherever the title is: the contents' entry, the responsibility
// matrix and the open items, which keep their columns on the page. The contents cut such a word
// off at the page's edge (and its page number with it); the matrix and the open items ran past
// the page, losing their last columns. An answer option longer than a line ran past the page too.
import { rm, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { pdfRawText, pdfWords } from './poppler.js';
import { contentFolder } from '../helpers/content-folder.js';

const HEADING_WORD = 'Longheadingword'.repeat(10);
const LONG_OPTION = 'Not applicable because the installation has no connection to any external network whatsoever and the operator has confirmed this in writing';
const TITLE_WORD = `fileserver01.${'Projekte'.repeat(18)}`;

const master = `---
title: Long Titles
product: Probe
version: "1.0"
date: 2026-01-15
---

# Chapter ${HEADING_WORD} end

| CL-LT1 Probe | Share ${TITLE_WORD} secured |
| --- | --- |
| Measures | Secure the share |
| Executed | Yes / No |

| CL-LT2 Probe | Long option |
| --- | --- |
| Executed | Yes / ${LONG_OPTION} |

::responsibility-matrix

::open-items
`;

let dir = '';
beforeAll(async () => {
  dir = await contentFolder('checklist-long-titles-', { lt: master }, { acme: { checklist: 'lt', answers: { 'CL-LT1': { status: 'No' } } } });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const squeeze = (text: string) => text.replace(/\s+/g, '');
const count = (text: string, word: string) => text.split(squeeze(word)).length - 1;

describe('a word longer than a line in a title', () => {
  it('prints whole in the contents, the matrix and the open items, on the page', async () => {
    const run = await runCli(['build', '--format', 'pdf', '--content', join(dir, 'content'), '--out', join(dir, 'dist')]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = new Uint8Array(await readFile(join(dir, 'dist/acme/lt-1.0.pdf')));
    const printed = squeeze(await pdfRawText(pdf));
    // The heading and its contents' entry; the item, its matrix row and its open item.
    expect(count(printed, HEADING_WORD)).toBe(2);
    expect(count(printed, TITLE_WORD)).toBe(3);
    for (const column of ['Installation', 'Operation', 'Status', 'Owner', 'Due', 'Comment']) expect(printed).toContain(column);
    // The contents' entry still ends in its page number, on the page.
    expect(printed).toMatch(/end\.*3/);
    for (const word of await pdfWords(pdf)) expect(word.xMax, word.text).toBeLessThanOrEqual(595.3);
    // An option longer than the line wraps inside its cell (it was kept on one line, past the page).
    expect(printed).toContain(squeeze(`☐ ${LONG_OPTION}`));
  }, 120_000);
});
