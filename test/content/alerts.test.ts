/**
 * GitHub's alerts (`> [!IMPORTANT]` on the first line of a quotation), as a vendor writes the
 * guide's NOTE and IMPORTANT boxes and sees them titled on GitHub: every format printed the
 * marker, `[!IMPORTANT] Change …`, and check said nothing. The marker is now the box's title.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { pdfText } from '../pdf/poppler.js';

const MASTER = `---
title: Alert Checklist
product: Alert Server 1.0
version: "1.0"
date: 2025-03-14
---

# Passwords

> [!IMPORTANT]
> Replace every factory password before the first start.

> [!note]  
> Some settings cost speed.
> More on this later.

> [!TIP] Not alone on its line, so no alert.

> Just a quotation.

| CL-ALERT1 Alert Server | Factory passwords replaced |
| --- | --- |
| Executed | Yes / No |
`;

let base = '';

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'checklist-alerts-'));
  await mkdir(join(folder, 'content/checklists'), { recursive: true });
  await writeFile(join(folder, 'content/checklists/alert.md'), MASTER);
  const built = await runCli(['build', '--blank', 'alert', '--content', join(folder, 'content'), '--out', join(folder, 'out')]);
  expect(built.stderr).toBe('');
  base = join(folder, 'out/blank/alert-1.0');
}, 120_000);

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('a GitHub alert', () => {
  it('HTML: the marker is the quotation\'s bold title, on a line of its own', async () => {
    const html = await readFile(`${base}.html`, 'utf8');
    expect(html).toContain('<blockquote><p><strong>Important</strong></p><p>Replace every factory password before the first start.</p></blockquote>');
    expect(html).toContain('<blockquote><p><strong>Note</strong></p><p>Some settings cost speed. More on this later.</p></blockquote>');
    expect(html).toContain('[!TIP] Not alone on its line, so no alert.');
    expect(html).not.toContain('[!IMPORTANT]');
  });

  it('PDF and DOCX: the title and the text, no marker', async () => {
    const pdf = oneLine(await pdfText(await readFile(`${base}.pdf`)));
    const docx = oneLine(wordText(await (await openDocx(await readFile(`${base}.docx`))).part('word/document.xml')));
    for (const text of [pdf, docx]) {
      expect(text).toMatch(/Important ?Replace every factory password/);
      expect(text).toMatch(/Note ?Some settings cost speed/);
      expect(text).not.toMatch(/\[!(IMPORTANT|note)\]/);
    }
  });
});
