/**
 * The summary's three count tables side by side in the DOCX, as the PDF prints them: stacked,
 * they pushed the last one onto a page of its own. Read back through LibreOffice, each row of
 * the three tables is one line of text; long labels wrap between words, and tables whose longest
 * words cannot share the width are stacked.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerChecklist } from '../../src/model/view.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { hasLibreOffice, libreOfficeText, openDocx, tablesOf } from './helpers.js';

const layoutTables = async (view: CustomerChecklist) => tablesOf(await (await openDocx(await renderDocx(view, { pageNumbers: false }))).part('word/document.xml')).filter((table) => table.includes('ChecklistLayout'));

describe('the summary’s count tables in the DOCX', () => {
  it.skipIf(!hasLibreOffice && !process.env.CI)('stand side by side: a row of each on one line, in LibreOffice', async () => {
    const { full } = await libreOfficeText({ full: await renderDocx(viewFixture) });
    const lines = full!.split('\n').map((line) => line.trim().split(/\s{2,}/).join(' | '));
    expect(lines).toContain('Status | Items | Level | Items | Responsible | Items');
    expect(lines).toContain('Done | 1 | minimum | 1 | Customer | 2');
    expect(lines).toContain('Not answered | 1 | every level | 1 | Shared | 0');
    expect(lines).toContain('Total | 3 | Not assigned | 1');
  });

  it('wrap long labels between their words to stay side by side, and are stacked only where the words cannot share the width', async () => {
    const withLevels = (label: (level: string) => string): CustomerChecklist => ({
      ...viewFixture,
      summary: { ...viewFixture.summary, byLevel: viewFixture.summary.byLevel.map((entry) => ({ ...entry, label: label(entry.label) })) },
    });
    expect(await layoutTables(viewFixture)).toHaveLength(1);
    expect(await layoutTables(withLevels((level) => `${level} protection for operators of critical infrastructure, as agreed in the contract`))).toHaveLength(1);
    // A word as long as a German compound is not broken inside: the tables are stacked.
    expect(await layoutTables(withLevels((level) => `${level}: Kritische-Infrastruktur-Betreiber Hochverfügbarkeitsrechenzentrumsanforderungsstufe`))).toEqual([]);
  });
});
