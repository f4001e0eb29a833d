/**
 * A component row's write-in (a server's `Version`) of thousands of characters, or of many lines
 * (a pasted version list), makes the row taller than a page. The DOCX kept every answer row
 * whole (`cantSplit`), so LibreOffice (and Word) cut it off at the page's foot: the rest of the
 * value was not printed. Read back from the DOCX's XML and from LibreOffice's pages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { contentDir } from '../helpers/samples.js';
import { hasLibreOffice, libreOfficeText, openDocx } from './helpers.js';

const long = `${Array.from({ length: 640 }, (_, i) => `build${i}`).join(' ')} END-OF-VERSION`;
const listed = Array.from({ length: 80 }, (_, i) => `hotfix ${i + 1}`).join('\n');

/** The table rows (`<w:tr>…</w:tr>`) of the document that hold `text`. */
const rowsWith = (xml: string, text: string) => [...xml.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs)].map((m) => m[0]).filter((row) => row.includes(text));

describe('an answer row taller than a page in the DOCX', () => {
  it('may break across pages, and LibreOffice prints the whole value', async () => {
    const loaded = (await loadDeployment(join(contentDir, 'deployments/mueller-klinikum.json'), { contentDir }, new Diagnostics()))!;
    const fields = loaded.deployment.answers!['CL-SF:SWstatus']!.fields!;
    fields['Main server']!.Version = long;
    fields['Browser on clients']!.Version = listed;
    const docx = await renderDocx(mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name }));
    const xml = await (await openDocx(docx)).part('word/document.xml');
    for (const text of ['build639 END-OF-VERSION', 'hotfix 80']) {
      const rows = rowsWith(xml, text);
      expect(rows).toHaveLength(1);
      expect(rows[0]).not.toContain('<w:cantSplit/>');
    }
    // An answer row of one line is still kept whole.
    expect(rowsWith(xml, 'item/CL-SF:SWstatus/component/Standby server=')[0]).toContain('<w:cantSplit/>');
    if (!hasLibreOffice && !process.env.CI) return;
    const text = (await libreOfficeText({ docx })).docx!.replace(/\s+/g, ' ');
    expect(text).toContain('build639 END-OF-VERSION');
    for (let i = 1; i <= 80; i++) expect(text).toContain(`hotfix ${i} `);
  }, 180_000);
});
