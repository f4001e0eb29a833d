/**
 * Deployment values as the HTML (and the PDF printed from it) shows them, against the DOCX: text
 * of only spaces and line breaks is nothing written (a line to fill, as "" is), an empty setting
 * is a line, a setting keeps its line breaks, and write-ins show as the DOCX holds them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment, type LoadOptions } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import type { Deployment } from '../../src/model/deployment.js';
import type { CustomerChecklist } from '../../src/model/view.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { fixtureContentDir } from '../helpers/samples.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { one, renderDom, select, selectAll, text } from './dom.js';

// The small master `mini` (its overview, an item with a component's Version field, a settings
// table, the signatures) has every kind of value: parsed once for every view below.
const masters: NonNullable<LoadOptions['masters']> = new Map();

async function merged(edit: (d: Deployment) => void): Promise<CustomerChecklist> {
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(join(fixtureContentDir, 'deployments', 'acme.json'), { contentDir: fixtureContentDir, masters }, diagnostics);
  if (!loaded || diagnostics.hasErrors) throw new Error('the fixture did not load');
  const deployment = structuredClone(loaded.deployment);
  edit(deployment);
  return mergeDeployment(loaded.master, deployment, { name: loaded.name });
}

/** Every value a pre-sales engineer fills in, set to `value`. */
function fillAll(d: Deployment, value: string): void {
  d.customer = { company: value, name: value, address: value, telephone: value, email: value };
  d.supplier = { ...d.customer };
  Object.assign(d, { coveredSystems: value, generalRemark: value, sowReference: value });
  const servers = d.answers!['CL-SRV1']!;
  servers.fields = { 'Browser on clients': { Version: value } };
  servers.comment = value;
  d.answers!['CL-PWD1']!.comment = value;
  d.settings = { 'Minimal password length': value };
  d.signatures = [{ party: 'customer', name: value, role: value, place: value, date: '' }];
}

const docxText = async (view: CustomerChecklist, variant: 'full' | 'annex') =>
  wordText(await (await openDocx(await renderDocx(view, { variant, pageNumbers: false }))).part('word/document.xml'));

describe('deployment values in the HTML, as in the DOCX', () => {
  it.each(['full', 'annex'] as const)('text of only spaces and line breaks is a line to fill, as "" is (%s)', async (variant) => {
    const blank = await merged((d) => fillAll(d, ' \r\n\t  '));
    const empty = await merged((d) => fillAll(d, ''));
    expect((await renderDom(blank, variant)).html).toBe((await renderDom(empty, variant)).html);
    expect(await docxText(blank, variant)).toBe(await docxText(empty, variant));
  }, 60_000);

  it('an empty setting, as `checklist init` writes it, is a line to fill', async () => {
    const view = await merged((d) => {
      d.settings = Object.fromEntries(Object.keys(d.settings ?? {}).map((key) => [key, '']));
    });
    const cells = selectAll('td.setting', (await renderDom(view)).tree);
    expect(cells).toHaveLength(2);
    for (const cell of cells) expect(select('span.fill', cell), text(cell)).toBeDefined();
  });

  it.each(['full', 'annex'] as const)('a setting keeps its line breaks (%s)', async (variant) => {
    const view = await merged((d) => {
      d.settings = { ...d.settings, 'Password history': 'On (hospital list)\r\nreviewed monthly' };
    });
    const { tree } = await renderDom(view, variant);
    const row = selectAll('tr', tree).find((tr) => text(tr).includes('Password history'))!;
    const cell = selectAll('td', row).at(-1)!;
    // The master's table collapses white space: a <br>; the annex's value keeps its line ends (pre-wrap).
    if (variant === 'full') expect(select('br', cell)).toBeDefined();
    else expect(JSON.stringify(one('.value', cell))).toContain('On (hospital list)\\nreviewed monthly');
    expect(text(cell)).toMatch(/^On \(hospital list\) ?reviewed monthly$/);
  });

  it('a write-in shows without the spaces around it, as the DOCX and import hold it', async () => {
    const spaced = await merged((d) => {
      d.answers!['CL-SRV1']!.fields!['Browser on clients'] = { Version: '  5.0.3  ' };
      d.settings = { ...d.settings, 'Minimal password length': ' 12 ' };
      d.signatures![0]!.place = '  Köln ';
    });
    const plain = await merged((d) => {
      d.answers!['CL-SRV1']!.fields!['Browser on clients'] = { Version: '5.0.3' };
      d.settings = { ...d.settings, 'Minimal password length': '12' };
      d.signatures![0]!.place = 'Köln';
    });
    const shown = await renderDom(spaced);
    expect(shown.html).toBe((await renderDom(plain)).html);
    expect(text(one('table.signatures', shown.tree))).toContain('Place Köln');
  });
});
