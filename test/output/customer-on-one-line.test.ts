/**
 * A customer's company written on two lines, as an address block has it ("Acme\nHospital"), with
 * a tab: the subtitle's phrase "Customer-specific security checklist for …" put the line break
 * in the PDF only (a space on screen and in Word, whose text held a raw line feed), and the PDF's
 * and the DOCX's Title and Subject held the line feed and the tab. Now the phrase and the
 * properties are one line in every format; the title block's Customer row prints the name as
 * written. Built by the CLI, read back from the HTML's DOM, the PDF and the DOCX's XML.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocx } from '../docx/helpers.js';
import { fromHtml } from 'hast-util-from-html';
import { one } from '../html/dom.js';
import { pdfInfo, pdfText } from '../pdf/poppler.js';
import { runCli } from '../helpers/run-cli.js';
import { contentDir } from '../helpers/samples.js';

const PHRASE = 'Customer-specific security checklist for Acme Hospital North GmbH';

describe('a customer company of two lines and a tab', () => {
  it('is one line in the subtitle and the document properties of every format', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-one-line-'));
    await cp(contentDir, join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content/deployments/mueller-klinikum.json');
    const deployment = JSON.parse(await readFile(file, 'utf8'));
    deployment.customer.company = 'Acme\nHospital\tNorth  GmbH';
    await writeFile(file, JSON.stringify(deployment, null, 2));
    const run = await runCli(['build', file, '--content', join(dir, 'content'), '--out', join(dir, 'dist')]);
    expect(run.code, run.stderr).toBe(0);
    const out = join(dir, 'dist/mueller-klinikum/example-uc-server-2.1');

    // As written in the DOM: the print styles keep a line break of a paragraph (white-space: break-spaces).
    const subtitle = one('.subtitle', fromHtml(await readFile(`${out}.html`, 'utf8')));
    expect(subtitle.children.map((child) => (child.type === 'text' ? child.value : '')).join('')).toBe(PHRASE);

    const pdf = await readFile(`${out}.pdf`);
    const firstPage = (await pdfText(pdf)).split('\f')[0]!.split('\n').map((line) => line.trim());
    expect(firstPage).toContain(PHRASE);
    const info = await pdfInfo(pdf);
    expect(info.get('Title')).toBe('Example UC Server V5R0 Security Checklist – Acme Hospital North GmbH');
    expect(info.get('Subject')).toBe('Security checklist for Acme Hospital North GmbH, level medium');

    const docx = await openDocx(await readFile(`${out}.docx`));
    const xml = await docx.part('word/document.xml');
    const paragraph = /<w:pStyle w:val="Subtitle"\/><\/w:pPr>(.*?)<\/w:p>/.exec(xml)![1]!;
    expect([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe(PHRASE);
    const core = await docx.part('docProps/core.xml');
    expect(/<dc:title>([^<]*)/.exec(core)![1]).toBe('Example UC Server V5R0 Security Checklist – Acme Hospital North GmbH');
    expect(/<dc:subject>([^<]*)/.exec(core)![1]).toBe('Acme Hospital North GmbH');
    // The Customer row prints the name as written: its line break kept.
    expect(xml).toContain('<w:t xml:space="preserve">Acme</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Hospital\tNorth  GmbH</w:t>');
  }, 180_000);
});
