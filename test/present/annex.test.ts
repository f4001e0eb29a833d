/**
 * The Statement-of-Work annex and the offer, built as a user builds them and read back: target
 * values at the level, agreed settings, reasons for "Not applicable", open items with owner,
 * due date and why they are open, the reference to the full checklist, and output names.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { docxSections, htmlSections, wordsOf, type Section } from './section-texts.js';

/** A phrase as the section texts hold it: words without their punctuation. */
const w = (phrase: string) => wordsOf(phrase).join(' ');

// A master whose one item has 22 server rows: the open item must say how many are unanswered.
const servers = Array.from({ length: 22 }, (_, i) => `Server ${i + 1}`);
const many = `---
title: Many Servers Checklist
product: Many 1.0
version: "3.0"
date: 2025-01-01
documentId: MANY-3
levels: [low, high]
components: [${servers.join(', ')}]
---

# Servers

| CL-PATCH Servers | Every server patched |
| --- | --- |
| Level | low |
| Executed | |
${servers.map((s) => `| ${s} | Yes / No |`).join('\n')}
| Customer comments / reasons | |
`;

const sectionText = (sections: Section[], heading: string) => sections.find((s) => s.heading === heading)?.words.join(' ') ?? `(no section ${heading})`;

describe('the annex for a Statement of Work', () => {
  let dir = '';
  let html: Section[];
  let docx: Section[];
  let manyHtml: Section[];
  let offer: Section[];
  let files: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-annex-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const acme = JSON.parse(await readFile(join(dir, 'content/deployments/acme.json'), 'utf8')) as Record<string, any>;
    acme.sowReference = 'SoW 2026-117 (UC rollout)';
    acme.answers['CL-SRV1'].due = '2026-05-15';
    await writeFile(join(dir, 'content/deployments/acme.json'), JSON.stringify(acme));
    await writeFile(join(dir, 'content/checklists/many.md'), many);
    await writeFile(
      join(dir, 'content/deployments/many.json'),
      JSON.stringify({ checklist: 'many', level: 'low', responsible: { installation: 'supplier' }, answers: { 'CL-PATCH': { components: { 'Server 1': 'Yes', 'Server 2': 'Yes' } } } }),
    );
    // The N/A reason: an option other than Yes or No, with the customer's comment.
    const na = { ...acme, level: 'maximum', answers: { ...acme.answers, 'CL-VPN1': { status: 'No network or remote access', comment: 'Isolated network' } } };
    await writeFile(join(dir, 'content/deployments/na.json'), JSON.stringify(na));
    const built = await runCli(['build', '--content', 'content', '--out', 'out', '--annex-only', '--format', 'html,docx'], { cwd: dir });
    expect(built.stderr).toBe('');
    const offerBuild = await runCli(['build', 'content/deployments/acme.json', '--content', 'content', '--out', 'out', '--offer', '--level', 'maximum', '--format', 'html'], { cwd: dir });
    expect(offerBuild.stderr).toBe('');
    html = htmlSections(await readFile(join(dir, 'out/acme/mini-1.0-annex.html'), 'utf8'));
    docx = await docxSections(await readFile(join(dir, 'out/acme/mini-1.0-annex.docx')));
    manyHtml = htmlSections(await readFile(join(dir, 'out/many/many-3.0-annex.html'), 'utf8'));
    offer = htmlSections(await readFile(join(dir, 'out/acme/mini-1.0-maximum-offer.html'), 'utf8'));
    files = (await readdir(join(dir, 'out'), { recursive: true })).filter((f) => /\.(html|docx)$/.test(f)).sort();
  }, 180_000);

  it('is built on its own with --annex-only, and the offer names its level when it is not the deployment’s', () => {
    expect(files).toEqual([
      'acme/mini-1.0-annex.docx',
      'acme/mini-1.0-annex.html',
      'acme/mini-1.0-maximum-offer.html',
      'many/many-3.0-annex.docx',
      'many/many-3.0-annex.html',
      'na/mini-1.0-annex.docx',
      'na/mini-1.0-annex.html',
    ]);
  });

  it('has the same parts in HTML and DOCX', () => {
    expect(docx.map((s) => s.heading)).toEqual(html.map((s) => s.heading));
    expect(html.map((s) => s.heading).slice(2)).toEqual([
      'Customer deployment – overview',
      'Summary',
      'Responsibility matrix',
      'Target values',
      'Agreed customer settings',
      'Items not applicable',
      'Open items',
      'Signatures',
    ]);
  });

  it('refers to the full checklist and the Statement of Work', () => {
    for (const format of [html, docx]) {
      expect(format[1]!.words.join(' ')).toContain(w('Full checklist Mini Server Security Checklist (mini), version 1.0 of 2025-03-14'));
      expect(format[1]!.words.join(' ')).toContain(w('Statement of Work SoW 2026-117 (UC rollout)'));
    }
  });

  it('gives the target value at the chosen level and the agreed settings', () => {
    for (const format of [html, docx]) {
      expect(sectionText(format, 'Target values')).toContain('CL-PWD1 Default passwords changed 10 characters');
      expect(sectionText(format, 'Agreed customer settings')).toContain('1 Minimal password length 8 12');
      expect(sectionText(format, 'Agreed customer settings')).toContain('2 Password history 5');
    }
  });

  it('says why each item is open, who owns it and by when', () => {
    for (const format of [html, docx]) {
      const open = sectionText(format, 'Open items');
      expect(open).toContain('ID Item Why open Owner Due Comment');
      expect(open).toContain('CL-SRV1 Servers patched No Main server Supplier 2026-05-15');
    }
    const patch = sectionText(manyHtml, 'Open items');
    expect(patch).toContain('CL-PATCH Every server patched Not answered 20 of 22 component rows Supplier');
    expect(patch).not.toContain('Server 1 Yes');
  });

  it('gives the reason for each item not applicable', async () => {
    const na = htmlSections(await readFile(join(dir, 'out/na/mini-1.0-annex.html'), 'utf8'));
    expect(sectionText(na, 'Items not applicable')).toContain('CL-VPN1 Remote access via VPN only No network or remote access Isolated network');
    expect(sectionText(html, 'Items not applicable')).toContain('No item was answered as not applicable');
  });

  it('offers scope, targets and responsibilities before installation, without any status', () => {
    expect(offer.map((s) => s.heading).slice(2)).toEqual(['Customer deployment – overview', 'Scope, targets and responsibilities', 'Agreed customer settings', 'Signatures']);
    const scope = sectionText(offer, 'Scope, targets and responsibilities');
    expect(scope).toContain(w('ID Item Level Target value (maximum) Installation Operation'));
    expect(scope).toContain(w('CL-PWD1 Default passwords changed minimum 12 characters, mixed case Supplier Shared'));
    const all = offer.map((s) => s.words.join(' ')).join(' ');
    for (const word of ['Status', 'Done', 'Not answered', 'Why open']) expect(all).not.toContain(word);
  });

  it('keeps an ID in its tables on one line, as the matrix does (annex-tables.test.ts reads the PDF)', async () => {
    const file = await readFile(join(dir, 'out/acme/mini-1.0-maximum-offer.html'), 'utf8');
    expect(file).toContain('<td class="id">CL-PWD1</td>');
    expect(file).not.toMatch(/<td class="id">[^<]*<wbr>/);
  });
});
