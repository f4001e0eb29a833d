/**
 * What bin/checklist.js starts before the CLI's modules load: for a build that writes a DOCX, the
 * worker process that renders it (run-isolated.ts), so that the worker's Node start and the
 * renderer's modules (about 0.15 s) run beside the CLI's own loading and the inputs' check. A
 * DOCX-only build of the sample 0.68 → 0.64 s (bench/README.md). Anything else starts nothing:
 * this module loads only the options.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BUILD_FORMATS, options } from './options.js';

/** Whether the arguments are a build that writes a DOCX, as `main` will read them (a mistake in them: no). */
export function buildsDocx(argv: string[]): boolean {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (positionals[0] !== 'build' || values.help || values.version) return false;
    return (values.format ?? DEFAULT_BUILD_FORMATS).split(',').some((name) => name.trim() === 'docx');
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
