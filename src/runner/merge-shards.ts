import { InputError } from "../input-error.js";
import { assembleResults } from "./assemble-results.js";
import type { RunResults } from "./results.js";

/**
 * One run's results from the results of its shards (`run --shard k/n`, each file holding its unit
 * results): every shard of the same plan exactly once, assembled in plan order, so that the merged
 * results equal those of the run without shards (timings aside). `files` name the inputs in messages.
 */
export function mergeShards(shards: readonly RunResults[], files: readonly string[]): RunResults {
  if (shards.length === 0)
    throw new InputError({
      file: "merge",
      path: "",
      expected: "the results files of the shards",
      got: "none",
    });
  const [first] = shards;
  const count = first.plan.shard?.count;
  const seen = new Map<number, string>();
  shards.forEach((shard, i) => {
    const file = files[i];
    if (!shard.plan?.shard || !shard.unitResults) {
      throw new InputError({
        file,
        path: "plan.shard",
        expected: "the results of a shard (run --shard k/n)",
        got: "a whole run's results",
      });
    }
    if (shard.plan.fingerprint !== first.plan.fingerprint || shard.plan.shard.count !== count) {
      throw new InputError({
        file,
        path: "plan",
        expected: `a shard of the same run as ${files[0]} (plan ${first.plan.fingerprint}, ${count} shards)`,
        got: `plan ${shard.plan.fingerprint}, ${shard.plan.shard.count} shards`,
      });
    }
    const index = shard.plan.shard.index;
    if (seen.has(index)) {
      throw new InputError({
        file,
        path: "plan.shard.index",
        expected: "each shard once",
        got: `shard ${index} again (also ${seen.get(index)})`,
      });
    }
    seen.set(index, file);
  });
  const absent = Array.from({ length: count! }, (_, k) => k + 1).filter((k) => !seen.has(k));
  if (absent.length > 0) {
    throw new InputError({
      file: "merge",
      path: "",
      expected: `all ${count} shards`,
      got: `no shard ${absent.join(", ")}`,
    });
  }
  const { unitResults: _units, summary: _summary, ...frame } = first;
  const { shard: _shard, ...plan } = first.plan;
  return assembleResults(
    {
      ...frame,
      plan,
      durationSeconds: shards.reduce((sum, s) => sum + s.durationSeconds, 0),
    },
    shards.flatMap((shard) => shard.unitResults!),
  );
}
