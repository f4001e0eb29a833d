/**
 * What a screen reader, a PDF viewer's bookmarks and a browser's print make of a built
 * checklist, read back from the files `checklist build` writes: the PDF's bookmarks (poppler's
 * outline) and structure tree (`pdfinfo -struct-text`), the HTML's DOM, and the HTML printed by
 * Chromium itself, without the tool. Each test failed before its fix:
 * - a heading that wraps on the page lost the space at the line end in its bookmark
 *   ("…services inGeneral");
 * - bold and italic text (tagged Strong and Em, PDF 2.0 types, with no role map) was left out
 *   of the structure tree by poppler ("StructElem object is wrong type (Strong)");
 * - a plain table's header cells had no `scope`, an empty one was an empty header;
 * - printed from the browser, each contents line ended in a dotted leader to no page number;
 * - a list item (a contents line too) held its marker and its content side by side, where
 *   PDF 1.7 and PDF/UA want the content in an LBody beside the Lbl;
 * - where a line of a paragraph or a table cell wrapped, the structure tree ran the two words
 *   together ("leftout"): Chromium printed no space at the line's end.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { runCli } from '../helpers/run-cli.js';
import { listItemKids, pdfOutline, pdfStructure, pdfStructureText, pdfText, popplerComplaints } from '../pdf/poppler.js';
import { contentFolder } from '../helpers/content-folder.js';
import { contentDir } from '../helpers/samples.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const LONG = 'Hardening of the administration interfaces and of every service that the appliance offers in general';

/** Long enough to wrap in a paragraph and in an item's cell; written over two lines in the master. */
const WRAPPING = 'Every account that the installer creates for the maintenance of the appliance is personal, has a password of at least twelve characters and is removed as soon as the person leaves the project or the installation is handed over.';

const master = `---
title: Reader Checklist
product: Reader Server 1.0
version: "1.0"
date: 2025-03-14
documentId: RD-001
---

# ${LONG}

Passwords are **changed at installation** and *never written down*.

${WRAPPING.replace(' is personal, ', ' is personal,\n')}

- Accounts are personal
- Sessions end after 15 minutes

1. Change the password
2. Write it nowhere

| | Account | Purpose |
| --- | --- | --- |
| 1 | admin | Administration |

| CL-RD1 Reader Server | Default passwords changed |
| --- | --- |
| Measures | Change every default password |
| Needed access rights | ${WRAPPING} |
| Executed | Yes / No |

# Second chapter

Text.
`;

let dir = '';
let pdf: Uint8Array;
let html = '';

beforeAll(async () => {
  dir = await contentFolder('checklist-reader-', { reader: master }, { acme: { checklist: 'reader', customer: { company: 'Acme GmbH' } } });
  const build = await runCli(['build', '--content', 'content', '--out', 'out', '--format', 'html,pdf'], { cwd: dir });
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
  pdf = await readFile(join(dir, 'out/acme/reader-1.0.pdf'));
  html = await readFile(join(dir, 'out/acme/reader-1.0.html'), 'utf8');
}, 120_000);

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the PDF, as a viewer and a screen reader read it', () => {
  it('has one bookmark per heading, titled with the heading’s text also where the heading wraps', async () => {
    // The long heading takes two lines on its page.
    const page = (await pdfText(pdf)).split('\f').find((text) => text.includes('Hardening of the'))!;
    expect(page.split('\n').find((line) => line.includes('Hardening of the'))).not.toContain('in general');
    const headings = selectAll('h1, h2, h3, h4, h5, h6', fromHtml(html)).map((heading) => collapsed(hastText(heading)));
    expect(headings).toContain(`1 ${LONG}`);
    expect((await pdfOutline(pdf)).map(({ title }) => title)).toEqual(headings);
  });

  it('keeps the space where a line of a paragraph or a cell wraps, and a master\'s line break inside a paragraph is one space', async () => {
    const structure = await pdfStructureText(pdf);
    // It wraps on the page (two lines at least, in the paragraph and in the cell).
    expect((await pdfText(pdf)).split('\n').filter((line) => line.includes('Every account that the installer'))).toHaveLength(2);
    expect(structure.split(`"${WRAPPING}"`)).toHaveLength(3);
  });

  it('keeps bold and italic text in the structure tree, as types a PDF 1.7 reader knows', async () => {
    const structure = await pdfStructureText(pdf);
    expect(structure).toContain('"changed at installation"');
    expect(structure).toContain('"never written down"');
    expect(await popplerComplaints(pdf)).not.toMatch(/wrong type/);
  });
});

describe('the PDF’s lists', () => {
  it('hold each item’s marker and content apart: LI → Lbl + LBody, as PDF/UA asks', async () => {
    const items = listItemKids(await pdfStructure(pdf));
    // The two lists of the master (4 items, with markers) and the contents lines (without).
    expect(items.filter((kids) => kids.includes('Lbl'))).toHaveLength(4);
    expect(items.length).toBeGreaterThan(4);
    expect(items.filter((kids) => kids.join(' ') !== 'Lbl LBody' && kids.join(' ') !== 'LBody')).toEqual([]);
    expect(await pdfStructureText(pdf)).toMatch(/LI \(block\)\n\s+Lbl \(block\)\n\s+"1\. "\n\s+LBody \(block\)\n[\s\S]*?"Change the password"/);
  });
});

describe('the HTML', () => {
  it('gives every header cell a scope, and a column without a heading an empty data cell', () => {
    const tree = fromHtml(html);
    const headers = selectAll('th', tree);
    expect(headers.length).toBeGreaterThan(5);
    expect(headers.filter((cell) => cell.properties.scope === undefined).map((cell) => hastText(cell))).toEqual([]);
    expect(headers.filter((cell) => hastText(cell).trim() === '')).toEqual([]);
    const plain = selectAll('table.plain thead tr > *', tree) as Element[];
    expect(plain.map((cell) => [cell.tagName, cell.properties.scope ?? null, hastText(cell)])).toEqual([
      ['td', null, ''],
      ['th', 'col', 'Account'],
      ['th', 'col', 'Purpose'],
    ]);
  });

  it('printed by the browser itself shows its contents without leaders to no page number; the PDF’s lead to one', async () => {
    const printed = await browser.withPage(async (page) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', printBackground: true });
    });
    const contents = (await pdfText(printed)).split('\f').find((text) => /^\s*Contents$/m.test(text))!;
    const entry = contents.split('\n').find((line) => line.includes('Second chapter'))!;
    expect(entry).not.toMatch(/\. \./);
    const toolContents = (await pdfText(pdf)).split('\f').find((text) => /^\s*Contents$/m.test(text))!;
    expect(toolContents.split('\n').find((line) => line.includes('Second chapter'))).toMatch(/\. \.[ .]*\d+\s*$/);
  });
});

// A space whose line ends right after its word lies wholly past the line: printed as written
// (pre-wrap), Chromium dropped it, and four wraps of the sample read "everyupgrade".
describe('the sample’s PDF as a screen reader reads it', () => {
  it('runs no two words of the document together where a line wraps', async () => {
    const out = await mkdtemp(join(tmpdir(), 'checklist-reader-sample-'));
    const built = await runCli(['build', join(contentDir, 'deployments/mueller-klinikum.json'), '--content', contentDir, '--out', out, '--format', 'html,pdf']);
    expect(built.stderr).toBe('');
    const folder = join(out, 'mueller-klinikum');
    // Each text of the HTML on its own (a cell's text runs into the next one's in the text of the whole).
    const texts: string[] = [];
    visit(fromHtml(await readFile(join(folder, 'example-uc-server-2.1.html'), 'utf8')), 'text', (node) => void texts.push(node.value));
    const words = new Set(texts.join(' ').match(/\p{L}+/gu));
    const structure = await pdfStructureText(await readFile(join(folder, 'example-uc-server-2.1.pdf')));
    // The text of the tree: its quoted lines (the others name elements and attributes).
    const read = [...structure.matchAll(/^\s*"(.*)"\s*$/gm)].flatMap((line) => line[1]!.match(/\p{L}+/gu) ?? []);
    expect(read.length).toBeGreaterThan(3000);
    expect(read.filter((word) => !words.has(word))).toEqual([]);
  }, 120_000);
});
