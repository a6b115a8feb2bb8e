import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { PAULI_X, PAULI_Y, PAULI_Z } from "../physics/spin-operators.js";
import { nelderMeadMinimise } from "./nelder-mead.js";
import { mulberry32 } from "./seeded-random.js";
import { symmetricEigenvalues3x3 } from "./symmetric-3x3-eigenvalues.js";

/** A direction on the Bloch sphere (unit vector); the observable is n·σ = n_x σx + n_y σy + n_z σz. */
export type BlochDirection = readonly [number, number, number];

/**
 * The non-zero elements of σ_i⊗σ_j for i, j ∈ {x, y, z} (four each), as flat lists of
 * (row, column, re, im), built once from (P⊗Q)_{(ab),(cd)} = P_ac Q_bd with (ab) = 2a + b.
 */
const PAULI_PRODUCTS: number[][] = (() => {
  const paulis = [PAULI_X, PAULI_Y, PAULI_Z];
  const products: number[][] = [];
  for (const p of paulis) {
    for (const q of paulis) {
      const entries: number[] = [];
      for (let a = 0; a < 2; a++) {
        for (let b = 0; b < 2; b++) {
          for (let c = 0; c < 2; c++) {
            for (let d = 0; d < 2; d++) {
              const re = p.re(a, c) * q.re(b, d) - p.im(a, c) * q.im(b, d);
              const im = p.re(a, c) * q.im(b, d) + p.im(a, c) * q.re(b, d);
              if (re !== 0 || im !== 0) entries.push(2 * a + b, 2 * c + d, re, im);
            }
          }
        }
      }
      products.push(entries);
    }
  }
  return products;
})();

/**
 * Correlation matrix of a two-qubit state, T_ij = Tr[ρ σ_i⊗σ_j] (i: qubit 0 = Alice, j: qubit 1 = Bob;
 * x, y, z = 0, 1, 2), returned row-major (T_ij at 3i + j): T_ij = Re Σ_{rc} (σ_i⊗σ_j)_rc ρ_cr.
 */
export function correlationMatrix(rho: ComplexMatrix): Float64Array {
  return fillCorrelationMatrix(rho, new Float64Array(9));
}

function fillCorrelationMatrix(rho: ComplexMatrix, t: Float64Array): Float64Array {
  assertTwoQubitState(rho);
  const r = rho.data;
  for (let k = 0; k < 9; k++) {
    const entries = PAULI_PRODUCTS[k];
    let sum = 0;
    for (let e = 0; e < entries.length; e += 4) {
      const element = 2 * (entries[e + 1] * 4 + entries[e]);
      sum += entries[e + 2] * r[element] - entries[e + 3] * r[element + 1];
    }
    t[k] = sum;
  }
  return t;
}

/** Scratch space reused by horodeckiChshMaximum (runs at each point of a sweep): T and TᵀT. */
const CORRELATION_SCRATCH = new Float64Array(9);
const GRAM_SCRATCH = new Float64Array(9);

/**
 * Maximal CHSH value over all measurement directions (Horodecki criterion; R. Horodecki, P. Horodecki and
 * M. Horodecki, Phys. Lett. A 200, 340 (1995); paper 001_a04d396bbf339a9e.txt ref. [15]):
 *   B_max = max Tr[ρ B_CHSH] = 2√(λ1 + λ2),
 * λ1 ≥ λ2 the two largest eigenvalues of TᵀT. Between 0 and 2√2 (Tsirelson); the CHSH inequality of
 * paper 001 eq. (4) is violated iff B_max > 2. For X states this is paper 001 eqs. (9)-(10).
 */
export function horodeckiChshMaximum(rho: ComplexMatrix): number {
  return horodeckiChshFromCorrelation(fillCorrelationMatrix(rho, CORRELATION_SCRATCH));
}

/** B_max = 2√(λ1 + λ2) from a correlation matrix T (row-major), λ1 ≥ λ2 the largest eigenvalues of TᵀT. */
export function horodeckiChshFromCorrelation(t: ArrayLike<number>): number {
  const gram = GRAM_SCRATCH;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      gram[3 * i + j] = t[i] * t[j] + t[3 + i] * t[3 + j] + t[6 + i] * t[6 + j];
    }
  }
  const [, middle, largest] = symmetricEigenvalues3x3(gram);
  return 2 * Math.sqrt(Math.max(0, largest + middle));
}

/**
 * CHSH value for given measurement directions (paper 001_a04d396bbf339a9e.txt eq. (3)):
 *   ⟨B⟩ = ⟨A⊗B⟩ + ⟨A⊗B′⟩ + ⟨A′⊗B⟩ − ⟨A′⊗B′⟩,  ⟨(a·σ)⊗(b·σ)⟩ = aᵀ T b,
 * with A = a·σ, A′ = a′·σ on qubit 0 and B = b·σ, B′ = b′·σ on qubit 1.
 */
export function chshValue(
  rho: ComplexMatrix,
  a: BlochDirection,
  aPrime: BlochDirection,
  b: BlochDirection,
  bPrime: BlochDirection,
): number {
  for (const [name, direction] of [
    ["a", a],
    ["a'", aPrime],
    ["b", b],
    ["b'", bPrime],
  ] as const) {
    assertUnitVector(direction, name);
  }
  const t = correlationMatrix(rho);
  const correlation = (u: BlochDirection, v: BlochDirection) => {
    let sum = 0;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) sum += u[i] * t[3 * i + j] * v[j];
    }
    return sum;
  };
  return correlation(a, b) + correlation(a, bPrime) + correlation(aPrime, b) - correlation(aPrime, bPrime);
}

export interface ChshOptimum {
  value: number;
  a: BlochDirection;
  aPrime: BlochDirection;
  b: BlochDirection;
  bPrime: BlochDirection;
}

/**
 * Maximal CHSH value found by direct numerical optimisation over the four measurement directions, an
 * independent check of the Horodecki closed form (horodeckiChshMaximum). Bob's best directions for given
 * a, a′ are known: ⟨B⟩ = (a + a′)ᵀT b + (a − a′)ᵀT b′ is maximised by b ∥ Tᵀ(a + a′), b′ ∥ Tᵀ(a − a′), giving
 *   F(a, a′) = |Tᵀ(a + a′)| + |Tᵀ(a − a′)|,
 * which is maximised over the spherical angles (θ, φ, θ′, φ′) of a, a′ by Nelder-Mead from `starts` random
 * points (deterministic: a seeded mulberry32 generator), each run polished by one restart at its optimum.
 */
export function maximiseChshNumerically(
  rho: ComplexMatrix,
  options: { seed?: number; starts?: number } = {},
): ChshOptimum {
  const seed = options.seed ?? 1;
  const starts = options.starts ?? 8;
  if (!Number.isInteger(starts) || starts < 1) {
    throw new RangeError(`invalid argument. Number of starts must be a positive integer. Value: ${starts}.`);
  }
  if (!Number.isInteger(seed)) {
    throw new TypeError(`invalid argument. Seed must be an integer. Value: ${seed}.`);
  }
  const t = correlationMatrix(rho);
  const random = mulberry32(seed);
  const negativeF = (angles: Float64Array) => {
    const [a, aPrime] = directionsFromAngles(angles);
    return -(norm(transposeTimes(t, a, aPrime, 1)) + norm(transposeTimes(t, a, aPrime, -1)));
  };
  const settings = { initialStep: 0.3, tolerance: 1e-12, maxEvaluations: 4000 };
  let bestAngles: ArrayLike<number> = [0, 0, 0, 0];
  let bestValue = Number.POSITIVE_INFINITY;
  for (let run = 0; run < starts; run++) {
    const start = [Math.PI * random(), 2 * Math.PI * random(), Math.PI * random(), 2 * Math.PI * random()];
    const first = nelderMeadMinimise(negativeF, start, settings);
    const polished = nelderMeadMinimise(negativeF, first.x, { ...settings, initialStep: 0.01 });
    if (polished.value < bestValue) {
      bestValue = polished.value;
      bestAngles = polished.x;
    }
  }
  const [a, aPrime] = directionsFromAngles(bestAngles);
  const b = unitOrDefault(transposeTimes(t, a, aPrime, 1));
  const bPrime = unitOrDefault(transposeTimes(t, a, aPrime, -1));
  return { value: -bestValue, a, aPrime, b, bPrime };
}

function directionsFromAngles(angles: ArrayLike<number>): [BlochDirection, BlochDirection] {
  const spherical = (theta: number, phi: number): BlochDirection => [
    Math.sin(theta) * Math.cos(phi),
    Math.sin(theta) * Math.sin(phi),
    Math.cos(theta),
  ];
  return [spherical(angles[0], angles[1]), spherical(angles[2], angles[3])];
}

/** Tᵀ(a + sign·a′). */
function transposeTimes(
  t: Float64Array,
  a: BlochDirection,
  aPrime: BlochDirection,
  sign: number,
): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const u = a[i] + sign * aPrime[i];
    for (let j = 0; j < 3; j++) out[j] += t[3 * i + j] * u;
  }
  return out;
}

function norm(v: readonly number[]): number {
  return Math.hypot(v[0], v[1], v[2]);
}

/** v/|v|, or ẑ when v = 0 (then every direction is optimal). */
function unitOrDefault(v: [number, number, number]): BlochDirection {
  const length = norm(v);
  return length > 0 ? [v[0] / length, v[1] / length, v[2] / length] : [0, 0, 1];
}

function assertUnitVector(direction: BlochDirection, name: string): void {
  const norm = direction.length === 3 ? Math.hypot(direction[0], direction[1], direction[2]) : Number.NaN;
  if (!(Math.abs(norm - 1) <= 1e-9)) {
    throw new RangeError(
      `invalid argument. Direction ${name} must be a unit 3-vector. Value: [${direction.join(", ")}].`,
    );
  }
}

function assertTwoQubitState(rho: ComplexMatrix): void {
  if (rho.rows !== 4 || rho.cols !== 4) {
    throw new RangeError(`invalid argument. A two-qubit state must be 4x4. Value: ${rho.rows}x${rho.cols}.`);
  }
}
