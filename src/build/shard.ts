/**
 * `--shard K/N`: the K-th of N disjoint parts of the deployments, for a CI job matrix. The
 * deployments are taken in the order of their paths (inside the content folder, so every
 * machine agrees) and cut into N runs whose sizes differ by at most one: the matrix's jobs take
 * as long as each other, where a hash of each path left one job with twice the deployments of
 * another (50 into 4: 17, 10, 15 and 8). A deployment added or removed moves at most N − 1
 * others, those at the runs' edges, into a neighbouring part: the other jobs' cached outputs
 * stay theirs.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from '../cli/errors.js';

export interface Shard {
  /** 1-based: the part this build makes. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  // A K/N well formed but past 2^53 cannot be counted exactly: said as such, not as K > N.
  const tooLarge = match && !Number.isSafeInteger(count) ? ` (${Number.MAX_SAFE_INTEGER} parts at most)` : '';
  if (!match || tooLarge || count < 1 || index < 1 || index > count) {
    throw new CliError(`--shard ${value}: use K/N with 1 ≤ K ≤ N${tooLarge}, e.g. --shard 2/4 for the second of four parts`, 2);
  }
  return { index, count };
}

/**
 * The key a deployment is sharded by: its path relative to the content folder when inside it
 * (`deployments/acme.json`), else relative to the working directory; always with `/`, so a
 * checkout anywhere, on any system, splits alike.
 */
export function shardKey(path: string, contentDir: string): string {
  const inside = relative(resolve(contentDir), resolve(path));
  const key = inside.startsWith('..') || isAbsolute(inside) ? relative(process.cwd(), resolve(path)) : inside;
  return key.split(sep).join('/');
}

/** The 1-based part of each key: the keys in code-unit order, cut into `count` runs of sizes that differ by at most one. */
export function partsOf(keys: readonly string[], count: number): Map<string, number> {
  // Code units, not the locale's collation: the same order on every machine.
  const ordered = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map((key, rank) => [key, Math.floor((rank * count) / ordered.length) + 1]));
}

/**
 * Why a shard has nothing to build, when the build has inputs: they are all in other parts
 * (fewer inputs than parts leaves some parts empty). A CI matrix wider than the deployments
 * is not an error: the job says so and succeeds.
 */
export function emptyShardNote(shard: Shard, deployments: number, blank: string | undefined): string {
  const inputs = [...(deployments > 0 ? [`${deployments} deployment${deployments === 1 ? '' : 's'}`] : []), ...(blank === undefined ? [] : [`the blank of ${blank}`])];
  const total = deployments + (blank === undefined ? 0 : 1);
  return `shard ${shard.index}/${shard.count} is empty: ${inputs.join(' and ')} ${total === 1 ? 'is' : 'are'} built by the other parts (${total} over ${shard.count} parts); nothing to build`;
}
