import { maxAbs } from "../linalg/complex-matrix.js";
import type { MarkovianGenerator } from "./engine.js";

/**
 * The rate that sets the time unit of checks on exp(Lt): the largest element of the bath dissipators,
 * or of the whole generator when the baths do not dissipate (e.g. a local equation whose sites carry no
 * local Hamiltonian), or 1 for a zero generator — never 0, so times stay finite.
 */
export function dissipationRate(generator: MarkovianGenerator): number {
  return (
    Math.max(0, ...Object.values(generator.bathDissipators).map(maxAbs)) || maxAbs(generator.liouvillian) || 1
  );
}
