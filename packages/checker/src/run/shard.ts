/**
 * Sharding: `charte check --shard 2/3` checks the second third of the targets, so a CI matrix splits
 * a long run into parallel jobs whose JSON reports are then merged (see `merge.ts`).
 */
import type { Target } from '../model/index.ts';

/** One part of a split run: the `index`-th of `total` parts, counted from 1. */
export interface Shard {
  index: number;
  total: number;
}

/**
 * Parses `<index>/<total>` (`2/3`), where 1 ≤ index ≤ total.
 *
 * @throws Error naming the input and what is wrong (`0/3`, `4/3`, `a/b`, `3`).
 */
export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match) {
    throw new Error(`Invalid shard "${spec}": expected <index>/<total> with whole numbers, such as 2/3`);
  }
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new Error(`Invalid shard "${spec}": the total number of shards must be at least 1`);
  }
  if (!Number.isSafeInteger(index) || index < 1 || index > total) {
    throw new Error(`Invalid shard "${spec}": the index must be between 1 and ${total} (shards are counted from 1)`);
  }
  return { index, total };
}

/**
 * The targets of one shard. Targets are ranked by id (plain code-unit order, independent of locale
 * and of the order they come in) and dealt out in turn, so every target falls in exactly one shard
 * and shard sizes differ by at most one. The targets returned keep their input order.
 *
 * @throws Error when `shard` is not a valid shard.
 */
export function shardTargets<T extends Pick<Target, 'id'>>(targets: readonly T[], shard: Shard): T[] {
  const { index, total } = shard;
  if (!Number.isSafeInteger(total) || total < 1 || !Number.isSafeInteger(index) || index < 1 || index > total) {
    throw new Error(`Invalid shard ${index}/${total}: the index must be between 1 and the total, which is at least 1`);
  }
  const ranked = targets
    .map((target, position) => ({ target, position }))
    .sort((a, b) => (a.target.id < b.target.id ? -1 : a.target.id > b.target.id ? 1 : a.position - b.position));
  const chosen = new Set<number>();
  for (let rank = index - 1; rank < ranked.length; rank += total)
    chosen.add((ranked[rank] as (typeof ranked)[number]).position);
  return targets.filter((_, position) => chosen.has(position));
}
