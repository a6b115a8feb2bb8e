import { parseDichotomicObservable } from "../../measures/dichotomic-observable.js";
import { engineCorrelation } from "./engine-correlation.js";
import { lgiCurve, maximalViolation } from "../../measures/leggett-garg.js";
import { defineCommand } from "../../plugins/command.js";
import {
  caseKey,
  engineOptionsFrom,
  parseAssignments,
  positiveNumber,
} from "../../plugins/command-arguments.js";

/**
 * `qmebench lgi <case> --engine <id> [--observable Z0] [--set …] --json`: the two-time correlation C(τ)
 * (paper 000 eq. (18)), the LGI function F(0, τ, 2τ) (eq. (19)) on a τ grid, and the maximal violation
 * MLGI over the first violation window with its position refined to 1e-9.
 */
export default defineCommand({
  name: "lgi",
  description:
    "Leggett-Garg function F(0, τ, 2τ) and two-time correlation C(τ) in the steady state (paper 000)",
  arguments: [{ name: "case", description: "case id or path to a case file" }],
  options: [
    { flags: "--engine <id>", description: "engine id (any engine with a generator)", required: true },
    {
      flags: "--observable <pauli>",
      description: "dichotomic observable: a Pauli string such as Z0 or X0 Z1",
      default: "Z0",
    },
    { flags: "--set <name=value>", description: "override a parameter (repeatable)", repeatable: true },
    { flags: "--option <name=value>", description: "engine option (repeatable)", repeatable: true },
    { flags: "--tau-max <t>", description: "largest τ of the grid", default: "10" },
    { flags: "--points <n>", description: "points of the τ grid", default: "201" },
    { flags: "--json", description: "print { tau, F, C, mlgi, tauAtMax } as JSON" },
  ],
  run([caseId], options, { tasks, print }) {
    const prepared = tasks.openCase(caseKey(caseId));
    const engine = tasks.registry.engine(String(options.engine));
    const problem = prepared.problemAt(parseAssignments(options.set as string[], "--set"));
    const observable = parseDichotomicObservable(String(options.observable), problem.space);
    const tauMax = positiveNumber(String(options.tauMax), "--tau-max");
    const points = positiveNumber(String(options.points), "--points", true);
    const engineOptions = tasks.registry.optionsFor(
      engine,
      problem,
      engineOptionsFrom(options.option as string[]),
    );
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
      print(JSON.stringify(result));
      return;
    }
    print(
      `${problem.caseId} / ${engine.id}, Q = ${observable.label}: MLGI = ${mlgi.toPrecision(6)}` +
        (tauAtMax === null
          ? " (no violation)"
          : ` at τ = ${tauAtMax.toPrecision(10)}, first window [${window![0]}, ${window![1] ?? "open"}]`),
    );
  },
});
