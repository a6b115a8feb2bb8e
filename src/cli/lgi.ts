import type { Command } from "commander";
import { parseDichotomicObservable } from "../measures/dichotomic-observable.js";
import { engineCorrelation } from "../measures/engine-correlation.js";
import { lgiCurve, maximalViolation } from "../measures/leggett-garg.js";
import { parseAssignments } from "./assignments.js";
import { collect, commandRegistry, engineOptionsFrom, positiveNumber } from "./command-context.js";
import { openCase } from "./open-case.js";

/**
 * `qmebench lgi <case> --engine <id> [--observable Z0] [--set …] --json`: the two-time correlation C(τ)
 * (paper 000 eq. (18)), the LGI function F(0, τ, 2τ) (eq. (19)) on a τ grid, and the maximal violation
 * MLGI over the first violation window with its position refined to 1e-9.
 */
export function addLgiCommand(program: Command): void {
  program
    .command("lgi")
    .description(
      "Leggett-Garg function F(0, τ, 2τ) and two-time correlation C(τ) in the steady state (paper 000)",
    )
    .argument("<case>", "case id or path to a case file")
    .requiredOption("--engine <id>", "engine id (any engine with a generator)")
    .option("--observable <pauli>", "dichotomic observable: a Pauli string such as Z0 or X0 Z1", "Z0")
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .option("--tau-max <t>", "largest τ of the grid", "10")
    .option("--points <n>", "points of the τ grid", "201")
    .option("--json", "print { tau, F, C, mlgi, tauAtMax } as JSON")
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          observable: string;
          set: string[];
          option: string[];
          tauMax: string;
          points: string;
          json?: boolean;
        },
      ) => {
        const registry = await commandRegistry(program, { properties: false });
        const prepared = openCase(caseId);
        const engine = registry.engine(options.engine);
        const problem = prepared.problemAt(parseAssignments(options.set, "--set"));
        const observable = parseDichotomicObservable(options.observable, problem.sites.length);
        const tauMax = positiveNumber(options.tauMax, "--tau-max");
        const points = positiveNumber(options.points, "--points", true);
        const engineOptions = { ...prepared.engineOptions(engine.id), ...engineOptionsFrom(options.option) };
        const correlation = engineCorrelation(problem, engine, engineOptions, observable);
        const curve = lgiCurve(correlation, tauMax, points);
        const { mlgi, tauAtMax, window } = maximalViolation(correlation);
        const result = {
          case: problem.caseId,
          engine: engine.id,
          observable: observable.label,
          parameters: problem.parameters,
          ...curve,
          mlgi,
          tauAtMax,
          window,
        };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        process.stdout.write(
          `${problem.caseId} / ${engine.id}, Q = ${observable.label}: MLGI = ${mlgi.toPrecision(6)}` +
            (tauAtMax === null
              ? " (no violation)\n"
              : ` at τ = ${tauAtMax.toPrecision(10)}, first window [${window![0]}, ${window![1] ?? "open"}]\n`),
        );
      },
    );
}
