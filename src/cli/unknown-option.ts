/**
 * The lines that refuse an unknown option or command, naming the one it is a typo of:
 * `--shrad` → `--shard`, `--job` → `--jobs`, `--formats` → `--format`, `biuld` → `build`.
 * parseArgs' own words for an unknown option only told how to pass a file whose name starts
 * with `-`, which is kept in brackets for that rare case.
 */
import { meantKey } from '../content/near-miss.js';
import { options } from './options.js';

export function unknownOptionText(written: string): string {
  const meant = written.startsWith('--') ? meantKey(written.slice(2), Object.keys(options)) : undefined;
  const hint = meant === undefined ? '' : `: did you mean --${meant}?`;
  return `Unknown option '${written}'${hint} (checklist --help lists the options; a file whose name starts with "-" goes after --)`;
}

const COMMANDS = ['build', 'check', 'init', 'schema', 'diff', 'upgrade', 'import', 'serve', 'doctor'];

export function unknownCommandText(command: string): string {
  const meant = meantKey(command, COMMANDS);
  const list = `${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS.at(-1)} (see checklist --help)`;
  return meant === undefined ? `Unknown command "${command}": use ${list}` : `Unknown command "${command}": did you mean ${meant}? Use ${list}`;
}

/**
 * parseArgs' words for an option without its value (`--out` last, `--out --force`, `--jobs -1`)
 * or a flag given one (`--strict=yes`), as one line that says what to write; undefined for
 * words it does not know (they are printed as they are).
 */
export function optionValueText(message: string): string | undefined {
  const name = /^Option '(-[^' ]+)/.exec(message)?.[1];
  if (name === undefined) return undefined;
  if (/argument missing|argument is ambiguous/.test(message)) {
    return `${name} needs a value: write ${name} VALUE, or ${name}=VALUE for a value that starts with "-" (checklist --help)`;
  }
  if (message.includes('does not take an argument')) return `${name} takes no value: write ${name} alone`;
  return undefined;
}
