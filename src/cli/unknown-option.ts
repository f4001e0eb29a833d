/**
 * The line that refuses an unknown option, `written` as given (`--shrad`), naming the option
 * it is a typo of (`--shard`, `--jobs` for `--job`, `--format` for `--formats`): parseArgs' own
 * words only told how to pass a file whose name starts with `-`, which is kept in brackets for
 * that rare case.
 */
import { meantKey } from '../content/near-miss.js';
import { options } from './options.js';

export function unknownOptionText(written: string): string {
  const meant = written.startsWith('--') ? meantKey(written.slice(2), Object.keys(options)) : undefined;
  const hint = meant === undefined ? '' : `: did you mean --${meant}?`;
  return `Unknown option '${written}'${hint} (checklist --help lists the options; a file whose name starts with "-" goes after --)`;
}
