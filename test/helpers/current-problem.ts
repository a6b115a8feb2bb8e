import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { Operator } from "../../src/operators/operator.js";
import type { Bath, Problem } from "../../src/physics/problem.js";
import { DenseSuperoperator } from "../../src/superoperators/superoperator.js";

/** A bath as far as the currents see it: its name, μ and (for the record) its temperature. */
export interface CurrentBath {
  name: string;
  chemicalPotential?: number;
  temperature?: number;
}

/**
 * A minimal Problem around H_S and N for `currentsByApplication`, which reads only `hamiltonian`,
 * `numberOperator` and each bath's `name` and `chemicalPotential`. The rest is filled consistently:
 * the space of H, one Hamiltonian term, baths touching every site with no channels (their dissipators are
 * given directly), μ = 0 and T = NaN (unknown) unless stated.
 */
export function currentProblem(
  hamiltonian: Operator,
  numberOperator: Operator,
  baths: readonly CurrentBath[],
): Problem {
  const space = hamiltonian.space;
  if (!space.equals(numberOperator.space)) {
    throw new RangeError("invalid argument. H and N must act on the same space.");
  }
  const allSites = [...space.sites.keys()];
  return {
    caseId: "currents-test",
    parameters: {},
    space,
    sites: space.sites,
    dimension: space.dimension,
    hamiltonian,
    hamiltonianTerms: [{ label: hamiltonian.label, operator: hamiltonian, support: hamiltonian.support }],
    numberOperator,
    baths: baths.map(({ name, chemicalPotential = 0, temperature = Number.NaN }): Bath => ({
      name,
      sites: allSites,
      statistics: "boson",
      temperature,
      chemicalPotential,
      couplingLabel: "0",
      coupling: Operator.zero(space),
      spectralDensity: { kind: "flat", strength: 0 },
      channels: [],
    })),
    extraDissipators: [],
    engineOptions: {},
    siteObservables: [],
    operatorObservables: [],
  };
}

/** n²×n² dissipator matrices (column stacking) as Superoperators, bath by bath. */
export function denseDissipators(
  matrices: Record<string, ComplexMatrix>,
): Record<string, DenseSuperoperator> {
  return Object.fromEntries(
    Object.entries(matrices).map(([bath, matrix]) => [bath, new DenseSuperoperator(matrix)]),
  );
}
