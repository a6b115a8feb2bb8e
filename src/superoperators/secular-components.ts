import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { realRepresentationBuffers, realRepresentationInto } from "../linalg/hermitian-operator-basis.js";
import { realNonZeros, type SparseEntries } from "../linalg/sparse-entries.js";
import { addLindbladDissipatorInPlace } from "../linalg/superoperator.js";
import { forEachBohrComponent } from "../physics/bohr-components.js";
import type { Bath, BathChannel } from "../physics/problem.js";
import { RateDivergenceError } from "../physics/rate-divergence-error.js";

/** S(ω) of a channel, which must be finite and non-negative. */
export function rateAt(bath: Bath, channel: BathChannel, omega: number): number {
  const rate = channel.spectrum(omega);
  if (rate === Number.POSITIVE_INFINITY) {
    throw new RateDivergenceError(
      `bath "${bath.name}", channel ${channel.label}: the noise spectrum diverges at the Bohr frequency ω = ${omega} ` +
        "(a zero-frequency transition in a flat bosonic bath, whose rate γ(n(ω) + 1) grows like γT/ω); change the " +
        "parameters so that no transition of this coupling has ω = 0, or use a spectral density that vanishes there (ohmic)",
    );
  }
  if (!Number.isFinite(rate) || rate < 0) {
    throw new RangeError(
      `bath "${bath.name}", channel ${channel.label}: the noise spectrum at the Bohr frequency ω = ${omega} is ${rate}; ` +
        "a finite non-negative rate is needed",
    );
  }
  return rate;
}

/**
 * Largest Hilbert-space dimension whose unit-rate component dissipators D[A(ω)] are kept: n ≤ 8 keeps
 * at most n² superoperators of n⁴ complex entries per channel (4 MB at n = 8); larger systems stream
 * the components instead.
 */
const MAX_CACHED_DIMENSION = 8;

/** D[A(ω)] at unit rate, as the non-zero entries of its real representation. */
export interface ComponentDissipator {
  omega: number;
  /** M_ab = Tr[G_a D(G_b)] in the Hermitian basis of hermitian-operator-basis.ts (real, n²×n² row-major). */
  realRepresentation: SparseEntries;
}

/**
 * The unit-rate dissipators D[A(ω)] of the Bohr components of `operator`, built once per (eigen,
 * operator) pair of objects while both live. A sweep over temperatures, chemical potentials or coupling
 * strengths keeps H_S (hence its eigendecomposition, build-problem.ts) and the coupling operators, so each
 * point then costs one sparse scaled addition per component: the dissipator is linear in the rates S(ω).
 * Undefined above MAX_CACHED_DIMENSION.
 */
export function componentDissipatorsOf(
  operator: ComplexMatrix,
  eigen: HermitianEigenDecomposition,
): readonly ComponentDissipator[] | undefined {
  const n = operator.rows;
  if (n > MAX_CACHED_DIMENSION) return undefined;
  let perOperator = componentCache.get(eigen);
  if (!perOperator) {
    perOperator = new WeakMap();
    componentCache.set(eigen, perOperator);
  }
  let components = perOperator.get(operator);
  if (!components) {
    const built: ComponentDissipator[] = [];
    const dense = new ComplexMatrix(n * n, n * n);
    const buffers = realRepresentationBuffers(n);
    forEachBohrComponent(operator, eigen, (omega, component) => {
      dense.data.fill(0);
      addLindbladDissipatorInPlace(dense, component, 1);
      const { matrix } = realRepresentationInto(dense, n, buffers);
      built.push({ omega, realRepresentation: realNonZeros(matrix) });
    });
    components = built;
    perOperator.set(operator, components);
  }
  return components;
}

const componentCache = new WeakMap<
  HermitianEigenDecomposition,
  WeakMap<ComplexMatrix, readonly ComponentDissipator[]>
>();
