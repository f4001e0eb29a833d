/**
 * The annex's "Open items" heading and its "Open issues to be resolved until" line are printed on
 * the page of the table they introduce: the PDF of a real deployment printed both at the foot of
 * a page and the table, whose first row (a long comment) did not fit below them, on the next.
 * The general remark grows line by line so that the part starts at every height of a page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/browser/browser-manager.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment, type LoadOptions } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { builtInTemplatesDir, renderViewHtml } from '../../src/render/formats.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { fixtureContentDir } from '../helpers/samples.js';
import { pdfText } from '../pdf/poppler.js';

const browser = new BrowserManager();
afterAll(() => browser.close());

const comment = Array.from({ length: 3 }, (_, k) => `Zstep${k + 1} of the replacement is ordered under ticket CHG-2026-${4400 + k} and is done by the platform team.`).join('\n');
const lengths = Array.from({ length: 16 }, (_, k) => 4 * k);

describe('the open items part of the annex in the PDF', () => {
  let views: CustomerChecklist[] = [];
  beforeAll(async () => {
    const masters: NonNullable<LoadOptions['masters']> = new Map();
    const diagnostics = new Diagnostics();
    const loaded = await loadDeployment(join(fixtureContentDir, 'deployments', 'acme.json'), { contentDir: fixtureContentDir, masters }, diagnostics);
    if (!loaded || diagnostics.hasErrors) throw new Error('the fixture did not load');
    views = lengths.map((lines) => {
      const deployment = structuredClone(loaded.deployment);
      deployment.generalRemark = Array.from({ length: lines + 1 }, (_, k) => `Remark line ${k + 1}.`).join('\n');
      deployment.answers!['CL-PWD1'] = { status: 'No', comment };
      return mergeDeployment(loaded.master, deployment, { name: loaded.name });
    });
  });

  it('prints the heading and the until line on the page of the first open item', async () => {
    const apart: number[] = [];
    for (const [k, view] of views.entries()) {
      const pdf = await renderPdf(browser, await renderViewHtml(view, 'annex', builtInTemplatesDir), { title: 't', customer: 'c', documentId: '', version: '', date: '' });
      const pages = (await pdfText(pdf)).split('\f').map((page) => page.replace(/\s+/g, ' '));
      const at = (text: string) => pages.findIndex((page) => page.includes(text));
      expect(at('Zstep1')).toBeGreaterThanOrEqual(0);
      if (at('Open issues to be resolved until') !== at('Zstep1')) apart.push(lengths[k]!);
    }
    expect(apart).toEqual([]);
  }, 240_000);
});
