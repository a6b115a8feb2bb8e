import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { InputError } from "../../input-error.js";
import type { RunResults } from "../../runner/results.js";
import { commandContext } from "../command-context.js";
import { reportersOf, reportRun } from "../report-run.js";

/** `qmebench merge <results files of the shards>`: one report and one results file, as from a run without shards. */
export function addMergeCommand(program: Command): void {
  program
    .command("merge")
    .description("merge the results of `run --shard k/n` into one report, as from one run")
    .argument("<files...>", "the results.json of every shard")
    .option("--out <dir>", "output directory", "reports/out")
    .option(
      "--reporter <ids>",
      "reporters: html, json, junit, markdown, or paths of reporter modules",
      "html,json",
    )
    .option("--baseline <dir>", "compare every number and verdict with the baselines in this directory")
    .option("--update-baseline", "write the merged numbers as the baselines (into --baseline)")
    .action(
      async (
        files: string[],
        options: { out: string; reporter: string; baseline?: string; updateBaseline?: boolean },
      ) => {
        const reporters = await reportersOf(options.reporter);
        const shards = files.map((file) => {
          try {
            return JSON.parse(readFileSync(file, "utf8")) as RunResults;
          } catch (error) {
            throw new InputError({
              file,
              path: "",
              expected: "the results.json of a shard",
              got: (error as Error).message,
            });
          }
        });
        const { mergeShards } = await import("../../runner/merge-shards.js");
        const results = mergeShards(shards, files);
        const context = await commandContext(program);
        const cases = results.cases.map((c) => context.openCase(c.id));
        process.exitCode = await reportRun(results, reporters, options, {
          setup: context.setup,
          registry: context.registry,
          cases,
        });
      },
    );
}
