/**
 * `--shard K/N`: the K-th of N disjoint parts of the deployments, for a CI job matrix. A
 * deployment's part depends only on its own path (a hash of it), so adding or removing other
 * deployments never moves it to another part, and every machine agrees on the split.
 */
import { createHash } from 'node:crypto';
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
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CliError(`--shard ${value}: use K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 for the second of four parts`, 2);
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

/** The 1-based part of N that a key belongs to. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The items of this shard (all of them without one), in their order. */
export function inShard<T>(items: readonly T[], shard: Shard | undefined, key: (item: T) => string): T[] {
  return shard ? items.filter((item) => shardOf(key(item), shard.count) === shard.index) : [...items];
}
