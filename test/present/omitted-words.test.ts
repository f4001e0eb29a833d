/** The sentence before the items a level leaves out names what they are not part of. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { omittedPart } from '../../src/present/level.js';
import { contentDir } from '../helpers/samples.js';

describe('the items a level leaves out', () => {
  it('are not part of the checklist in the checklist and the annex, and not part of the offer in the offer (it said "this checklist" there too)', async () => {
    const loaded = (await loadDeployment(join(contentDir, 'deployments/mueller-klinikum.json'), { contentDir }, new Diagnostics()))!;
    const view = mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name });
    expect(omittedPart(view, 'full')?.intro).toBe('These items apply from a higher security level than medium and are not part of this checklist.');
    expect(omittedPart(view, 'annex')?.intro).toMatch(/are not part of this checklist\.$/);
    expect(omittedPart(view, 'offer')?.intro).toBe('These items apply from a higher security level than medium and are not part of this offer.');
  });
});
