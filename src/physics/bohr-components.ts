import { assertSquare, ComplexMatrix, frobeniusNorm } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen } from "../linalg/eigen.js";

export interface BohrComponent {
  /** Bohr frequency ω = E_b − E_a of the transitions b → a it contains (ω > 0 lowers the energy). */
  omega: number;
  operator: ComplexMatrix;
}

export interface BohrComponentOptions {
  /**
   * Absolute tolerance within which two Bohr frequencies count as equal. Default: 1e-9 × the spectral
   * width E_max − E_min, but at least 1e-12.
   */
  tolerance?: number;
  /** Basis of the returned operators: the site basis of DESIGN.md (default) or H's eigenbasis. */
  basis?: "site" | "eigen";
}

/** Fraction of ‖A‖_F below which a component is dropped as numerical noise. */
const NEGLIGIBLE_COMPONENT = 1e-14;
const RELATIVE_FREQUENCY_TOLERANCE = 1e-9;
const ABSOLUTE_FREQUENCY_TOLERANCE = 1e-12;

/**
 * Bohr-frequency components of an operator A with respect to a Hermitian H (DESIGN.md):
 *   A(ω) = Σ_{E_b − E_a = ω} |a⟩⟨a|A|b⟩⟨b|,   so Σ_ω A(ω) = A and [H, A(ω)] = −ω A(ω)
 * (Breuer & Petruccione, The Theory of Open Quantum Systems, eq. (3.120)). Pass H itself, or its
 * eigendecomposition when several operators share one H (it is then not recomputed).
 *
 * Degenerate frequencies: all n² differences E_b − E_a are sorted and split wherever two neighbours
 * differ by more than the tolerance (single-linkage clustering, so a long chain of close frequencies
 * forms one group). A group's frequency is its median, which is exactly 0 for the group holding the
 * diagonal and exactly −ω for the mirror image of a group at ω. A component is dropped when all its
 * elements ⟨a|A|b⟩ are at most 1e-14·‖A‖_F. Components are sorted by ascending ω.
 */
export function bohrComponents(
  operator: ComplexMatrix,
  hamiltonianOrEigen: ComplexMatrix | HermitianEigenDecomposition,
  options: BohrComponentOptions = {},
): BohrComponent[] {
  const components: BohrComponent[] = [];
  forEachBohrComponent(
    operator,
    hamiltonianOrEigen,
    (omega, component) => components.push({ omega, operator: component.clone() }),
    options,
  );
  return components;
}

/**
 * The same decomposition without allocating: `visit(ω, A(ω))` is called for each component in
 * ascending ω with a matrix that is reused between calls (valid only during the call). Engines that
 * consume each component at once (e.g. adding γ(ω)D[A(ω)] to a generator) use this in sweeps. The
 * work buffers are shared, so `visit` must not decompose another operator itself.
 */
export function forEachBohrComponent(
  operator: ComplexMatrix,
  hamiltonianOrEigen: ComplexMatrix | HermitianEigenDecomposition,
  visit: (omega: number, component: ComplexMatrix) => void,
  options: BohrComponentOptions = {},
): void {
  const { values, vectors } =
    hamiltonianOrEigen instanceof ComplexMatrix ? hermitianEigen(hamiltonianOrEigen) : hamiltonianOrEigen;
  const n = values.length;
  assertSquare(operator, "Operator");
  if (operator.rows !== n || vectors.rows !== n || vectors.cols !== n) {
    throw new RangeError(
      `invalid argument. Operator and eigenvectors must match the ${n} eigenvalues. Value: ${operator.rows}x${operator.cols} and ${vectors.rows}x${vectors.cols}.`,
    );
  }
  const basis = options.basis ?? "site";
  if (basis !== "site" && basis !== "eigen") {
    throw new RangeError(`invalid argument. Basis must be "site" or "eigen". Value: ${basis}.`);
  }
  const tolerance =
    options.tolerance ??
    Math.max(ABSOLUTE_FREQUENCY_TOLERANCE, RELATIVE_FREQUENCY_TOLERANCE * (values[n - 1] - values[0]));
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`invalid argument. Tolerance must be non-negative and finite. Value: ${tolerance}.`);
  }
  if (n === 0) return;

  const buffers = scratchBuffers(n);
  toEigenbasis(operator.data, vectors.data, n, buffers);
  const groupCount = groupFrequencies(values, tolerance, buffers);
  const { inEigenbasis, order, groupStarts, groupOmegas, component } = buffers;
  const threshold = NEGLIGIBLE_COMPONENT * frobeniusNorm(operator);
  const thresholdSquared = threshold * threshold;
  for (let group = 0; group < groupCount; group++) {
    const start = groupStarts[group];
    const end = groupStarts[group + 1];
    let negligible = true;
    for (let k = start; k < end && negligible; k++) {
      const re = inEigenbasis[2 * order[k]];
      const im = inEigenbasis[2 * order[k] + 1];
      negligible = re * re + im * im <= thresholdSquared;
    }
    if (negligible) continue;
    component.data.fill(0);
    if (basis === "eigen") {
      for (let k = start; k < end; k++) {
        const pair = order[k];
        component.data[2 * pair] = inEigenbasis[2 * pair];
        component.data[2 * pair + 1] = inEigenbasis[2 * pair + 1];
      }
    } else {
      addSiteBasisTransitions(component.data, inEigenbasis, order, start, end, vectors.data, n);
    }
    visit(groupOmegas[group], component);
  }
}

/**
 * Work arrays reused between calls (bohrComponents runs for every channel at every sweep point, and
 * allocation dominates its cost for small systems); only the returned components are allocated.
 */
interface ScratchBuffers {
  n: number;
  /** A·V, then ⟨a|A|b⟩ = (V†AV)_ab, interleaved. */
  product: Float64Array;
  inEigenbasis: Float64Array;
  /** E_b − E_a at index a·n + b. */
  frequencies: Float64Array;
  /** Pair indices sorted by frequency; group g holds order[groupStarts[g] .. groupStarts[g+1]). */
  order: Int32Array;
  groupStarts: Int32Array;
  groupOmegas: Float64Array;
  /** The component handed to the visitor. */
  component: ComplexMatrix;
}

let scratch: ScratchBuffers | null = null;

function scratchBuffers(n: number): ScratchBuffers {
  if (scratch === null || scratch.n !== n) {
    scratch = {
      n,
      product: new Float64Array(2 * n * n),
      inEigenbasis: new Float64Array(2 * n * n),
      frequencies: new Float64Array(n * n),
      order: new Int32Array(n * n),
      groupStarts: new Int32Array(n * n + 1),
      groupOmegas: new Float64Array(n * n),
      component: new ComplexMatrix(n, n),
    };
  }
  return scratch;
}

/** Fills inEigenbasis with ⟨a|A|b⟩ = (V† A V)_ab. */
function toEigenbasis(a: Float64Array, v: Float64Array, n: number, buffers: ScratchBuffers): void {
  const av = buffers.product;
  const out = buffers.inEigenbasis;
  av.fill(0);
  out.fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aRe = a[2 * (i * n + k)];
      const aIm = a[2 * (i * n + k) + 1];
      if (aRe === 0 && aIm === 0) continue;
      for (let b = 0; b < n; b++) {
        const vRe = v[2 * (k * n + b)];
        const vIm = v[2 * (k * n + b) + 1];
        av[2 * (i * n + b)] += aRe * vRe - aIm * vIm;
        av[2 * (i * n + b) + 1] += aRe * vIm + aIm * vRe;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < n; a++) {
      // conj(V_ia)
      const vRe = v[2 * (i * n + a)];
      const vIm = -v[2 * (i * n + a) + 1];
      if (vRe === 0 && vIm === 0) continue;
      for (let b = 0; b < n; b++) {
        const xRe = av[2 * (i * n + b)];
        const xIm = av[2 * (i * n + b) + 1];
        out[2 * (a * n + b)] += vRe * xRe - vIm * xIm;
        out[2 * (a * n + b) + 1] += vRe * xIm + vIm * xRe;
      }
    }
  }
}

/**
 * Sorts the pair frequencies E_b − E_a, splits them where neighbours differ by more than the
 * tolerance, and stores each group's median frequency. Returns the number of groups.
 */
function groupFrequencies(values: Float64Array, tolerance: number, buffers: ScratchBuffers): number {
  const { frequencies, order, groupStarts, groupOmegas } = buffers;
  const n = values.length;
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) frequencies[a * n + b] = values[b] - values[a];
  sortIndices(frequencies, order);
  let groupCount = 0;
  let start = 0;
  for (let k = 1; k <= order.length; k++) {
    if (k < order.length && frequencies[order[k]] - frequencies[order[k - 1]] <= tolerance) continue;
    const middle = start + ((k - start) >> 1);
    groupStarts[groupCount] = start;
    groupOmegas[groupCount] =
      (k - start) % 2 === 1
        ? frequencies[order[middle]]
        : (frequencies[order[middle - 1]] + frequencies[order[middle]]) / 2;
    groupCount++;
    start = k;
  }
  groupStarts[groupCount] = order.length;
  return groupCount;
}

/** order ← indices sorting keys ascending: insertion sort for the few keys of small systems, else Array sort. */
function sortIndices(keys: Float64Array, order: Int32Array): void {
  if (keys.length > 256) {
    const sorted = Array.from(keys.keys()).sort((x, y) => keys[x] - keys[y]);
    order.set(sorted);
    return;
  }
  for (let k = 0; k < order.length; k++) {
    const key = keys[k];
    let j = k - 1;
    while (j >= 0 && keys[order[j]] > key) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = k;
  }
}

/** target += Σ_{pairs (a,b)} ⟨a|A|b⟩ |a⟩⟨b| in the site basis: element (i, j) gets ⟨a|A|b⟩ V_ia conj(V_jb). */
function addSiteBasisTransitions(
  target: Float64Array,
  inEigenbasis: Float64Array,
  order: Int32Array,
  start: number,
  end: number,
  v: Float64Array,
  n: number,
): void {
  for (let k = start; k < end; k++) {
    const pair = order[k];
    const elementRe = inEigenbasis[2 * pair];
    const elementIm = inEigenbasis[2 * pair + 1];
    if (elementRe === 0 && elementIm === 0) continue;
    const a = Math.floor(pair / n);
    const b = pair - a * n;
    for (let i = 0; i < n; i++) {
      // ⟨a|A|b⟩ V_ia
      const vRe = v[2 * (i * n + a)];
      const vIm = v[2 * (i * n + a) + 1];
      const leftRe = elementRe * vRe - elementIm * vIm;
      const leftIm = elementRe * vIm + elementIm * vRe;
      if (leftRe === 0 && leftIm === 0) continue;
      const row = 2 * i * n;
      for (let j = 0; j < n; j++) {
        // times conj(V_jb)
        const wRe = v[2 * (j * n + b)];
        const wIm = -v[2 * (j * n + b) + 1];
        target[row + 2 * j] += leftRe * wRe - leftIm * wIm;
        target[row + 2 * j + 1] += leftRe * wIm + leftIm * wRe;
      }
    }
  }
}
