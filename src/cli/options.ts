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
