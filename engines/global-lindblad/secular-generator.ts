import type { HermitianEigenDecomposition } from "../../src/linalg/eigen.js";
import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import type { Bath, Problem } from "../../src/physics/problem.js";
import { rateAt } from "../../src/superoperators/secular-components.js";
import type { MarkovianGenerator } from "../../src/plugins/engine.js";
import { inBasis } from "../../src/superoperators/linear-operator.js";
import { lindbladDissipator } from "../../src/superoperators/lindblad-form.js";
import { type SecularChannel, SecularSuperoperator } from "../../src/superoperators/secular-superoperator.js";
import { SumSuperoperator } from "../../src/superoperators/superoperator.js";

/**
 * The global (Davies) generator of a problem in the eigenbasis of H_S (secular-superoperator.ts): every
 * bath channel's operator is written in the eigenbasis once (an n³ product) and its Bohr components are
 * the transitions of each frequency cluster, weighted by the channel's noise spectrum S(ω). L holds the
 * coherent part and all baths; each D_α its bath's channels alone. Extra (non-thermal) dissipators are
 * added as plain Lindblad terms, outside the secular form.
 */
export function secularGenerator(problem: Problem, eigen: HermitianEigenDecomposition): MarkovianGenerator {
  const clusters = bohrFrequencyClusters(eigen.values);
  const channelsOf = (bath: Bath): SecularChannel[] =>
    bath.channels.map((channel) => ({
      inEigenbasis: inBasis(channel.operator, eigen.vectors),
      rate: (omega) => rateAt(bath, channel, omega),
    }));
  const perBath = problem.baths.map((bath) => channelsOf(bath));
  const bathDissipators: Record<string, SecularSuperoperator> = {};
  problem.baths.forEach((bath, k) => {
    bathDissipators[bath.name] = new SecularSuperoperator(eigen, clusters, perBath[k], false);
  });
  const secular = new SecularSuperoperator(eigen, clusters, perBath.flat(), true);
  if (problem.extraDissipators.length === 0) return { liouvillian: secular, bathDissipators };
  const extra = lindbladDissipator(
    problem.dimension,
    problem.extraDissipators.map((d) => ({ operator: d.operator, rate: d.rate })),
  );
  return {
    liouvillian: new SumSuperoperator([
      { weight: 1, superoperator: secular },
      { weight: 1, superoperator: extra },
    ]),
    bathDissipators,
  };
}
