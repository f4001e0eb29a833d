/**
 * Memory flat in the number of deployments: the check pass keeps names and hashes, and each
 * view is loaded while its documents render and let go after the last, so no more views are
 * held at once than documents render at once; the view loaded again is the one checked.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachLimited } from '../../src/build/scheduler.js';
import { LoadedViews } from '../../src/build/views.js';
import { viewHash } from '../../src/build/fingerprint.js';
import { checkInputs, type BuildInput } from '../../src/cli/build-inputs.js';
import type { CliOptions } from '../../src/cli/main.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { repoRoot } from '../helpers/run-cli.js';

async function sampleInputs(): Promise<BuildInput[]> {
  const values = { content: join(repoRoot, 'content'), out: await mkdtemp(join(tmpdir(), 'checklist-views-')) } as CliOptions;
  const diagnostics = new Diagnostics();
  const inputs = await checkInputs([], values, diagnostics);
  expect(diagnostics.messages).toEqual([]);
  return inputs!;
}

describe('the views of a build', () => {
  let inputs: BuildInput[] = [];
  beforeAll(async () => {
    inputs = await sampleInputs();
  });

  it('are held only while their documents render, one load per deployment, as checked', async () => {
    expect(inputs.map((input) => input.naming.deploymentName).sort()).toEqual(['mueller-klinikum', 'pbx-hafen', 'stadtwerke-nord']);
    for (const jobs of [1, 2]) {
      const loads = new Map<string, number>();
      const counted = inputs.map((input) => ({
        ...input,
        load: () => {
          loads.set(input.naming.deploymentName, (loads.get(input.naming.deploymentName) ?? 0) + 1);
          return input.load();
        },
      }));
      // The checklist and its annex of each deployment, in the order a build plans them.
      const documents = counted.flatMap((input) => [{ input }, { input }]);
      const views = new LoadedViews(documents);
      let most = 0;
      await forEachLimited(documents, jobs, ({ input }) =>
        views.use(input, async (view) => {
          most = Math.max(most, views.held);
          expect(viewHash(view)).toBe(input.viewHash);
          await new Promise((resolve) => setImmediate(resolve));
        }),
      );
      expect(most).toBeLessThanOrEqual(jobs);
      expect(views.held).toBe(0);
      expect([...loads.values()]).toEqual([1, 1, 1]);
    }
  });

  it('keep no view in the plan: an input holds its names, sources and hashes only', () => {
    const [input] = inputs;
    const kept = JSON.stringify(input);
    expect(kept.length).toBeLessThan(3_000);
    expect(Object.keys(input!).sort()).toEqual(['load', 'naming', 'sourceHashes', 'sources', 'viewHash']);
  });
});
