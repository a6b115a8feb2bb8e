import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { SecularSuperoperator } from "../superoperators/secular-superoperator.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import { DENSE_LIMIT, denseSteadyState } from "./dense-steady-state.js";
import { KRYLOV_LIMIT, krylovSteadyState } from "./krylov-steady-state.js";
import { secularSteadyState } from "./secular-steady-state.js";
import { SPARSE_LIMIT, sparseSteadyState } from "./sparse-steady-state.js";
import type { SteadyStateMethod, SteadyStateOptions, SteadyStateResult } from "./steady-state-result.js";

/** Up to this Liouvillian dimension n² the `auto` method solves densely (fast and decides degenerate kernels). */
const AUTO_DENSE_LIMIT = 256;

export interface SolveOptions extends SteadyStateOptions {
  method?: SteadyStateMethod;
  /** The eigendecomposition of H_S (the Krylov preconditioner's basis), computed when needed. */
  eigen?: () => HermitianEigenDecomposition;
}

/** The method `auto` picks: secular for secular generators, dense for small systems, else krylov. */
export function automaticMethod(generator: Superoperator): Exclude<SteadyStateMethod, "auto"> {
  if (generator instanceof SecularSuperoperator) return "secular";
  const n = generator.dimension;
  return n * n <= AUTO_DENSE_LIMIT ? "dense" : "krylov";
}

/**
 * Why a method cannot solve this generator (its size limit, or a form it needs), or true. Engines call it
 * from `supports` so that a size beyond the method is refused at once, with the numbers, before anything
 * is allocated.
 */
export function methodSupports(
  generatorForm: "sandwich" | "secular" | "dense" | "other",
  n: number,
  method: SteadyStateMethod,
): true | string {
  const liouvillian = n * n;
  const tryOthers = (limit: number, name: string) =>
    `Liouvillian dimension ${liouvillian} exceeds the limit ${limit} of method ${name}`;
  switch (method) {
    case "auto":
      if (generatorForm === "secular") return methodSupports(generatorForm, n, "secular");
      return liouvillian <= AUTO_DENSE_LIMIT ? true : methodSupports(generatorForm, n, "krylov");
    case "dense":
      return liouvillian <= DENSE_LIMIT ? true : `${tryOthers(DENSE_LIMIT, "dense")}; try method krylov`;
    case "krylov":
      if (generatorForm === "secular") {
        return "method krylov preconditions generators in sandwich form; a secular generator is solved exactly by method secular (or dense)";
      }
      return n <= KRYLOV_LIMIT
        ? true
        : `${tryOthers(KRYLOV_LIMIT ** 2, "krylov")}; try the perturbative engine or a smaller system`;
    case "sparse":
      if (generatorForm !== "sandwich")
        return "method sparse needs a generator in sandwich form (local Lindblad, Redfield, …)";
      return n <= SPARSE_LIMIT ? true : `${tryOthers(SPARSE_LIMIT ** 2, "sparse")}; try method krylov`;
    case "secular":
      return generatorForm === "secular"
        ? true
        : "method secular needs a secular (global Lindblad) generator";
  }
}

/** The steady state of a generator by the chosen method (see the methods' files for what each does). */
export function solveSteadyState(generator: Superoperator, options: SolveOptions = {}): SteadyStateResult {
  const requested = options.method ?? "auto";
  const method = requested === "auto" ? automaticMethod(generator) : requested;
  switch (method) {
    case "dense":
      return denseSteadyState(generator, options);
    case "krylov":
      return krylovSteadyState(generator, { eigen: options.eigen?.() });
    case "sparse":
      return sparseSteadyState(generator);
    case "secular":
      if (!(generator instanceof SecularSuperoperator)) {
        throw new RangeError(
          "invalid argument. Method secular needs a secular generator. Value: another form.",
        );
      }
      return secularSteadyState(generator, options);
  }
}
