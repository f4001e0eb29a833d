import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inShard, parseShard, shardKey, shardOf } from '../../src/build/shard.js';

describe('--shard K/N', () => {
  it('splits any set of deployments into N disjoint parts that together hold them all', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (keys, count) => {
        const parts = Array.from({ length: count }, (_, index) => inShard(keys, { index: index + 1, count }, (key) => key));
        expect(parts.flat().sort()).toEqual([...keys].sort());
      }),
    );
  });

  it('keeps a deployment in its part when others are added', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.string()), fc.integer({ min: 1, max: 12 }), (key, others, count) => {
        const part = shardOf(key, count);
        const index = part;
        expect(inShard([...others, key], { index, count }, (item) => item)).toContain(key);
      }),
    );
  });

  it('spreads 200 deployments over 4 parts, none empty', () => {
    const keys = Array.from({ length: 200 }, (_, index) => `deployments/customer-${index}.json`);
    const sizes = [1, 2, 3, 4].map((index) => inShard(keys, { index, count: 4 }, (key) => key).length);
    expect(sizes.every((size) => size > 20)).toBe(true);
  });

  it('keys a deployment by its path inside the content folder, the same from anywhere', () => {
    expect(shardKey('content/deployments/acme.json', 'content')).toBe('deployments/acme.json');
    expect(shardKey(`${process.cwd()}/content/deployments/acme.json`, './content')).toBe('deployments/acme.json');
  });

  it('accepts K/N with 1 ≤ K ≤ N and refuses anything else as wrong usage', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(undefined)).toBeUndefined();
    for (const wrong of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/2', '1.5/3']) {
      expect(() => parseShard(wrong)).toThrow(expect.objectContaining({ exitCode: 2 }));
    }
  });
});
