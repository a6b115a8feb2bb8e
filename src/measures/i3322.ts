import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { PAULI_X, PAULI_Y, PAULI_Z, siteOperator } from "../physics/spin-operators.js";
import { type BlochDirection, correlationMatrix } from "./chsh.js";
import { mulberry32 } from "./seeded-random.js";
import { expectation } from "./site-observables.js";

/**
 * The I3322 Bell expression with ±1 outcomes (001_a04d396bbf339a9e.txt eq. (6)):
 *   B3322 = A1⊗(B1 + B2 + B3) + A2⊗(B1 + B2 − B3) + A3⊗(B1 − B2) + (A1 + A2)⊗1 − 1⊗(B1 + B2),
 * local hidden variables give Tr[B3322 ρ] ≤ 4 (eq. (7)), quantum mechanics at most 5 (a maximally entangled
 * state). COEFFICIENTS[i][j] multiplies Ai⊗Bj; Alice's marginal enters with ALICE_MARGINAL[i], Bob's with
 * BOB_MARGINAL[j].
 */
const COEFFICIENTS = [
  [1, 1, 1],
  [1, 1, -1],
  [1, -1, 0],
] as const;
const ALICE_MARGINAL = [1, 1, 0] as const;
const BOB_MARGINAL = [-1, -1, 0] as const;

/** Three measurement directions per party (qubit 0 = Alice, qubit 1 = Bob); the observables are n·σ. */
export interface I3322Settings {
  alice: [BlochDirection, BlochDirection, BlochDirection];
  bob: [BlochDirection, BlochDirection, BlochDirection];
}

export interface I3322Optimum extends I3322Settings {
  /** max Tr[B3322 ρ] over projective measurements: at most 5; above 4 it violates eq. (7). */
  value: number;
  /** Whether the see-saw reached its maximum (the value stopped rising) within its step budget. */
  converged: boolean;
}

/** The quantities B3322 needs: T_kl = Tr[ρ σk⊗σl] and the local Bloch vectors of both qubits. */
interface BellData {
  t: Float64Array;
  aliceBloch: [number, number, number];
  bobBloch: [number, number, number];
}

const PAULIS = [PAULI_X, PAULI_Y, PAULI_Z];
const ALICE_PAULIS = PAULIS.map((p) => siteOperator(p, 0, 2));
const BOB_PAULIS = PAULIS.map((p) => siteOperator(p, 1, 2));

function bellData(rho: ComplexMatrix): BellData {
  return {
    t: correlationMatrix(rho),
    aliceBloch: ALICE_PAULIS.map((p) => expectation(p, rho)) as [number, number, number],
    bobBloch: BOB_PAULIS.map((p) => expectation(p, rho)) as [number, number, number],
  };
}

/**
 * Tr[B3322 ρ] for given directions (eq. (6)) with ⟨(a·σ)⊗(b·σ)⟩ = aᵀTb, ⟨(a·σ)⊗1⟩ = a·r_A, ⟨1⊗(b·σ)⟩ = b·r_B.
 */
export function i3322Value(rho: ComplexMatrix, settings: I3322Settings): number {
  return bellValue(bellData(rho), settings.alice, settings.bob);
}

function bellValue(data: BellData, alice: readonly BlochDirection[], bob: readonly BlochDirection[]): number {
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const a = alice[i];
    sum += ALICE_MARGINAL[i] * dot(a, data.aliceBloch);
    for (let j = 0; j < 3; j++) {
      if (COEFFICIENTS[i][j] === 0) continue;
      sum += COEFFICIENTS[i][j] * bilinear(a, data.t, bob[j]);
    }
  }
  for (let j = 0; j < 3; j++) sum += BOB_MARGINAL[j] * dot(bob[j], data.bobBloch);
  return sum;
}

/**
 * Maximal I3322 value max Tr[B3322 ρ] over projective qubit measurements (six Bloch directions), the
 * quantity inside eq. (8) of 001_a04d396bbf339a9e.txt, by a multi-start see-saw: for fixed Bob directions
 * the value is Σ_i a_i·v_i + const, maximised by a_i = v_i/|v_i| with v_i = T Σ_j c_ij b_j + m_i r_A, and
 * symmetrically for Bob with w_j = Tᵀ Σ_i c_ij a_i + m'_j r_B. Each step cannot decrease the value, so each
 * start climbs to a local maximum; `starts` random starting directions (seeded mulberry32, deterministic
 * for a given seed) make finding the global one very likely. Always ≤ 5 (Tsirelson-type bound of eq. (6)).
 */
export function maximiseI3322(
  rho: ComplexMatrix,
  options: { seed?: number; starts?: number; maxIterations?: number } = {},
): I3322Optimum {
  const seed = options.seed ?? 1;
  const starts = options.starts ?? 24;
  const maxIterations = options.maxIterations ?? 400;
  if (!Number.isInteger(starts) || starts < 1) {
    throw new RangeError(`invalid argument. Number of starts must be a positive integer. Value: ${starts}.`);
  }
  if (!Number.isInteger(seed)) {
    throw new TypeError(`invalid argument. Seed must be an integer. Value: ${seed}.`);
  }
  const data = bellData(rho);
  const random = mulberry32(seed);
  let best: Omit<I3322Optimum, "converged"> | null = null;
  for (let run = 0; run < starts; run++) {
    let bob = [randomDirection(random), randomDirection(random), randomDirection(random)];
    let alice = bestAlice(data, bob);
    let value = bellValue(data, alice, bob);
    for (let iteration = 0; iteration < maxIterations; iteration++) {
      bob = bestBob(data, alice);
      alice = bestAlice(data, bob);
      const next = bellValue(data, alice, bob);
      const converged = next - value <= 1e-14 * Math.max(1, Math.abs(next));
      value = next;
      if (converged) break;
    }
    if (best === null || value > best.value) {
      best = {
        value,
        alice: alice as I3322Settings["alice"],
        bob: bob as I3322Settings["bob"],
      };
    }
  }
  return refine(data, best!);
}

/** See-saw steps the best start may take to reach its maximum (cheap: a few hundred flops each). */
const REFINE_ITERATIONS = 200_000;
/** Steps over which the value must have stopped rising. */
const REFINE_WINDOW = 100;

/**
 * The best start climbed to its local maximum: the see-saw converges slowly (sublinearly) where the
 * maximum is flat, and a stop after a fixed number of steps under-reports it (by up to 3e-5 on Redfield
 * states). The climb goes on until the value has risen by less than 1e-15 (relative) over REFINE_WINDOW
 * steps; `converged` is false if REFINE_ITERATIONS were not enough.
 */
function refine(data: BellData, start: Omit<I3322Optimum, "converged">): I3322Optimum {
  let { alice, bob } = start as { alice: BlochDirection[]; bob: BlochDirection[] };
  let value = start.value;
  let windowStart = value;
  for (let iteration = 1; iteration <= REFINE_ITERATIONS; iteration++) {
    bob = bestBob(data, alice);
    alice = bestAlice(data, bob);
    value = Math.max(value, bellValue(data, alice, bob));
    if (iteration % REFINE_WINDOW === 0) {
      if (value - windowStart <= 1e-15 * Math.max(1, Math.abs(value))) {
        return {
          value,
          alice: alice as I3322Settings["alice"],
          bob: bob as I3322Settings["bob"],
          converged: true,
        };
      }
      windowStart = value;
    }
  }
  return {
    value,
    alice: alice as I3322Settings["alice"],
    bob: bob as I3322Settings["bob"],
    converged: false,
  };
}

/** Alice's optimal directions for fixed Bob directions: a_i ∥ T Σ_j c_ij b_j + m_i r_A. */
function bestAlice(data: BellData, bob: readonly BlochDirection[]): BlochDirection[] {
  const out: BlochDirection[] = [];
  for (let i = 0; i < 3; i++) {
    const v = [0, 0, 0];
    for (let k = 0; k < 3; k++) {
      v[k] = ALICE_MARGINAL[i] * data.aliceBloch[k];
      for (let j = 0; j < 3; j++) {
        const c = COEFFICIENTS[i][j];
        if (c === 0) continue;
        for (let l = 0; l < 3; l++) v[k] += c * data.t[3 * k + l] * bob[j][l];
      }
    }
    out.push(unitOrKeep(v, bob[0]));
  }
  return out;
}

/** Bob's optimal directions for fixed Alice directions: b_j ∥ Tᵀ Σ_i c_ij a_i + m'_j r_B. */
function bestBob(data: BellData, alice: readonly BlochDirection[]): BlochDirection[] {
  const out: BlochDirection[] = [];
  for (let j = 0; j < 3; j++) {
    const w = [0, 0, 0];
    for (let l = 0; l < 3; l++) {
      w[l] = BOB_MARGINAL[j] * data.bobBloch[l];
      for (let i = 0; i < 3; i++) {
        const c = COEFFICIENTS[i][j];
        if (c === 0) continue;
        for (let k = 0; k < 3; k++) w[l] += c * alice[i][k] * data.t[3 * k + l];
      }
    }
    out.push(unitOrKeep(w, alice[0]));
  }
  return out;
}

/** v/|v|, or the fallback direction when v = 0 (then every direction is optimal). */
function unitOrKeep(v: number[], fallback: BlochDirection): BlochDirection {
  const length = Math.hypot(v[0], v[1], v[2]);
  return length > 0 ? [v[0] / length, v[1] / length, v[2] / length] : fallback;
}

/** A uniformly random direction on the sphere. */
function randomDirection(random: () => number): BlochDirection {
  const z = 2 * random() - 1;
  const phi = 2 * Math.PI * random();
  const r = Math.sqrt(1 - z * z);
  return [r * Math.cos(phi), r * Math.sin(phi), z];
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function bilinear(a: BlochDirection, t: Float64Array, b: BlochDirection): number {
  let sum = 0;
  for (let k = 0; k < 3; k++) for (let l = 0; l < 3; l++) sum += a[k] * t[3 * k + l] * b[l];
  return sum;
}
