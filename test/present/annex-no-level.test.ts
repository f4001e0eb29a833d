/**
 * The annexes of a deployment that chose no security level: every item of every level applies,
 * so the target values are each level's, as the full checklist prints them. The offer must not
 * say "–" (no target) for an item that has one, and the Statement-of-Work annex must state the
 * values rather than refer to another document.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { docxSections, htmlSections, wordsOf, type Section } from './section-texts.js';

const w = (phrase: string) => wordsOf(phrase).join(' ');
const sectionText = (sections: Section[], heading: string) => sections.find((s) => s.heading === heading)?.words.join(' ') ?? `(no section ${heading})`;

describe('the annexes without a security level', () => {
  const formats: Record<'annex' | 'offer', Section[][]> = { annex: [], offer: [] };

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-annex-no-level-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const acme = JSON.parse(await readFile(join(dir, 'content/deployments/acme.json'), 'utf8')) as Record<string, unknown>;
    delete acme.level;
    await writeFile(join(dir, 'content/deployments/acme.json'), JSON.stringify(acme));
    const built = await runCli(['build', 'content/deployments/acme.json', '--content', 'content', '--out', 'out', '--annex-only', '--offer', '--format', 'html,docx'], { cwd: dir });
    expect(built.stderr).toBe('');
    for (const variant of ['annex', 'offer'] as const) {
      formats[variant] = [
        htmlSections(await readFile(join(dir, `out/acme/mini-1.0-${variant}.html`), 'utf8')),
        await docxSections(await readFile(join(dir, `out/acme/mini-1.0-${variant}.docx`))),
      ];
    }
  }, 180_000);

  it('gives each level’s target value in the offer’s scope, and "–" only for an item without one', () => {
    for (const format of formats.offer) {
      const scope = sectionText(format, 'Scope, targets and responsibilities');
      expect(scope).toContain(w('CL-PWD1 Default passwords changed minimum minimum: 8 characters; medium: 10 characters; maximum: 12 characters, mixed case Supplier Shared'));
      expect(scope).toContain(w('CL-VPN1 Remote access via VPN only maximum – Supplier Customer'));
    }
  });

  it('lists the target values of every level in the annex', () => {
    for (const format of formats.annex) {
      const targets = sectionText(format, 'Target values');
      expect(targets).toContain(w('ID Item Target value'));
      expect(targets).toContain(w('CL-PWD1 Default passwords changed minimum: 8 characters; medium: 10 characters; maximum: 12 characters, mixed case'));
      expect(targets).not.toContain('CL-VPN1');
    }
  });
});
