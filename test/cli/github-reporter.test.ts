/**
 * `check --reporter github`: each annotation names its file as GitHub finds it in the pull
 * request (from the repository's root, whatever folder the step runs in), with the workflow
 * command syntax's characters escaped.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** A repository whose checklists live in `docs/security/content`, with one bad deployment named `name`. */
async function repository(name: string): Promise<{ root: string; project: string }> {
  const root = await mkdtemp(join(tmpdir(), 'checklist-github-'));
  const project = join(root, 'docs/security');
  await mkdir(project, { recursive: true });
  await cp(join(repoRoot, 'test/fixtures/content'), join(project, 'content'), { recursive: true });
  await writeFile(join(project, 'content/deployments', name), '{\n  "checklist": "mini",\n  "answers": { "CL-PWD1": { "status": "100%\\nsure" } }\n}\n');
  return { root, project };
}

describe('check --reporter github', () => {
  it('names a file from the repository root when the step runs in a subfolder', async () => {
    const { root, project } = await repository('bad.json');
    const run = await runCli(['check', '--reporter', 'github', 'content/deployments/bad.json'], { cwd: project, env: { GITHUB_WORKSPACE: root } });
    expect(run.stdout).toBe(
      '::error file=docs/security/content/deployments/bad.json,line=3,col=29::/answers/CL-PWD1/status: "100%25\\nsure" is not an option of CL-PWD1: use one of Yes, No [unknown-option]\n',
    );
    expect(run.code).toBe(1);
  });

  it('escapes %, CR, LF, : and , in the file and %, CR, LF in the text; outside GITHUB_WORKSPACE the path is the one shown', async () => {
    const { root, project } = await repository('Müller, Klinik: 50%.json');
    const run = await runCli(['check', '--reporter', 'github'], { cwd: project, env: { GITHUB_WORKSPACE: join(root, 'elsewhere') } });
    expect(run.stdout).toBe(
      '::error file=content/deployments/Müller%2C Klinik%3A 50%25.json,line=3,col=29::/answers/CL-PWD1/status: "100%25\\nsure" is not an option of CL-PWD1: use one of Yes, No [unknown-option]\n',
    );
  });
});
