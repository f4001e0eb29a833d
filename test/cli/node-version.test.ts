/**
 * On a Node older than package.json's `engines` (npm installs there with a warning only), the
 * command says so and exits 1, rather than failing deep in a build on an API that Node lacks
 * (Node 18 has no `zlib.crc32`), which read as a bug of the tool (exit 70).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OLDEST_NODE } from '../../src/node-version.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);

/** The CLI as a Node of that version runs it: process.version(s) set before it loads. */
async function cliOnNode(version: string, args: string[]) {
  const pretend = `Object.defineProperty(process.versions, 'node', { value: '${version}' }); Object.defineProperty(process, 'version', { value: 'v${version}' });`;
  const argv = ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, join(repoRoot, 'bin/checklist.js'), ...args];
  return run(process.execPath, argv, { cwd: repoRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('the Node.js the command runs on', () => {
  it('is the oldest package.json allows', async () => {
    const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(`>=${OLDEST_NODE}`);
  });

  it('older: one line saying which is needed, exit 1, nothing run', async () => {
    for (const version of ['18.20.8', '20.18.3']) {
      const result = await cliOnNode(version, ['build', '--out', '/nonexistent/out']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`checklist: needs Node.js 20.19 or newer, and this is Node.js v${version}: install a newer one (nodejs.org, or your system's packages)\n`);
    }
  });

  it('doctor says the same', async () => {
    const doctor = await runCli(['doctor']);
    expect(doctor.stdout).toMatch(new RegExp(`^ok +Node\\.js: ${process.version.replace(/\./g, '\\.')}$`, 'm'));
    const old = await cliOnNode('20.18.3', ['doctor']);
    expect(old.stderr).toContain('needs Node.js 20.19 or newer, and this is Node.js v20.18.3');
  });

  it('20.19 and newer: runs', async () => {
    for (const version of ['20.19.0', '22.0.0']) {
      const result = await cliOnNode(version, ['--version']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });
});
