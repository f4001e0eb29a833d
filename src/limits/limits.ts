/**
 * The largest inputs the tool accepts, checked before the work they would cost: a master's
 * and a deployment's size before they are read, JSON nesting before it is parsed, and a
 * master's items, nesting and text right after its syntax is parsed. Chosen far above real
 * use (the largest real vendor checklists are a few hundred KB, a few hundred items); raised
 * with `--limits NAME=VALUE,…`, which the CLI sets once for the whole run.
 */
import { CliError } from '../cli/errors.js';

export interface Limits {
  /** Bytes of one master checklist (all files of a folder master together). */
  master: number;
  /** Bytes of one deployment file. */
  deployment: number;
  /** Bytes of one text: a deployment's string, or a master's paragraph, table cell, heading or code block. */
  text: number;
  /** CL items in one master. */
  items: number;
  /** Nesting: block quotes and lists in a master, objects and arrays in a deployment. */
  depth: number;
}

const KB = 1024;
const MB = 1024 * KB;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({ master: 8 * MB, deployment: 4 * MB, text: 256 * KB, items: 5_000, depth: 32 });

const sizes = new Set<keyof Limits>(['master', 'deployment', 'text']);
const what: Record<keyof Limits, string> = {
  master: 'size of a master checklist',
  deployment: 'size of a deployment',
  text: 'size of one text',
  items: 'number of items in a master',
  depth: 'nesting depth',
};

let active: Limits = { ...DEFAULT_LIMITS };

/** The limits of this run. */
export function activeLimits(): Readonly<Limits> {
  return active;
}

/** Sets the limits of this run (the CLI, from `--limits`); returns the previous ones. */
export function useLimits(limits: Limits): Limits {
  const previous = active;
  active = limits;
  return previous;
}

/** `8 MB`, `256 KB`, `5000`: a limit as the user would write it. */
export function formatLimit(name: keyof Limits, value: number): string {
  if (!sizes.has(name)) return String(value);
  if (value % MB === 0) return `${value / MB}MB`;
  if (value % KB === 0) return `${value / KB}KB`;
  return `${value}B`;
}

/** A value that lets `actual` through (a limit is the largest accepted), in whole KB or MB for a size. */
function suggestion(name: keyof Limits, actual: number): string {
  const unit = !sizes.has(name) ? 1 : actual >= MB ? MB : KB;
  const value = Math.ceil(actual / unit) * unit;
  return `--limits ${name}=${formatLimit(name, value)}`;
}

/** Bytes as a reader counts them: `9.1 MB`, `300 KB`, `512 bytes`. */
function human(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= KB) return `${Number((bytes / KB).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** The message of an input over a limit: what, how much, the limit, and the option that raises it. */
export function overLimit(name: keyof Limits, actual: number, limit = active[name]): string {
  const shown = (value: number) => (sizes.has(name) ? human(value) : String(value));
  return `The ${what[name]} is over the limit: ${shown(actual)}, the limit is ${shown(limit)}; raise it with ${suggestion(name, actual)}`;
}

/** Reads `--limits master=16MB,items=10000,…`: unknown names and bad values are wrong usage. */
export function parseLimits(option: string | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (option === undefined) return limits;
  const given = new Map<string, string>();
  for (const part of option.split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const match = /^([a-z]+)=(\d+)\s*(KB|MB|GB|B)?$/i.exec(part);
    const name = match?.[1]?.toLowerCase() as keyof Limits | undefined;
    if (!match || !name || !Object.hasOwn(DEFAULT_LIMITS, name) || (match[3] && !sizes.has(name))) {
      throw new CliError(`--limits ${part}: write NAME=VALUE, NAME one of ${Object.keys(DEFAULT_LIMITS).join(', ')} (sizes in KB or MB), e.g. --limits master=16MB,items=10000`, 2);
    }
    // `master=16MB,master=8MB`: the last would count in silence, as an option given twice would.
    const earlier = given.get(name);
    if (earlier !== undefined) throw new CliError(`--limits names ${name} twice (${earlier}, ${part}): give it once`, 2);
    given.set(name, part);
    const unit = { B: 1, KB, MB, GB: 1024 * MB }[(match[3] ?? 'B').toUpperCase() as 'B'];
    limits[name] = Number(match[2]) * unit;
  }
  return limits;
}
