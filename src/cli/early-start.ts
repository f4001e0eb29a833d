/**
 * What bin/checklist.js starts before the CLI's modules load: for a build that writes a DOCX, the
 * worker process that renders it (run-isolated.ts), so that the worker's Node start and the
 * renderer's modules (about 0.15 s) run beside the CLI's own loading and the inputs' check. A
 * DOCX-only build of the sample 0.68 → 0.64 s (bench/README.md). Only where the build will render
 * for certain: into an output folder without a build manifest, or with `--force`. A build into
 * a folder it has built before may find every output up to date, and a worker started for
 * nothing costs such a build 15 ms of its 150 (a second `npm start`); where that build does
 * render a DOCX, it starts the worker as soon as it knows. Anything else starts nothing: this
 * module loads only the options.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_NAME } from '../build/manifest-name.js';
import { DEFAULT_BUILD_FORMATS, emptyArgument, options, repeatedOption } from './options.js';

/**
 * Whether the arguments are a build that writes a DOCX, as `main` will read them (a mistake in
 * them: no), into a folder not built before or with `--force`.
 */
export function buildsDocx(argv: string[]): boolean {
  try {
    const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
    if (positionals[0] !== 'build' || values.help || values.version || repeatedOption(tokens) || emptyArgument(tokens)) return false;
    if (!(values.format ?? DEFAULT_BUILD_FORMATS).split(',').some((name) => name.trim() === 'docx')) return false;
    return values.force === true || !existsSync(join(values.out, MANIFEST_NAME));
  } catch {
    return false;
  }
}

/** Starts the DOCX worker of a build that writes one; the build takes it (run-isolated.ts `takeRunner`). */
export async function startEarly(argv: string[]): Promise<void> {
  if (!buildsDocx(argv)) return;
  const [{ startRunnerEarly }, { docxRenderer }] = await Promise.all([import('../render/run-isolated.js'), import('../render/docx-renderer.js')]);
  startRunnerEarly(docxRenderer);
}
