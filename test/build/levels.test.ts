/**
 * Security levels end to end, on the shipped samples: at each level, the annex's matrix holds
 * exactly the items of that level and below, the omitted list exactly the rest, and an item's
 * Target row shows the chosen level's value only. Expectations come from the master itself.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment, type LoadOptions } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDom, selectAll, text } from '../html/dom.js';
import { repoRoot } from '../helpers/run-cli.js';

const contentDir = join(repoRoot, 'content');
const deployments = (await readdir(join(contentDir, 'deployments'))).filter((name) => name.endsWith('.json')).sort();

// Each sample and its master are read once for all the levels (the view is merged per level).
const masters: NonNullable<LoadOptions['masters']> = new Map();
const loads = new Map<string, ReturnType<typeof loadSample>>();
const load = (file: string) => loads.get(file) ?? loads.set(file, loadSample(file)).get(file)!;

async function loadSample(file: string) {
  const diagnostics = new Diagnostics();
  const loaded = await loadDeployment(join(contentDir, 'deployments', file), { contentDir, masters }, diagnostics);
  if (!loaded || diagnostics.hasErrors) throw new Error(`${file} did not load`);
  return loaded;
}

describe.each(deployments)('levels of %s', (file) => {
  it.each(['minimum', 'medium', 'maximum'])('at %s: matrix, omitted list and targets follow the master', async (level) => {
    const { master, deployment, name } = await load(file);
    const rank = (value: string | null) => (value === null ? -1 : master.meta.levels.indexOf(value));
    const inScope = master.items.filter((item) => rank(item.level) <= rank(level)).map((item) => item.id);
    const outOfScope = master.items.filter((item) => rank(item.level) > rank(level)).map((item) => item.id);
    expect(master.meta.levels).toEqual(['minimum', 'medium', 'maximum']);

    const view = mergeDeployment(master, deployment, { name, level });
    const annex = (await renderDom(view, 'annex')).tree;
    expect(selectAll('table.matrix tbody tr td.id', annex).map(text)).toEqual(inScope);
    expect(selectAll('table.omitted tbody tr td.id', annex).map(text)).toEqual(outOfScope);

    const full = (await renderDom(view, 'full')).tree;
    const tables = selectAll('table.cl-item', full);
    expect(tables.map((table) => table.properties.id)).toEqual(inScope);
    // Each item's table by its ID, from the one walk above (the IDs are unique: equal to inScope).
    const tableOf = new Map(tables.map((table) => [table.properties.id, table]));
    for (const item of master.items.filter((entry) => entry.target.length > 0 && inScope.includes(entry.id))) {
      const targetRows = selectAll('tr', tableOf.get(item.id)!).map(text).filter((row) => row.startsWith('Target'));
      const chosen = item.target.find((target) => target.level === level);
      // Only the chosen level's value; an item whose Target skips this level shows no target.
      expect(targetRows, item.id).toEqual(chosen ? [`Target (${level}) ${chosen.value}`] : []);
    }
  });
});

it('the PBX sample has targets that differ per level', async () => {
  const { master } = await load('pbx-hafen.json');
  const withTargets = master.items.filter((item) => new Set(item.target.map((target) => target.value)).size > 1);
  expect(withTargets.length).toBeGreaterThanOrEqual(3);
});
