/** The annex, a blank checklist and a user's templates folder. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/render-html.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { blankView } from './blank-view.js';
import { one, renderDom, select, selectAll, templatesDir, text } from './dom.js';

const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

async function copyOfTemplates(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-templates-'));
  scratch.push(dir);
  await cp(templatesDir, dir, { recursive: true });
  return dir;
}

describe('renderHtml: Statement-of-Work annex', () => {
  it('holds overview, level, summary, matrix, open items and signatures, and no items or prose', async () => {
    const { tree } = await renderDom(viewFixture, 'annex');
    expect(text(one('title', tree))).toBe('Example UC Server V5R0 Security Checklist – Statement of Work annex – Müller Klinikum GmbH');
    expect(text(one('.title-block .subtitle', tree))).toBe('Statement of Work annex for Müller Klinikum GmbH');
    for (const selector of ['table.overview', '.level-statement', '.summary-tables', 'table.matrix', 'table.open-items', 'table.signatures', '.declaration']) {
      expect(selectAll(selector, tree), selector).toHaveLength(1);
    }
    expect(selectAll('table.matrix tbody tr', tree)).toHaveLength(3);
    expect(selectAll('table.cl-item, main, pre, nav.toc', tree)).toEqual([]);
    // The items are not in the annex, so their IDs are not links.
    expect(selectAll('table.matrix a', tree)).toEqual([]);
    expect(text(one('.level-statement', tree))).toBe(
      'This checklist applies the security level medium (levels: minimum, medium, maximum). 1 item of a higher level is left out and listed below.',
    );
    expect(selectAll('table.omitted tbody tr', tree)).toHaveLength(1);
    // The matrix says where each item stands, and which boxes make it so.
    expect(selectAll('table.matrix td.status strong', tree).map(text)).toEqual(expect.arrayContaining(['Open']));
  });
});

describe('renderHtml: blank checklist', () => {
  it('prints every answer as an empty box or a line to write on', async () => {
    const { tree } = await renderDom(blankView);
    expect(text(one('title', tree))).toBe('Example UC Server V5R0 Security Checklist');
    expect(text(one('body', tree))).not.toContain('☒');
    for (const item of selectAll('table.cl-item', tree)) {
      expect(selectAll('tr.comment .write-line', item).length).toBeGreaterThanOrEqual(2);
      expect(selectAll('tr.responsible .option', item)).toHaveLength(6);
    }
    expect(text(one('table.cl-item[id="CL-SrvPwd"] tr.component', tree))).toBe('Main server ☐ Yes ☐ No Version:');
    expect(select('table.cl-item[id="CL-SrvPwd"] tr.component .field .fill', tree)).toBeDefined();
    expect(select('table.fillable tbody tr td.setting .fill', tree)).toBeDefined();
    expect(selectAll('table.overview tbody td .fill', tree).length).toBeGreaterThanOrEqual(10);
    expect(selectAll('table.signatures .fill', tree)).toHaveLength(8);
    expect(text(one('.level-statement', tree))).toBe('No security level was chosen: every item of every level (minimum, medium, maximum) applies.');
  });

  it('puts the overview first and the signatures last when the master places neither', async () => {
    const { tree } = await renderDom(blankView);
    const order = selectAll('header.title-block, table.overview, main, .signatures', tree).map((element) => element.tagName);
    expect(order).toEqual(['header', 'table', 'main', 'table']);
    expect(selectAll('nav.toc a', tree).map((a) => a.properties.href)).toEqual(
      expect.arrayContaining(['#checklist:overview', '#checklist:signatures']),
    );
  });
});

describe('renderHtml: --templates DIR', () => {
  it("uses the folder's partials instead of the built-in ones", async () => {
    const dir = await copyOfTemplates();
    const item = join(dir, 'partials/item.hbs');
    await writeFile(item, (await readFile(item, 'utf8')).replace('<table class="cl-item', '<table data-house-style="yes" class="cl-item'));
    const { tree } = await renderDom(viewFixture, 'full', dir);
    expect(selectAll('table.cl-item[data-house-style="yes"]', tree)).toHaveLength(3);
    const { tree: builtIn } = await renderDom(viewFixture);
    expect(selectAll('[data-house-style]', builtIn)).toEqual([]);
  });

  it('falls back to the built-in file for every file the folder lacks', async () => {
    const dir = await copyOfTemplates();
    await rm(join(dir, 'layout.hbs'));
    const { tree } = await renderDom(viewFixture, 'full', dir);
    expect(selectAll('table.cl-item', tree)).toHaveLength(3);
  });

  it('refuses a broken template with its place, before rendering', async () => {
    const dir = await copyOfTemplates();
    await writeFile(join(dir, 'layout.hbs'), '{{#if}}{{/if}}');
    await writeFile(join(dir, 'partials/item.hbs'), '<table>\n{{#each rows}}');
    const error = await renderHtml(viewFixture, { templatesDir: dir }).then(() => null, (thrown: Error) => thrown.message);
    expect(error).toMatch(/layout\.hbs:1:1: error \{\{#if\}\} takes exactly one value, as in \{\{#if rows\}\} \[template-helper\]/);
    expect(error).toMatch(/partials\/item\.hbs:2:\d+: error Handlebars cannot read this template: the file ends inside a block; close it with \{\{\/…\}\} \[template-syntax\]/);
  });
});
