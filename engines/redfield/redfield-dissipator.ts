import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { adjointTimesInto, multiplyInto, timesAdjointInto } from "../../src/linalg/dense-products.js";
import type { HermitianEigenDecomposition } from "../../src/linalg/eigen.js";
import type { BohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import type { Bath } from "../../src/physics/problem.js";
import { DenseOperator, inBasis, type LinearOperator } from "../../src/superoperators/linear-operator.js";
import { type SandwichTerm, SandwichSuperoperator } from "../../src/superoperators/sandwich-superoperator.js";
import { rateAt } from "../../src/superoperators/secular-components.js";

/** Which pairs (ω, ω') of Bohr components the double sum keeps. */
export interface RedfieldPairSelection {
  /** Drop pairs with |ω − ω'| above this (Infinity: keep all; 0: the full secular approximation). */
  secularCutoff: number;
  /**
   * Drop the pairs of an emission and an absorption component (ω ω' < 0), the counter-rotating cross terms
   * that 001_a04d396bbf339a9e.txt eq. (20) omits by its rotating-wave approximation. For a fermionic lead
   * each channel already moves particles one way (c out, c† in), so its pairs are all kept: the selection
   * is by channel, not by the sign of ω, which would depend on where the energy zero lies.
   */
  rotatingWave: boolean;
}

/** Fraction of max|⟨a|A|c⟩| below which a matrix element is left out as rounding. */
const NEGLIGIBLE_ELEMENT = 1e-14;
/** Largest number of partner groups (distinct sets of kept partners) a bath channel may have. */
export const MAX_PARTNER_GROUPS = 64;

/**
 * The Bloch-Redfield dissipator of one bath without the secular approximation (Lamb shift neglected):
 *   D(ρ) = Σ_channels Σ_{ω,ω'} ½S(ω) [A(ω) ρ A(ω')† − A(ω')† A(ω) ρ] + h.c.,
 * with A(ω) the Bohr components of the channel operator with respect to H_S (ω > 0 lowers the energy) and
 * S(ω) the channel's noise spectrum, ½S(ω) being the real part of the one-sided Fourier transform of the
 * bath correlation function (Breuer & Petruccione, The Theory of Open Quantum Systems, eqs. (3.135)-(3.137);
 * 001_a04d396bbf339a9e.txt eqs. (18)-(20)). Keeping only ω = ω' gives the secular (Davies) dissipator.
 *
 * The frequencies that keep the same partners share C = Σ_{ω' kept} A(ω') and are summed first into
 * Λ = Σ ½S(ω)A(ω), so each such group is one term of the sandwich form (sandwich-superoperator.ts):
 *   Λ ρ C† + C ρ Λ† − C†Λ ρ − ρ Λ†C,
 * and the full Redfield equation (every pair kept) is one group per channel with C = A, the coupling
 * itself. Λ is built in the eigenbasis, where it is the channel's matrix with each element ⟨a|A|c⟩
 * weighted by ½S(E_c − E_a), and is dense in the site basis: applying D costs a few n³ products.
 */
export function redfieldBathDissipator(
  bath: Bath,
  eigen: HermitianEigenDecomposition,
  clusters: BohrFrequencyClusters,
  pairs: RedfieldPairSelection,
): SandwichSuperoperator {
  const n = eigen.values.length;
  const V = eigen.vectors;
  const sandwiches: SandwichTerm[] = [];
  const effective = new ComplexMatrix(n, n);
  const { clusterOf, omegas } = clusters;
  const selection = { ...pairs, rotatingWave: pairs.rotatingWave && bath.statistics !== "fermion" };
  for (const channel of bath.channels) {
    const a = inBasis(channel.operator, V);
    let largest = 0;
    for (let t = 0; t < a.data.length; t += 2)
      largest = Math.max(largest, Math.hypot(a.data[t], a.data[t + 1]));
    const threshold = NEGLIGIBLE_ELEMENT * largest;
    // ½S(ω) for each cluster that holds a transition of this channel
    const halfRate = new Map<number, number>();
    for (let p = 0; p < n * n; p++) {
      if (Math.hypot(a.data[2 * p], a.data[2 * p + 1]) <= threshold) continue;
      const cluster = clusterOf[p];
      if (!halfRate.has(cluster)) halfRate.set(cluster, rateAt(bath, channel, omegas[cluster]) / 2);
    }
    const groups = partnerGroups(
      [...halfRate.keys()].sort((x, y) => x - y),
      omegas,
      selection,
    );
    if (groups.size > MAX_PARTNER_GROUPS) {
      throw new RangeError(
        `invalid argument. The pair selection (secularCutoff ${pairs.secularCutoff}) splits channel ${channel.label} of bath ${bath.name} into ${groups.size} groups; at most ${MAX_PARTNER_GROUPS} are supported. Value: ${groups.size}.`,
      );
    }
    for (const { members, partners } of groups.values()) {
      // Λ' and C' in the eigenbasis: elements of A in the member / partner clusters
      const lambda = new ComplexMatrix(n, n);
      const partner = new ComplexMatrix(n, n);
      const memberSet = new Set(members);
      for (let p = 0; p < n * n; p++) {
        const cluster = clusterOf[p];
        const [re, im] = [a.data[2 * p], a.data[2 * p + 1]];
        if (re === 0 && im === 0) continue;
        if (memberSet.has(cluster)) {
          const weight = halfRate.get(cluster) ?? 0;
          lambda.data[2 * p] = weight * re;
          lambda.data[2 * p + 1] = weight * im;
        }
        if (partners.all || (omegas[cluster] >= partners.from && omegas[cluster] <= partners.to)) {
          partner.data[2 * p] = re;
          partner.data[2 * p + 1] = im;
        }
      }
      const lambdaSite = new DenseOperator(toSiteBasis(lambda, V));
      const partnerSite: LinearOperator = partners.all
        ? channel.operator
        : new DenseOperator(toSiteBasis(partner, V));
      sandwiches.push({ weight: 1, left: lambdaSite, right: partnerSite });
      sandwiches.push({ weight: 1, left: partnerSite, right: lambdaSite });
      // K −= C†Λ
      const cl = adjointTimesInto(partnerSite.dense(), lambdaSite.matrix, new ComplexMatrix(n, n));
      for (let t = 0; t < cl.data.length; t++) effective.data[t] -= cl.data[t];
    }
  }
  return new SandwichSuperoperator(n, [{ re: 1, im: 0, operator: new DenseOperator(effective) }], sandwiches);
}

/** V X V†. */
function toSiteBasis(x: ComplexMatrix, v: ComplexMatrix): ComplexMatrix {
  const half = multiplyInto(v, x, new ComplexMatrix(v.rows, v.rows));
  return timesAdjointInto(half, v, new ComplexMatrix(v.rows, v.rows));
}

/**
 * The clusters with a transition grouped by the partners they keep: every partner set is an interval of
 * frequencies [ω − cutoff, ω + cutoff] cut by the rotating-wave rule (ω' of the same sign as ω, or any
 * for ω = 0), or all of them. `clusters` is ascending in frequency, so each interval is a range of it,
 * found by bisection.
 */
function partnerGroups(
  clusters: readonly number[],
  omegas: Float64Array,
  pairs: RedfieldPairSelection,
): Map<string, { members: number[]; partners: { all: boolean; from: number; to: number } }> {
  const groups = new Map<
    string,
    { members: number[]; partners: { all: boolean; from: number; to: number } }
  >();
  const frequencies = clusters.map((cluster) => omegas[cluster]);
  /** The number of frequencies below x (or at most x, `inclusive`). */
  const count = (x: number, inclusive: boolean) => {
    let lo = 0;
    let hi = frequencies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (frequencies[mid] < x || (inclusive && frequencies[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const cluster of clusters) {
    const omega = omegas[cluster];
    let from = omega - pairs.secularCutoff;
    let to = omega + pairs.secularCutoff;
    if (pairs.rotatingWave && omega > 0) from = Math.max(from, 0);
    if (pairs.rotatingWave && omega < 0) to = Math.min(to, 0);
    // the interval as the range of partner clusters it holds, so that equal sets share one group
    const lo = count(from, false);
    const hi = count(to, true) - 1;
    const all = lo === 0 && hi === frequencies.length - 1;
    const key = all ? "all" : `${lo}:${hi}`;
    let group = groups.get(key);
    if (!group) {
      group = { members: [], partners: { all, from, to } };
      groups.set(key, group);
    }
    group.members.push(cluster);
  }
  return groups;
}
