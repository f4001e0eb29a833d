/**
 * The running header's customer name is a label, the same in the PDF and the DOCX: spaces, tabs
 * and line breaks one space, a very long name cut at a space with an ellipsis. The DOCX printed
 * the name whole: its tab jumped past the header's right tab stop, its line break was a space,
 * and 300 characters took five lines of every page's header, where the PDF's took two. Built by
 * the CLI, read back from the PDF's words and the DOCX's header part.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocx } from '../docx/helpers.js';
import { pdfWords } from '../pdf/poppler.js';
import { runCli } from '../helpers/run-cli.js';
import { contentDir } from '../helpers/samples.js';

const company = `Universitätsklinikum\tNordrhein\nWestfalen ${Array.from({ length: 10 }, (_, i) => `Betriebsgesellschaft${i}`).join(' ')} GmbH`;

/** The text of an XML part's runs, tabs as `\t`. */
const runText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join('');

describe('the running header with a long customer name of tabs and line breaks', () => {
  it('prints the same label in the PDF and the DOCX', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-running-header-'));
    await cp(contentDir, join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content/deployments/mueller-klinikum.json');
    const deployment = JSON.parse(await readFile(file, 'utf8'));
    deployment.customer.company = company;
    await writeFile(file, JSON.stringify(deployment, null, 2));
    const run = await runCli(['build', file, '--content', join(dir, 'content'), '--out', join(dir, 'dist'), '--format', 'pdf,docx']);
    expect(run.code, run.stderr).toBe(0);
    const out = join(dir, 'dist/mueller-klinikum/example-uc-server-2.1');

    // The PDF's header of page 2, right half: the customer.
    const words = (await pdfWords(await readFile(`${out}.pdf`))).filter((word) => word.page === 2 && word.yMax < 57 && word.xMin > 200);
    const pdfCustomer = words.map((word) => word.text).join(' ').replace(/\u200B/g, '');
    expect(pdfCustomer).toMatch(/^Universitätsklinikum Nordrhein Westfalen Betriebsgesellschaft0 .*…$/);

    const header = (await (await openDocx(await readFile(`${out}.docx`))).parts(/^word\/header\d*\.xml$/));
    const [title, customer] = runText(header).split('\t');
    expect(title).toBe('Example UC Server V5R0 Security Checklist');
    expect(customer).toBe(pdfCustomer);
  }, 180_000);
});
