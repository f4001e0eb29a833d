/**
 * `checklist import` across master versions, on a real git repository of a master with three
 * versions (test/versions/git-master.ts: 2.0 renames CL-PWD1 to CL-PWD-DEFAULT and retires
 * CL-TEL1, 3.0 renames CL-PWD-DEFAULT to CL-PWD2), each DOCX built by the real CLI from the
 * master as it was at that version.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { acmeV1, createGitMaster, type GitMaster, type versions } from '../versions/git-master.js';
import { editDocx, setBox, setText } from './docx-edit.js';

const DOC = 'word/document.xml';

/** The master's working tree at a version, and the DOCX `build` makes of the deployment then. */
async function buildAt(repo: GitMaster, version: keyof typeof versions): Promise<Uint8Array> {
  repo.writeVersion(version);
  const out = join(repo.root, `dist-${version}`);
  const built = await runCli(['build', 'content/deployments/acme.json', '--format', 'docx', '--docx-page-numbers', 'off', '--out', out], { cwd: repo.root });
  expect(built.code, built.stderr).toBe(0);
  return readFileSync(join(out, 'acme', readdirSync(join(out, 'acme')).find((name) => name.endsWith('.docx'))!));
}

function importer(repo: GitMaster) {
  const deployment = join(repo.content, 'deployments', 'acme.json');
  let files = 0;
  return async (bytes: Uint8Array, ...args: string[]) => {
    const file = join(repo.root, `filled-${++files}.docx`);
    writeFileSync(file, bytes);
    const run = await runCli(['import', file, ...args], { cwd: repo.root });
    return { ...run, text: readFileSync(deployment, 'utf8') };
  };
}

describe('a deployment not yet upgraded keeps an answer under the ID the item replaces', () => {
  let repo: GitMaster;
  let docx: Uint8Array;
  let importDocx: ReturnType<typeof importer>;
  beforeAll(async () => {
    repo = createGitMaster();
    // The master is at 2.0, the deployment still answers CL-PWD1 (now CL-PWD-DEFAULT).
    docx = await buildAt(repo, '2.0');
    importDocx = importer(repo);
  }, 120_000);
  afterAll(() => repo.cleanup());

  it('imports the file unchanged without touching the deployment', async () => {
    const run = await importDocx(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(acmeV1);
  });

  it('writes a changed answer where the deployment keeps it, under the old ID', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) => setText(setBox(setBox(xml, 'item/CL-PWD-DEFAULT/status=Yes', false), 'item/CL-PWD-DEFAULT/status=No', true), 'item/CL-PWD-DEFAULT/comment', 'Two appliances left'),
    });
    const run = await importDocx(filled);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('CL-PWD-DEFAULT\n  status: "Yes" → "No"\n  comment: "12 characters everywhere" → "Two appliances left"\n');
    expect(run.text).toBe(acmeV1.replace('"CL-PWD1": { "status": "Yes", "comment": "12 characters everywhere" }', '"CL-PWD1": { "status": "No", "comment": "Two appliances left" }'));
  });
});
