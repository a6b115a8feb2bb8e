import { InputError } from "../../input-error.js";
import { sourceModuleUrl } from "../../package-root.js";
import { parseDichotomicObservable } from "../../measures/dichotomic-observable.js";
import { defineCommand } from "../../plugins/command.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { logPoints } from "../../runner/sweep.js";
import { PAPER_EXPONENTS, summariseBorderlines } from "./borderline-summary.js";
import { analyticCurvatureAsymptote, eq25Prefactor } from "./analytic-mlgi.js";
import { type BorderlinePoint, type BorderlineTask, borderlinesAtGamma } from "./lgi-borderlines.js";

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

/** The parameters the borderline search varies (paper 000's flipflop-qubits case). */
const NEEDED = ["Gamma", "TM", "dT", "eps", "V"];

/**
 * `qmebench borderlines <case> --engine <id> [--gamma from:to:points] --json`: for each Γ the mean
 * temperatures where MLGI(ΔT = 0) = 0 and where ∂²MLGI/∂ΔT²|₀ = 0 (paper 000 Fig. 3a, eq. (25)), root
 * finding in T_M on all cores, and log-log power-law fits in the paper's Γ̃ = Gamma/2V and T̃_M = T_M/V (paper-coupling.ts)
 * compared with the paper's exponents −1 and −1/3 and, for the curvature border, the prefactors of eq. (25)
 * and of the paper's own analytic MLGI at large T_M (analytic-mlgi.ts).
 */
export default defineCommand({
  name: "borderlines",
  description: "power-law borderlines of the MLGI in the (Γ, T_M) plane (paper 000 Fig. 3a, eq. (25))",
  arguments: [
    { name: "case", description: "case id or path to a case file (parameters Gamma, TM, dT, eps, V)" },
  ],
  options: [
    { flags: "--engine <id>", description: "engine id (an engine with a generator)", required: true },
    {
      flags: "--gamma <from:to:points>",
      description: "log-spaced values of the case's Gamma (twice the paper's Γ̃)",
      default: "1e-3:1e-1:9",
    },
    { flags: "--observable <pauli>", description: "dichotomic observable", default: "Z0" },
    { flags: "--set <name=value>", description: "override another parameter (repeatable)", repeatable: true },
    { flags: "--option <name=value>", description: "engine option (repeatable)", repeatable: true },
    { flags: "--json", description: "print the result as JSON" },
  ],
  async run([caseId], options, { tasks, print, warn, progress }) {
    const key = caseKey(caseId);
    const prepared = tasks.openCase(key);
    const missing = NEEDED.filter((name) => !prepared.parameterNames.includes(name));
    if (missing.length > 0) {
      throw new InputError({
        file: prepared.file,
        path: "parameters",
        expected: `a case of paper 000's kind with the parameters ${NEEDED.join(", ")} (the search varies Gamma, TM and dT)`,
        got: `a case without ${missing.join(", ")}`,
      });
    }
    const engine = tasks.registry.engine(String(options.engine));
    const gammas = parseGammaRange(String(options.gamma));
    const overrides = parseAssignments(options.set as string[], "--set");
    const problem = prepared.problemAt({ ...overrides, Gamma: gammas[0], TM: 1, dT: 0 }); // validates names
    parseDichotomicObservable(String(options.observable), problem.space);
    const given = engineOptionsFrom(options.option as string[]);
    tasks.registry.optionsFor(engine, problem, given); // validates the options before the workers start
    const base: Omit<BorderlineTask, "gamma"> = {
      caseId: key,
      engineId: engine.id,
      options: given,
      overrides,
      observable: String(options.observable),
    };
    const bar = progress("borderlines");
    const points = await parallelMap<BorderlineTask, BorderlinePoint>(
      {
        moduleUrl: sourceModuleUrl("papers/000-leggett-garg/lgi-borderlines.js"),
        exportName: "borderlinesAtGamma",
        local: borderlinesAtGamma,
      },
      gammas.map((gamma) => ({ ...base, gamma })),
      {
        context: tasks,
        minimumForThreads: 2,
        chunkSize: 1,
        onProgress: (done, total) => bar.update(done, total),
      },
    );
    bar.stop();
    const eps = Number(problem.parameters.eps);
    const V = Number(problem.parameters.V);
    const result = {
      case: problem.caseId,
      engine: engine.id,
      ...summariseBorderlines(points, V),
      paper: {
        exponents: PAPER_EXPONENTS,
        eq25Prefactor: eq25Prefactor(eps / V),
        analyticCurvatureAsymptote: analyticCurvatureAsymptote(eps / V),
      },
    };
    for (const warning of result.warnings) warn(warning);
    if (options.json) {
      print(JSON.stringify(result));
      return;
    }
    for (const [name, key, paper] of [
      ["violation (MLGI = 0)", "violationBorder", "paper: exponent −1, no prefactor"],
      [
        "curvature (∂²MLGI/∂ΔT² = 0)",
        "curvatureBorder",
        `paper eq. (25): ${result.paper.eq25Prefactor.toPrecision(4)} Γ̃^(−1/3); its analytic MLGI at large T_M: ${result.paper.analyticCurvatureAsymptote.toPrecision(4)} Γ̃^(−1/3)`,
      ],
    ] as const) {
      const border = result[key];
      print(
        `${name}: ${border.exponent === null ? "no borderline found" : `T̃_M = ${border.prefactor!.toPrecision(4)} Γ̃^(${border.exponent.toFixed(4)} ± ${border.stderr?.toExponential(1)})`}; ${paper}`,
      );
    }
  },
});
