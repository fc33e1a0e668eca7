/**
 * `--shard i/n`: parsing with clear errors, and a split where every target is checked by exactly one
 * job of the CI matrix, whatever order each job found the targets in.
 */
import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/index.ts';
import { parseShard, shardTargets } from '../../src/run/shard.ts';

const target = (id: string): Target => ({
  id,
  url: `https://www.example.gouv.fr/${id}`,
  kind: 'page',
  origin: 'argument',
});

/** A deterministic shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, total: 1 }],
    ['2/3', { index: 2, total: 3 }],
    ['3/3', { index: 3, total: 3 }],
    [' 10 / 12 ', { index: 10, total: 12 }],
  ])('reads %s', (spec, shard) => {
    expect(parseShard(spec)).toEqual(shard);
  });

  it.each([
    ['0/3', 'Invalid shard "0/3": the index must be between 1 and 3 (shards are counted from 1)'],
    ['4/3', 'Invalid shard "4/3": the index must be between 1 and 3 (shards are counted from 1)'],
    ['1/0', 'Invalid shard "1/0": the total number of shards must be at least 1'],
    ['a/b', 'Invalid shard "a/b": expected <index>/<total> with whole numbers, such as 2/3'],
    ['3', 'Invalid shard "3": expected <index>/<total> with whole numbers, such as 2/3'],
    ['-1/3', 'Invalid shard "-1/3": expected <index>/<total> with whole numbers, such as 2/3'],
    ['1.5/3', 'Invalid shard "1.5/3": expected <index>/<total> with whole numbers, such as 2/3'],
    ['', 'Invalid shard "": expected <index>/<total> with whole numbers, such as 2/3'],
  ])('refuses %s', (spec, message) => {
    expect(() => parseShard(spec)).toThrow(message);
  });
});

describe('shardTargets', () => {
  const ids = (targets: Target[]) => targets.map((t) => t.id);

  it('puts every target in exactly one shard, with sizes differing by at most one', () => {
    for (let count = 0; count <= 40; count++) {
      const all = Array.from({ length: count }, (_, i) => target(`page-${(i * 7919) % 1000}-${i}`));
      for (let total = 1; total <= 7; total++) {
        const shards = Array.from({ length: total }, (_, i) => ids(shardTargets(all, { index: i + 1, total })));
        const union = shards.flat();
        expect(union).toHaveLength(count);
        expect(new Set(union)).toEqual(new Set(ids(all)));
        const sizes = shards.map((shard) => shard.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives each target the same shard whatever the order the targets come in', () => {
    const all = Array.from({ length: 23 }, (_, i) => target(`https://www.example.gouv.fr/page/${i}`));
    const total = 4;
    const reference = Array.from({ length: total }, (_, i) => new Set(ids(shardTargets(all, { index: i + 1, total }))));
    for (let seed = 1; seed <= 20; seed++) {
      const order = shuffled(all, seed);
      for (let i = 0; i < total; i++) {
        expect(new Set(ids(shardTargets(order, { index: i + 1, total })))).toEqual(reference[i]);
      }
    }
  });

  it('keeps the input order within a shard', () => {
    const all = ['e', 'a', 'd', 'b', 'c', 'f'].map(target);
    expect(ids(shardTargets(all, { index: 1, total: 2 }))).toEqual(['e', 'a', 'c']);
    expect(ids(shardTargets(all, { index: 2, total: 2 }))).toEqual(['d', 'b', 'f']);
  });

  it('gives an empty shard when there are fewer targets than shards', () => {
    expect(ids(shardTargets([target('only')], { index: 2, total: 3 }))).toEqual([]);
    expect(ids(shardTargets([target('only')], { index: 1, total: 3 }))).toEqual(['only']);
  });

  it('refuses an invalid shard', () => {
    expect(() => shardTargets([target('a')], { index: 0, total: 2 })).toThrow('Invalid shard 0/2');
  });
});
