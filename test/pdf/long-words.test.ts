// Customer text with a word longer than its column (a thumbprint, a share path, a file
// name) in the parts the HTML sizes from their content: the PDF prints all of it, on pages
// printed at full size (Chromium shrinks every page to fit anything wider than the page).
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import type { Inline } from '../../src/model/checklist.js';
import type { CustomerChecklist, ViewBlock, ViewTable } from '../../src/model/view.js';
import { sampleView } from '../helpers/samples.js';
import { pdfInfo, pdfRawText, pdfWords } from './poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const meta = { title: 'Example Checklist', customer: 'Müller Klinikum GmbH', documentId: 'EX-1', version: '2.1', date: '2026-03-02' };
// No place a browser breaks a line at.
const THUMBPRINT = 'SHA256:3F2A9C04B7E1D8856A0C4F19E2B7D3A8C6F5E4D3C2B1A09F8E7D6C5B4A392817';
const SHARE = '\\\\fileserver01\\Projekte\\Sicherheit\\UCServer\\Abnahmeprotokoll_2026_03_02_final.pdf';
const LIST = 'klinikum_nordrhein_westfalen_gesamtliste_verbotene_passwoerter_und_woerter_2026_v3.txt';
const COMPANY = 'KlinikverbundNordrheinWestfalenServiceUndBetriebsgesellschaftMitBeschraenkterHaftung';
const SOW = 'SOW_2026_117_REV3_ANLAGE_SICHERHEITSCHECKLISTE_UC_SERVER_HUSUM_UND_NEBENSTANDORTE';

/** The sample with one open item's comment replaced, in the item and in the open items alike. */
function withComment(view: CustomerChecklist, id: string, comment: string): CustomerChecklist {
  for (const item of view.items) if (item.id === id) item.comment = comment;
  return { ...view, openItems: view.openItems.map((row) => (row.id === id ? { ...row, comment } : row)) };
}

/** The first customer setting set to `value`, as merge writes a setting into its table. */
function withSetting(blocks: ViewBlock[], value: string): boolean {
  for (const block of blocks) {
    if (block.kind === 'table' && block.fillableColumn !== null && block.rows.length > 0) {
      block.rows[0]![block.fillableColumn] = [{ kind: 'text', value }];
      return true;
    }
    if (block.kind === 'section' && withSetting(block.children, value)) return true;
  }
  return false;
}

async function longWords(): Promise<CustomerChecklist> {
  const view = withComment(await sampleView('mueller-klinikum.json'), 'CL-CAL1', `Certificate ${THUMBPRINT} renewed; report on ${SHARE}`);
  expect(withSetting(view.body, LIST)).toBe(true);
  return { ...view, customerName: COMPANY, overview: { ...view.overview, customer: { ...view.overview.customer, company: COMPANY }, sowReference: SOW } };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const pages = async (pdf: Uint8Array) => Number((await pdfInfo(pdf)).get('Pages'));

describe('a word wider than its column in customer text', () => {
  it.each(['full', 'annex'] as const)('prints in full in the PDF (%s), at the size of the other pages', async (variant) => {
    const print = async (view: CustomerChecklist) => renderPdf(browser, await renderViewHtml(view, variant, builtInTemplatesDir), meta);
    const before = await print(await sampleView('mueller-klinikum.json'));
    const after = await print(await longWords());
    const text = squeeze(await pdfRawText(after));
    for (const word of [THUMBPRINT, SHARE, LIST, COMPANY, SOW]) expect(text).toContain(squeeze(word));
    // A page shrunk to fit prints more on each page: fewer pages than the sample's own.
    expect(await pages(after)).toBeGreaterThanOrEqual(await pages(before));
  }, 120_000);
});

// The master's own tables are sized from their content too: a path of 200 characters, or eight
// columns of host names, ran past the page's edge, and the PDF lost what stood there.
const PATH = `/srv/${Array.from({ length: 8 }, (_, i) => `verylongdirectoryname${i}`).join('/')}/${'a'.repeat(20)}`;
const HOSTS = Array.from({ length: 8 }, (_, c) => `host-${c}-0.example.internal.corp`);
const text = (value: string): Inline[] => [{ kind: 'text', value }];
const plain = (header: string[], rows: string[][]): ViewTable => ({
  kind: 'table',
  align: header.map(() => null),
  header: header.map(text),
  rows: rows.map((row) => row.map(text)),
  fillableColumn: null,
});

describe('a word wider than its column in a table of the master', () => {
  it('prints in full in the PDF, on the page', async () => {
    const view = await sampleView('mueller-klinikum.json');
    const tables = [
      plain(['Name', 'Path'], [['Owner', PATH]]),
      plain(HOSTS.map((_, c) => `Column ${c + 1}`), [HOSTS, HOSTS.map((_, c) => (c === 7 ? 'LASTCELL' : 'Owner'))]),
    ];
    const pdf = await renderPdf(browser, await renderViewHtml({ ...view, body: [...tables, ...view.body] }, 'full', builtInTemplatesDir), meta);
    const printed = squeeze(await pdfRawText(pdf));
    for (const word of [PATH, ...HOSTS, 'Column8', 'LASTCELL']) expect(printed.includes(squeeze(word)), word).toBe(true);
    const words = await pdfWords(pdf);
    for (const word of words) expect(word.xMax, word.text).toBeLessThanOrEqual(595.3);
    // The short words beside them stay whole: a long word gives way, not every column.
    const last = words.find((word) => word.text === 'LASTCELL')!;
    const row = words.filter((word) => word.page === last.page && Math.abs(word.yMin - last.yMin) < 2);
    expect(row.map((word) => word.text)).toEqual([...Array(7).fill('Owner'), 'LASTCELL']);
  }, 120_000);
});

// The running header's customer name is a label: the title block, the overview and the
// signatures print it whole. A name of 300 characters without a space ran past the paper's
// right edge, and one of 300 with spaces wrapped to the paper's top edge.
describe('a very long customer name in the running header', () => {
  it.each([
    ['without spaces', 'X'.repeat(300)],
    ['with spaces', Array.from({ length: 12 }, () => 'Nordrhein-Westfalen Betriebsgesellschaft').join(' ')],
  ])('%s stays inside the page margins, shortened with an ellipsis', async (_, customer) => {
    const view = await sampleView('mueller-klinikum.json');
    const pdf = await renderPdf(browser, await renderViewHtml(view, 'full', builtInTemplatesDir), { ...meta, customer });
    const header = (await pdfWords(pdf)).filter((word) => word.page === 2 && word.yMax < 57);
    expect(header.length).toBeGreaterThan(0);
    // The right margin (18 mm: 545 pt; a line's last, invisible break opportunity counts a few
    // points more); the header's lines end above the body, well below the paper's edge.
    for (const word of header) {
      expect(word.xMax, word.text).toBeLessThanOrEqual(550);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(14);
    }
    expect(header.map((word) => word.text).join(' ')).toContain('…');
  }, 120_000);
});
