import { readFileSync } from "node:fs";
import { InputError } from "../input-error.js";
import { adjoint, ComplexMatrix, maxAbs, maxAbsDifference, trace } from "../linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../linalg/eigen.js";
import { gibbsState } from "../physics/gibbs-state.js";
import { NAMED_STATES_TEXT, parseInitialState } from "../physics/named-states.js";
import type { Problem } from "../physics/problem.js";
import type { EngineContext } from "./engine.js";

/** The initial states besides the named ones, for messages. */
const OTHER_STATES_TEXT =
  "gibbs:T (the Gibbs state of H_S at temperature T), steady:<engine> (another engine's steady state) or a .json file with {re, im}";

/** What `--initial` accepts, for messages. */
export const INITIAL_STATES_TEXT = `${NAMED_STATES_TEXT}, ${OTHER_STATES_TEXT}`;

/** How far a state read from a file may be from Hermitian, normalised and positive (relative to its entries). */
const STATE_TOLERANCE = 1e-10;

/**
 * The initial state `text` names for a problem (`--initial` of solve, sweep, evolve and correlate):
 * a named state (physics/named-states.ts), `gibbs:T` = e^{−H_S/T}/Z, `steady:<engine>` = that engine's
 * unique steady state with the case's options for it, or a density matrix in a JSON file ({re, im} as
 * `solve --json` prints it, alone or as a solve result's `steadyState`). Anything else, and a file that
 * holds no density matrix of the right size, is an InputError naming `where`.
 */
export function resolveInitialState(
  text: string,
  problem: Problem,
  engines: EngineContext,
  where = "--initial",
): ComplexMatrix {
  const name = text.trim();
  if (name.startsWith("gibbs:")) {
    const temperature = Number(name.slice("gibbs:".length));
    if (!(temperature > 0) || !Number.isFinite(temperature)) {
      throw new InputError({
        file: where,
        path: "gibbs",
        expected: "gibbs:T with a temperature T > 0",
        got: JSON.stringify(name),
      });
    }
    return gibbsState(problem.hamiltonian.dense(), temperature);
  }
  if (name.startsWith("steady:")) return steadyStateOf(name.slice("steady:".length), problem, engines, where);
  if (name.endsWith(".json")) return stateFromFile(name, problem.dimension);
  if (name === "") {
    throw new InputError({ file: where, path: "", expected: INITIAL_STATES_TEXT, got: "an empty value" });
  }
  try {
    return parseInitialState(name, problem.space, where);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // the named states are not all there is: say what else --initial takes
    throw new InputError({ ...error, expected: `${error.expected}; or ${OTHER_STATES_TEXT}` });
  }
}

function steadyStateOf(id: string, problem: Problem, engines: EngineContext, where: string): ComplexMatrix {
  const engine = engines.engine(id, `${where} steady:`);
  const fail = (got: string): never => {
    throw new InputError({
      file: where,
      path: `steady:${id}`,
      expected: "an engine with a unique steady state for this case",
      got,
    });
  };
  if (!engine.steadyState) fail(`engine ${id}, which computes no steady state`);
  const options = engines.optionsFor(engine, problem);
  const supported = engine.supports(problem, options);
  if (supported !== true) fail(`engine ${id}, which does not support the case: ${supported}`);
  const result = engine.steadyState!(problem, options);
  if (!result.rho)
    fail(`engine ${id}, whose steady state is not unique (${result.dimension} independent states)`);
  return result.rho!;
}

/** A density matrix from a JSON file: {re, im}, or an object whose `steadyState` is one. */
function stateFromFile(path: string, dimension: number): ComplexMatrix {
  const fail = (expected: string, got: string): never => {
    throw new InputError({ file: path, path: "", expected, got });
  };
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    fail("a readable JSON file with a density matrix {re, im}", (error as Error).message);
  }
  const record = document as Record<string, unknown> | null;
  const matrix = (
    record && typeof record === "object" && "steadyState" in record ? record.steadyState : record
  ) as { re?: unknown; im?: unknown } | null;
  const square = (value: unknown) =>
    Array.isArray(value) &&
    value.length === dimension &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === dimension &&
        row.every((x) => typeof x === "number" && Number.isFinite(x)),
    );
  if (
    !matrix ||
    typeof matrix !== "object" ||
    !square(matrix.re) ||
    (matrix.im !== undefined && !square(matrix.im))
  ) {
    fail(
      `{re, im}: ${dimension}×${dimension} arrays of finite numbers (the case's Hilbert-space dimension), as solve --json prints a steady state`,
      "something else",
    );
  }
  const rho = ComplexMatrix.from(matrix!.re as number[][], matrix!.im as number[][] | undefined);
  const scale = Math.max(1, maxAbs(rho));
  const asymmetry = maxAbsDifference(rho, adjoint(rho));
  if (asymmetry > STATE_TOLERANCE * scale)
    fail("a Hermitian matrix", `max|ρ − ρ†| = ${asymmetry.toExponential(2)}`);
  const [traceRe] = trace(rho);
  if (Math.abs(traceRe - 1) > STATE_TOLERANCE * dimension) fail("a matrix of trace 1", `trace ${traceRe}`);
  const smallest = hermitianEigenvalues(rho)[0];
  if (smallest < -STATE_TOLERANCE * scale)
    fail("a positive semidefinite matrix", `an eigenvalue ${smallest.toExponential(2)}`);
  return rho;
}

/**
 * resolveInitialState for the many problems of a sweep: `gibbs:T` and `steady:<engine>` depend on the
 * parameters and are resolved at every point, the other states only on the sites and are resolved once.
 */
export function initialStateResolver(
  text: string,
  engines: EngineContext,
  where = "--initial",
): (problem: Problem) => ComplexMatrix {
  const resolve = (problem: Problem) => resolveInitialState(text, problem, engines, where);
  if (/^\s*(gibbs|steady):/.test(text)) return resolve;
  let fixed: ComplexMatrix | undefined;
  return (problem) => (fixed ??= resolve(problem));
}
