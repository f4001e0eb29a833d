import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { inlineText } from '../../src/content/inline.js';
import type { ViewBlock, ViewItem } from '../../src/model/view.js';

const contentDir = join(import.meta.dirname, '../fixtures/content');

async function acme(level?: string) {
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(join(contentDir, 'deployments/acme.json'), { contentDir }, diagnostics);
  if (!loaded) throw new Error('fixture did not load');
  return { loaded, view: mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name, level }) };
}

const item = (items: ViewItem[], id: string) => items.find((candidate) => candidate.id === id) as ViewItem;

describe('merging a deployment into the master', () => {
  it('keeps items up to the chosen level and lists the others as left out', async () => {
    const { view } = await acme();
    expect(view.items.map((entry) => entry.id)).toEqual(['CL-PWD1', 'CL-SRV1']);
    expect(view.level).toEqual({ chosen: 'medium', levels: ['minimum', 'medium', 'maximum'], omitted: [{ id: 'CL-VPN1', titleText: 'Remote access via VPN only', level: 'maximum' }], ownLevel: 'medium', leftOutSections: [] });
    expect((await acme('maximum')).view.level.ownLevel).toBe('medium');
    const minimum = await acme('minimum');
    expect(minimum.view.items.map((entry) => entry.id)).toEqual(['CL-PWD1']);
    expect(minimum.view.level.omitted.map((entry) => entry.id)).toEqual(['CL-SRV1', 'CL-VPN1']);
  });

  it('shows only the chosen level\'s target', async () => {
    const { view } = await acme();
    const pwd = item(view.items, 'CL-PWD1');
    expect(pwd.targetValue).toBe('10 characters');
    expect(pwd.rows.filter((row) => row.kind === 'target')).toEqual([{ kind: 'target', label: 'Target (medium)', value: '10 characters' }]);
  });

  it('names the deployment\'s components in the overview as the master writes them', async () => {
    const { loaded } = await acme();
    const view = mergeDeployment(loaded.master, { ...loaded.deployment, components: ['main  SERVER '] }, { name: loaded.name });
    expect(view.overview.components).toEqual(['Main server']);
    expect(item(view.items, 'CL-SRV1').components.map((row) => row.label)).toEqual(['Main server', 'Browser on clients']);
  });

  it('keeps only the deployment\'s servers, always the non-server parts, with answers and fields', async () => {
    const { view } = await acme();
    const srv = item(view.items, 'CL-SRV1');
    expect(srv.components).toEqual([
      { kind: 'component', label: 'Main server', answers: { options: ['Yes', 'No'], fields: [] }, status: 'No', fieldValues: {} },
      { kind: 'component', label: 'Browser on clients', answers: { options: ['Yes', 'No'], fields: ['Version'] }, status: 'Yes', fieldValues: { Version: '128' } },
    ]);
    expect(srv.overall).toBe('open');
  });

  it('fills answers, comments and responsibilities, the item\'s own before the default', async () => {
    const { view } = await acme();
    const pwd = item(view.items, 'CL-PWD1');
    expect(pwd).toMatchObject({ status: 'Yes', comment: 'Done on 10:30\nby the supplier', overall: 'done', responsible: { installation: 'supplier', operation: 'shared' } });
    expect(item(view.items, 'CL-SRV1').responsible).toEqual({ installation: 'supplier', operation: 'customer' });
  });

  it('fills fillable tables from settings, matching labels ignoring case and spaces', async () => {
    const { view } = await acme();
    const find = (blocks: ViewBlock[]): ViewBlock | undefined =>
      blocks.flatMap((block) => (block.kind === 'table' ? [block] : block.kind === 'section' ? [find(block.children)].filter((x) => x !== undefined) : []))[0];
    const table = find(view.body);
    expect(table?.kind === 'table' && table.rows.map((row) => inlineText(row[3] ?? []))).toEqual(['12', '']);
  });

  it('builds the responsibility matrix, open items and the summary', async () => {
    const { view } = await acme();
    expect(view.responsibilityMatrix.map((row) => [row.id, row.installation, row.operation, row.statusText])).toEqual([
      ['CL-PWD1', 'supplier', 'shared', 'Yes'],
      ['CL-SRV1', 'supplier', 'customer', 'Main server: No; Browser on clients: Yes'],
    ]);
    expect(view.openItems.map((row) => row.id)).toEqual(['CL-SRV1']);
    expect(view.summary.byStatus).toEqual([
      { label: 'Done', count: 1 },
      { label: 'Open', count: 1 },
      { label: 'Not applicable', count: 0 },
      { label: 'Not answered', count: 0 },
    ]);
    expect(view.summary.byLevel).toEqual([
      { label: 'minimum', count: 1 },
      { label: 'medium', count: 1 },
      { label: 'maximum', count: 0 },
    ]);
  });

  it('gives a blank checklist with every item, no answers and all target values', async () => {
    const { loaded } = await acme();
    const blank = mergeDeployment(loaded.master, null, { name: 'blank' });
    expect(blank.blank).toBe(true);
    expect(blank.items.map((entry) => [entry.id, entry.status, entry.comment])).toEqual([
      ['CL-PWD1', null, ''],
      ['CL-SRV1', null, ''],
      ['CL-VPN1', null, ''],
    ]);
    expect(item(blank.items, 'CL-SRV1').components.map((row) => row.label)).toEqual(['Main server', 'Standby server', 'Browser on clients']);
    expect(item(blank.items, 'CL-PWD1').rows.filter((row) => row.kind === 'target').map((row) => row.label)).toEqual(['Target (minimum)', 'Target (medium)', 'Target (maximum)']);
  });
});
