/**
 * The test fixture's content (test/fixtures/content: master "mini", deployment "acme") in a
 * temporary folder, its DOCX as `build` writes it, and a saved form as the form's button writes
 * it; each file imported with the real CLI, the deployment's text read back after. A test file
 * that imports through it runs the CLI: its header says runCli, which keeps it out of
 * `npm run test:unit` (vitest.unit.config.ts reads the markers in each test file's own source).
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { loadDeployment } from '../../src/deployment/load-deployment.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { deploymentValues } from '../../src/fill/answers.js';
import { FORM_FORMAT } from '../../src/fill/filled-file.js';
import { formRecord } from '../../src/render/form/render-form.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';

export interface ImportFixture {
  dir: string;
  content: string;
  deployment: string;
  /** The deployment's text as the fixture has it. */
  original: string;
  docx: Uint8Array;
  /** The DOCX of another variant (the annex, the offer), as `build --annex-only` or `--offer` writes it. */
  variant(variant: 'annex' | 'offer'): Promise<Uint8Array>;
  /** The form's saved answers: every field as built, then `changes` over them. */
  savedForm(changes: Record<string, string>): Uint8Array;
  /** Writes the file and imports it; the run and the deployment's text after it. */
  importFile(bytes: Uint8Array, ...args: string[]): Promise<CliRun & { text: string }>;
  /** Puts the deployment back as it was. */
  reset(): Promise<void>;
}

/** `edit`: what the test changes in the deployment's text before anything is built from it. */
export async function importFixture(edit: (text: string) => string = (text) => text): Promise<ImportFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-import-'));
  const content = join(dir, 'content');
  await cp(join(repoRoot, 'test/fixtures/content'), content, { recursive: true });
  const deployment = join(content, 'deployments', 'acme.json');
  const original = edit(await readFile(deployment, 'utf8'));
  await writeFile(deployment, original);
  const loaded = (await loadDeployment(deployment, { contentDir: content }, new Diagnostics()))!;
  const view = mergeDeployment(loaded.master, loaded.deployment, { name: loaded.name });
  const docx = await renderDocx(view, { pageNumbers: false });
  const asBuilt = Object.fromEntries(deploymentValues(loaded.master, loaded.deployment));
  let files = 0;
  return {
    dir,
    content,
    deployment,
    original,
    docx,
    variant: (variant) => renderDocx(view, { variant }),
    savedForm: (changes) => new TextEncoder().encode(`${JSON.stringify({ format: FORM_FORMAT, formatVersion: 1, ...formRecord(view), answers: { ...asBuilt, ...changes } }, null, 2)}\n`),
    async importFile(bytes, ...args) {
      const file = join(dir, `filled-${++files}.${bytes[0] === 0x7b ? 'json' : 'docx'}`);
      await writeFile(file, bytes);
      const run = await runCli(['import', file, '--content', content, ...args]);
      return { ...run, text: await readFile(deployment, 'utf8') };
    },
    reset: () => writeFile(deployment, original),
  };
}

/** The DOCX `build` writes for the fixture with its deployment's text replaced by `text` (left so). */
export async function builtWith(fixture: ImportFixture, text: string): Promise<Uint8Array> {
  await writeFile(fixture.deployment, text);
  const out = join(fixture.dir, `out-${Date.now()}`);
  const built = await runCli(['build', fixture.deployment, '--content', fixture.content, '--format', 'docx', '--docx-page-numbers', 'off', '--out', out]);
  if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`);
  const folder = join(out, 'acme');
  return readFile(join(folder, (await readdir(folder)).find((name) => name.endsWith('.docx'))!));
}
