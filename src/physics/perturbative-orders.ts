import { Operator } from "../operators/operator.js";
import type { Bath, Problem } from "./problem.js";

/**
 * The orders in the small coupling λ of paper 003 (003_cb0e800cb11a91bb.txt eqs. (10), (16)): H_S = H0 + λH1
 * with H0 the fields (order 0) and λH1 = λ(H_I + H̄_SB) the interactions and mean fields (order 1); the
 * baths are of order 2. A case marks each Hamiltonian term with `order`; engines of the weak-coupling
 * expansion read it from there.
 */

/** Why the orders are missing, or undefined when every Hamiltonian term has one. */
export function missingOrders(problem: Problem): string | undefined {
  const missing = problem.hamiltonianTerms.filter((term) => term.order === undefined);
  return missing.length === 0
    ? undefined
    : `the case does not give the order in λ of ${missing.length} Hamiltonian term(s) (e.g. ${missing[0].label}); ` +
        "this engine needs `order: 0` for H0 and `order: 1` for the interactions and mean fields (paper 003 eq. (16))";
}

/** The sum of the Hamiltonian terms of one order (λ included in the coefficients of order 1). */
export function hamiltonianOfOrder(problem: Problem, order: number): Operator {
  const terms = problem.hamiltonianTerms.filter((term) => term.order === order);
  return Operator.sum(
    problem.space,
    terms.map((term) => ({ re: 1, operator: term.operator })),
    order === 0 ? "H0" : `H${order}`,
  );
}

/** H_e of a bath (eq. (11)): the terms of H0 that act on the bath's sites alone. */
export function edgeHamiltonian(problem: Problem, bath: Bath): Operator {
  const terms = problem.hamiltonianTerms.filter(
    (term) => term.order === 0 && term.support.every((site) => bath.sites.includes(site)),
  );
  return Operator.sum(
    problem.space,
    terms.map((term) => ({ re: 1, operator: term.operator })),
    `H_e of ${bath.name}`,
  );
}
