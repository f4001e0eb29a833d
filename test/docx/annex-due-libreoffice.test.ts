/**
 * The annex's open items in a real word processor: LibreOffice lays out the DOCX of the sample
 * deployment, and each due date must stand whole in its column ("2026-04-30"), as HTML and PDF
 * print it, never broken at a hyphen into "2026-04-" and "30".
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

// Skipped where LibreOffice is not installed, but never on CI, whose .ci/run installs it.
describe.skipIf(!hasLibreOffice && !process.env.CI)('the due dates of the annex’s open items in LibreOffice', () => {
  let text = '';

  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), 'checklist-annex-due-'));
    const deployment = join(repoRoot, 'content/deployments/mueller-klinikum.json');
    const built = await runCli(['build', deployment, '--content', join(repoRoot, 'content'), '--out', out, '--annex-only', '--format', 'docx']);
    expect(built.stderr).toBe('');
    const docx = await readFile(join(out, 'mueller-klinikum/example-uc-server-2.1-annex.docx'));
    text = (await libreOfficeText({ annex: docx })).annex!;
  }, 180_000);

  it('prints every due date on one line', () => {
    const open = text.slice(text.indexOf('Open items'));
    // The sample has four open items, all due by the deployment's openIssuesUntil.
    expect(open.match(/2026-04-30/g)?.length).toBe(5);
    expect(open).not.toMatch(/2026-04-\s*$/m);
  });
});

// The offer's scope table sizes its ID column as the matrix does: an ID whole on its line.
describe.skipIf(!hasLibreOffice && !process.env.CI)('the IDs of the offer’s scope table in LibreOffice', () => {
  it('prints every ID whole, never as "CL-" / "SF:SNMPv1/v2"', async () => {
    const out = await mkdtemp(join(tmpdir(), 'checklist-offer-ids-'));
    const deployment = join(repoRoot, 'content/deployments/stadtwerke-nord.json');
    const built = await runCli(['build', deployment, '--content', join(repoRoot, 'content'), '--out', out, '--offer', '--format', 'docx']);
    expect(built.stderr).toBe('');
    const docx = await readFile(join(out, 'stadtwerke-nord/example-uc-server-2.1-offer.docx'));
    const text = (await libreOfficeText({ offer: docx })).offer!;
    for (const id of ['CL-SF:SWstatus', 'CL-SF:SNMPv1/v2', 'CL-SF:SNMPv3']) expect(text).toContain(id);
    expect(text).not.toMatch(/^\s*CL-\s*$/m);
  }, 180_000);
});
