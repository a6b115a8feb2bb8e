import { InputError } from "../input-error.js";

/** Part k of n of a piece of work (1 ≤ k ≤ n), from `--shard k/n`. */
export interface Shard {
  index: number;
  count: number;
}

/** `--shard k/n`. */
export function parseShard(text: string, flag = "--shard"): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [Number.NaN, Number.NaN];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError({
      file: flag,
      path: "",
      expected: "k/n with 1 ≤ k ≤ n, e.g. 2/4",
      got: JSON.stringify(text),
    });
  }
  return { index, count };
}

/**
 * The positions a shard of a run's plan takes: those ≡ k − 1 (mod n), so that the heavy units of a case
 * (its figures, its large scenarios) spread over the shards instead of landing in one.
 */
export function interleavedShard(total: number, shard: Shard | undefined): number[] {
  const positions = Array.from({ length: total }, (_, k) => k);
  return shard ? positions.filter((k) => k % shard.count === shard.index - 1) : positions;
}

/**
 * The block [start, end) of `total` points that a shard of a sweep takes: contiguous, so that the shards'
 * outputs concatenated in order are the unsharded output.
 */
export function contiguousShard(total: number, shard: Shard | undefined): { start: number; end: number } {
  if (!shard) return { start: 0, end: total };
  return {
    start: Math.floor(((shard.index - 1) * total) / shard.count),
    end: Math.floor((shard.index * total) / shard.count),
  };
}
