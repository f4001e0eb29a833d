/**
 * The command line's options, for every command: what `main` parses, and what bin/checklist.js
 * reads ahead of it (early-start.ts).
 */
export const options = {
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: 'dist' },
  // No default here: each command has its own (build: html,pdf,docx; diff: markdown).
  format: { type: 'string' },
  templates: { type: 'string' },
  theme: { type: 'string' },
  blank: { type: 'string' },
  level: { type: 'string' },
  annex: { type: 'boolean', default: false },
  'annex-only': { type: 'boolean', default: false },
  offer: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  port: { type: 'string' },
  shard: { type: 'string' },
  force: { type: 'boolean', default: false },
  timeout: { type: 'string' },
  'docx-page-numbers': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  into: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  limits: { type: 'string' },
  strict: { type: 'boolean', default: false },
  reporter: { type: 'string', default: 'text' },
  schema: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type OptionName = keyof typeof options;

/** Options every command takes: where the content is, the input limits, help and version. */
const EVERY_COMMAND: readonly OptionName[] = ['content', 'limits', 'help', 'version'];

/**
 * The options each command reads, besides `EVERY_COMMAND`'s. Any other given to it is wrong
 * usage (`unusedOption`): `check --offer` or `build --strict` would otherwise pass in silence,
 * read as asked for and doing nothing.
 */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  build: ['out', 'format', 'templates', 'theme', 'blank', 'level', 'annex', 'annex-only', 'offer', 'jobs', 'shard', 'force', 'timeout', 'docx-page-numbers'],
  check: ['templates', 'theme', 'strict', 'reporter'],
  init: ['level', 'schema'],
  serve: ['templates', 'theme', 'port'],
  doctor: [],
  schema: [],
  diff: ['from', 'to', 'format'],
  upgrade: ['from', 'to', 'dry-run'],
  import: ['into', 'dry-run', 'force'],
};

/** The first option given (`tokens`) that `command` does not read, with the commands that do; undefined: none. */
export function unusedOption(command: string, tokens: readonly ArgToken[]): { name: string; usedBy: string[] } | undefined {
  const reads = COMMAND_OPTIONS[command];
  if (reads === undefined) return undefined;
  for (const token of tokens) {
    const name = token.name as OptionName | undefined;
    if (token.kind !== 'option' || name === undefined || EVERY_COMMAND.includes(name) || reads.includes(name)) continue;
    return { name, usedBy: Object.keys(COMMAND_OPTIONS).filter((other) => COMMAND_OPTIONS[other]!.includes(name)) };
  }
  return undefined;
}

/** The one line that refuses an option its command does not read (exit 2). */
export function unusedOptionText(command: string, { name, usedBy }: { name: string; usedBy: string[] }): string {
  const others = usedBy.length === 1 ? usedBy[0] : `${usedBy.slice(0, -1).join(', ')} and ${usedBy.at(-1)}`;
  return `${command} takes no --${name} (an option of ${others}): leave it out`;
}

/** What `build` writes when no `--format` is given. */
export const DEFAULT_BUILD_FORMATS = 'html,pdf,docx';

/** What `parseArgs` with `tokens: true` says of each argument, as far as `repeatedOption` reads it. */
interface ArgToken {
  kind: string;
  name?: string;
  value?: string | undefined;
}

/**
 * The first option that takes one value and is given more than once, with its values in order:
 * parseArgs keeps the last in silence, so `--shard 1/4 --shard 2/4` would build part 2 as if
 * part 1 were asked for too. Options marked `multiple` may repeat; a flag given twice says the same.
 */
export function repeatedOption(tokens: readonly ArgToken[]): { name: string; values: string[] } | undefined {
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'option' && token.name !== undefined && takesOneValue(token.name)) given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? '']);
  }
  const repeated = [...given].find(([, values]) => values.length > 1);
  return repeated && { name: repeated[0], values: repeated[1] };
}

function takesOneValue(name: string): boolean {
  if (!Object.hasOwn(options, name)) return false;
  const option: { type: string; multiple?: boolean } = options[name as keyof typeof options];
  return option.type === 'string' && option.multiple !== true;
}

/** The one line that refuses a repeated option (exit 2). */
export function repeatedOptionText({ name, values }: { name: string; values: string[] }): string {
  const times = values.length === 2 ? 'twice' : `${values.length} times`;
  return `--${name} is given ${times} (${values.map((value) => JSON.stringify(value)).join(', ')}) and takes one value: give it once`;
}

/**
 * The first empty argument, an option's value (`--out ""`, `--out=`) or a path or ID (`build ""`),
 * as a variable a script left unset gives it: read as given, `--out ""` built into the working
 * folder, `--blank ""` and `init ""` took the checklists folder itself for a master, `build ""`
 * the working folder for a deployment. None means anything: wrong usage, said as what it is.
 */
export function emptyArgument(tokens: readonly ArgToken[]): string | undefined {
  for (const token of tokens) {
    if (token.kind === 'option' && token.name !== undefined && takesOneValue(token.name) && token.value === '') {
      return `--${token.name} is given an empty value (an unset variable?): give it a value, or leave the option out`;
    }
    if (token.kind === 'positional' && token.value === '') {
      return 'an argument is empty ("", an unset variable?): give the path or ID it stands for, or leave it out';
    }
  }
  return undefined;
}
