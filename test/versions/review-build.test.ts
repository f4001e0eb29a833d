/**
 * After `upgrade`, the build shows each review mark in every format: on the item, counted in the
 * summary and listed with the open items (the annex too). Read back from the real outputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocx, wordText } from '../docx/helpers.js';
import { text } from '../html/dom.js';
import { runCli } from '../helpers/run-cli.js';
import { pdfText } from '../pdf/poppler.js';
import { createGitMaster, type GitMaster } from './git-master.js';

const marks = {
  'CL-PWD2': 'Version 1.0 → 3.0: Target (10 characters → 12 characters)',
  'CL-SMTP1': 'Version 1.0 → 3.0: Measures (Require authentication on the mail server → Require authentication and TLS on the mail server)',
};
const note = '2 answers were given to an earlier version of their items: marked “Changed since answered”, to be checked.';

let repo: GitMaster;
let out: string;
const read = (name: string) => readFileSync(join(out, 'acme', name));
const flat = (value: string) => value.replace(/\s+/g, ' ');

beforeAll(async () => {
  repo = createGitMaster();
  out = join(repo.root, 'dist');
  const upgraded = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
  expect(upgraded.code).toBe(0);
  // No page numbers are read here: the DOCX is not laid out.
  const built = await runCli(['build', 'content/deployments/acme.json', '--annex', '--out', out, '--docx-page-numbers', 'off'], { cwd: repo.root });
  expect(built.stderr).toContain('[review]');
  expect(built.code).toBe(0);
}, 240_000);
afterAll(() => repo.cleanup());

describe('review marks in every format', () => {
  it('HTML: a "Changed since answered" row heads each marked item; the summary counts them; the annex lists them', () => {
    const tree = fromHtml(read('demo-3.0.html').toString('utf8'));
    for (const [id, what] of Object.entries(marks)) {
      expect(text(select(`table[id="${id}"] tr.review`, tree))).toBe(`Changed since answered ${what}`);
    }
    expect(selectAll('tr.review', tree)).toHaveLength(2);
    // CL-ADM1 is marked too, but its new level is above the customer's: not in the checklist.
    expect(select('table[id="CL-ADM1"]', tree)).toBeUndefined();
    expect(text(select('.changed-note', tree))).toBe(note);
    const annex = fromHtml(read('demo-3.0-annex.html').toString('utf8'));
    const reviews = selectAll('table.open-items .review', annex).map((node) => text(node));
    expect(reviews).toEqual([`Changed since answered: ${marks['CL-PWD2']}`, `Changed since answered: ${marks['CL-SMTP1']}`]);
    expect(text(select('.changed-note', annex))).toBe(note);
  });

  it('PDF: the marks, the count and the open items read back as text', async () => {
    const full = flat(await pdfText(read('demo-3.0.pdf')));
    for (const what of Object.values(marks)) expect(full).toContain(`Changed since answered ${what}`);
    expect(full).toContain(note);
    const annex = flat(await pdfText(read('demo-3.0-annex.pdf')));
    expect(annex).toContain(note);
    // The open items' "Why open" column is narrow: its words wrap beside the other columns'.
    expect(annex).toContain('Changed since');
    expect(annex).toContain(`${marks['CL-PWD2']}`);
    expect(annex).toContain(`${marks['CL-SMTP1']}`);
  });

  it('DOCX: the same words in the document XML, the mark first under the item header', async () => {
    const xml = await (await openDocx(read('demo-3.0.docx'))).part('word/document.xml');
    const words = wordText(xml);
    for (const [id, what] of Object.entries(marks)) {
      const start = words.indexOf(id, words.indexOf('Accounts'));
      expect(words.indexOf(`Changed since answered${what}`, start)).toBeGreaterThan(start);
    }
    expect(words).toContain(note);
    const annex = wordText(await (await openDocx(read('demo-3.0-annex.docx'))).part('word/document.xml'));
    expect(annex).toContain(`Changed since answered: ${marks['CL-SMTP1']}`);
    expect(annex).toContain(note);
  });
});
