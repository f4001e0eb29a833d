/**
 * An item answered for the first time in a DOCX or form goes among the deployment's answers in
 * the master's order, as `upgrade` puts new items, not at the end of the object.
 *
 * Runs the CLI (runCli, through import-fixture.ts): in the whole suite, not in `npm run test:unit`.
 */
import { describe, expect, it } from 'vitest';
import { importFixture } from './import-fixture.js';

describe('checklist import places a new answer in the master’s order', () => {
  it('the first item answered goes before the later ones already answered, the rest kept byte for byte', async () => {
    // The master's order is CL-PWD1, CL-SRV1, CL-VPN1; this deployment answers the last two only.
    const fixture = await importFixture((text) => text.replace(/\n    "CL-PWD1": [^\n]*\n/, '\n').replace(/("CL-SRV1": [^\n]*)\n/, '$1,\n    "CL-VPN1": { "status": "No" }\n'));
    expect(fixture.original).not.toContain('CL-PWD1');
    const run = await fixture.importFile(fixture.savedForm({ 'item/CL-PWD1/status': 'Yes' }));
    expect(run.code, run.stderr).toBe(0);
    const keys = Object.keys((JSON.parse(run.text) as { answers: Record<string, unknown> }).answers);
    expect(keys).toEqual(['CL-PWD1', 'CL-SRV1', 'CL-VPN1']);
    // On one line, as the answers around it are.
    expect(run.text).toContain('\n    "CL-PWD1": { "status": "Yes" },\n    "CL-SRV1": ');
    expect(run.text.replace('    "CL-PWD1": { "status": "Yes" },\n', '')).toBe(fixture.original);
  }, 60_000);
});
