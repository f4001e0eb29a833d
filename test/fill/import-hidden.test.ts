/**
 * What an import writes that no document shows (a value for a server the deployment does not
 * list) is a warning of the import itself, at the deployment's line, as `check` would give it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'checklist-import-hidden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('warns for a value imported for a server the deployment does not list, and writes it', async () => {
  cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
  const built = await runCli(['build', 'content/deployments/mueller-klinikum.json', '--format', 'form', '--out', 'out'], { cwd: dir });
  expect(built.code, built.stderr).toBe(0);
  const page = readFileSync(join(dir, 'out/mueller-klinikum', readdirSync(join(dir, 'out/mueller-klinikum')).find((name) => name.endsWith('-form.html'))!), 'utf8');
  const data = JSON.parse(/<script type="application\/json" id="checklist-form-data">(.*?)<\/script>/s.exec(page)![1]!) as { original: Record<string, string> };
  const key = 'item/CL-SF:SWstatus/field/Reporter server/Version';
  writeFileSync(join(dir, 'answers.json'), JSON.stringify({ format: 'checklist-answers', formatVersion: 1, ...data, answers: { ...data.original, [key]: '5.0.1' } }));
  const imported = await runCli(['import', 'answers.json'], { cwd: dir });
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stderr).toMatch(/^content\/deployments\/mueller-klinikum\.json:\d+:\d+: warning \/answers\/CL-SF:SWstatus\/fields\/Reporter server: Reporter server is not among this deployment's components, so what is written in its fields is not shown \[hidden-answer\]$/m);
  expect(readFileSync(join(dir, 'content/deployments/mueller-klinikum.json'), 'utf8')).toMatch(/"Reporter server": \{\s*"Version": "5\.0\.1"/);
});
