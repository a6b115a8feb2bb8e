import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { InputError } from "../input-error.js";
import { summariseBorderlines } from "../measures/borderline-summary.js";
import { parseDichotomicObservable } from "../measures/dichotomic-observable.js";
import type { BorderlinePoint, BorderlineTask } from "../measures/lgi-borderlines.js";
import { sourceModuleUrl } from "../package-root.js";
import { parallelMap } from "../runner/parallel-map.js";
import { logPoints } from "../runner/sweep.js";
import { parseAssignments } from "./assignments.js";
import { collect, commandRegistry, engineOptionsFrom } from "./command-context.js";
import { openCase } from "./open-case.js";
import { createProgress } from "./progress.js";

/** `from:to:points`, log-spaced, 0 < from < to, points ≥ 2. */
export function parseGammaRange(text: string): number[] {
  const parts = text.split(":").map(Number);
  if (
    parts.length !== 3 ||
    !parts.every(Number.isFinite) ||
    !(parts[0] > 0 && parts[1] > parts[0]) ||
    !Number.isInteger(parts[2]) ||
    parts[2] < 2
  ) {
    throw new InputError({
      file: "--gamma",
      path: "",
      expected: "from:to:points with 0 < from < to and an integer points ≥ 2 (log-spaced)",
      got: JSON.stringify(text),
    });
  }
  return logPoints(parts[0], parts[1], parts[2]);
}

/**
 * `qmebench borderlines <case> --engine <id> [--gamma from:to:points] --json`: for each Γ the mean
 * temperatures where MLGI(ΔT = 0) = 0 and where ∂²MLGI/∂ΔT²|₀ = 0 (paper 000 Fig. 3a, eq. (25)), root
 * finding in T_M on all cores, and log-log power-law fits compared with the paper's −1 and −1/3.
 */
export function addBorderlinesCommand(program: Command): void {
  program
    .command("borderlines")
    .description("power-law borderlines of the MLGI in the (Γ, T_M) plane (paper 000 Fig. 3a, eq. (25))")
    .argument("<case>", "case id or path to a case file (parameters Gamma, TM, dT, eps, V)")
    .requiredOption("--engine <id>", "engine id (a built-in engine with a generator)")
    .option("--gamma <from:to:points>", "log-spaced coupling values", "1e-3:1e-1:9")
    .option("--observable <pauli>", "dichotomic observable", "Z0")
    .option("--set <name=value>", "override another parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .option("--json", "print the result as JSON")
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          gamma: string;
          observable: string;
          set: string[];
          option: string[];
          json?: boolean;
        },
      ) => {
        const registry = await commandRegistry(program, { properties: false });
        const prepared = openCase(caseId);
        const engine = registry.engine(options.engine);
        const gammas = parseGammaRange(options.gamma);
        const overrides = parseAssignments(options.set, "--set");
        const problem = prepared.problemAt({ ...overrides, Gamma: gammas[0], TM: 1, dT: 0 }); // validates names
        parseDichotomicObservable(options.observable, problem.sites.length);
        if (registry.originOf("engine", engine.id) !== "built-in") {
          throw new InputError({
            file: "--engine",
            path: "",
            expected: "a built-in engine (worker threads load the built-in registry)",
            got: engine.id,
          });
        }
        const base: Omit<BorderlineTask, "gamma"> = {
          caseId: existsSync(caseId) ? resolve(caseId) : caseId,
          engineId: engine.id,
          options: { ...prepared.engineOptions(engine.id), ...engineOptionsFrom(options.option) },
          overrides,
          observable: options.observable,
        };
        const progress = createProgress("borderlines");
        const points = await parallelMap<BorderlineTask, BorderlinePoint>(
          {
            moduleUrl: sourceModuleUrl("measures/lgi-borderlines.js"),
            exportName: "borderlinesAtGamma",
          },
          gammas.map((gamma) => ({ ...base, gamma })),
          { minimumForThreads: 2, chunkSize: 1, onProgress: (done, total) => progress.update(done, total) },
        );
        progress.stop();
        const eps = Number(problem.parameters.eps);
        const V = Number(problem.parameters.V);
        const result = { case: problem.caseId, engine: engine.id, ...summariseBorderlines(points, eps, V) };
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        for (const [name, border] of [
          ["violation (MLGI = 0)", result.violationBorder],
          ["curvature (∂²MLGI/∂ΔT² = 0)", result.curvatureBorder],
        ] as const) {
          process.stdout.write(
            `${name}: ${border.exponent === null ? "no borderline found" : `T_M = ${border.prefactor!.toPrecision(4)} Γ^(${border.exponent.toFixed(4)} ± ${border.stderr?.toExponential(1)})`}; paper ${border.paperPrefactor.toPrecision(4)} Γ^(${border.paperExponent.toFixed(4)})\n`,
          );
        }
      },
    );
}
