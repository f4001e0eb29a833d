/**
 * resvg, which draws the PNG a DOCX carries beside an SVG logo. Its code is native: npm installs
 * the part built for this system as an optional dependency (`@resvg/resvg-js-linux-x64-gnu`, …),
 * so `npm install --omit=optional`, or a system no part is built for, leaves it out. That is the
 * installation's to fix, not a bug of the tool: a CliError that says how.
 */
import { createRequire } from 'node:module';
import { CliError } from '../../cli/errors.js';

export type Resvg = typeof import('@resvg/resvg-js');

/** resvg loaded, or why it cannot be (its loader's first line). A native module, 0.1 s to load: only when an SVG is drawn. */
export function tryResvg(): { resvg: Resvg } | { why: string } {
  try {
    return { resvg: createRequire(import.meta.url)('@resvg/resvg-js') as Resvg };
  } catch (error) {
    return { why: ((error as Error).message ?? String(error)).split('\n')[0]! };
  }
}

/** What to do where resvg does not load, said by the build and by `checklist doctor`. */
export const RESVG_HELP =
  `install the package again without --omit=optional (npm installs resvg's part for ${process.platform}-${process.arch} as an optional dependency), ` +
  'or give the theme a PNG or JPEG logo';

/** @throws {CliError} exit code 1 when resvg does not load, naming the logo and what to do. */
export function requireResvg(logoPath: string): Resvg {
  const loaded = tryResvg();
  if ('resvg' in loaded) return loaded.resvg;
  throw new CliError(
    `The DOCX carries a PNG drawn from the SVG logo ${logoPath}, and resvg, which draws it, does not load here (${loaded.why}): ${RESVG_HELP}. ` +
      '`--format html,pdf` builds without the DOCX.',
    1,
  );
}
