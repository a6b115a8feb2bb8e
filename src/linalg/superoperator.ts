import { adjoint, ComplexMatrix } from "./complex-matrix.js";

/**
 * Superoperators as n²×n² matrices acting on column-stacked density matrices (DESIGN.md, contract):
 *
 *   vec(ρ)[i + j·n] = ρ_ij,   so   vec(AρB) = (Bᵀ ⊗ A) vec(ρ),
 *
 * i.e. the superoperator element S[i + j·n, k + l·n] is the coefficient of ρ_kl in S(ρ)_ij, and
 * sprepost(A, B)[i + j·n, k + l·n] = A_ik B_lj. Everything in this file is built element by element from
 * that formula (no general Kronecker products), so building a Liouvillian costs O(n⁴) per term at most.
 */

/** vec(ρ): the n²×1 column vector with vec(ρ)[i + j·n] = ρ_ij. */
export function vec(rho: ComplexMatrix): ComplexMatrix {
  const n = rho.rows;
  if (rho.cols !== n) {
    throw new RangeError(`invalid argument. vec needs a square matrix. Value: ${rho.rows}x${rho.cols}.`);
  }
  const out = new ComplexMatrix(n * n, 1);
  const d = rho.data;
  const o = out.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      o[2 * (i + j * n)] = d[2 * (i * n + j)];
      o[2 * (i + j * n) + 1] = d[2 * (i * n + j) + 1];
    }
  }
  return out;
}

/** Inverse of vec: the n×n matrix ρ with ρ_ij = v[i + j·n]; v may be a column or a row with n² entries. */
export function unvec(v: ComplexMatrix, n: number = Math.round(Math.sqrt(v.rows * v.cols))): ComplexMatrix {
  if (!Number.isInteger(n) || n < 0 || v.rows * v.cols !== n * n || (v.rows !== 1 && v.cols !== 1)) {
    throw new RangeError(
      `invalid argument. unvec needs a vector with n² = ${n * n} entries. Value: ${v.rows}x${v.cols}.`,
    );
  }
  const out = new ComplexMatrix(n, n);
  const d = v.data;
  const o = out.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      o[2 * (i * n + j)] = d[2 * (i + j * n)];
      o[2 * (i * n + j) + 1] = d[2 * (i + j * n) + 1];
    }
  }
  return out;
}

/** The Hilbert-space dimension n of an n²×n² superoperator (RangeError if S is not of that shape). */
export function superoperatorHilbertDimension(s: ComplexMatrix, what = "Superoperator"): number {
  const n = Math.round(Math.sqrt(s.rows));
  if (s.rows !== s.cols || n * n !== s.rows) {
    throw new RangeError(`invalid argument. ${what} must be n²×n² for some n. Value: ${s.rows}x${s.cols}.`);
  }
  return n;
}

/** spre(A): vec(Aρ) = (I ⊗ A) vec(ρ). */
export function spre(a: ComplexMatrix): ComplexMatrix {
  const n = operatorDimension(a, "spre operator");
  const out = new ComplexMatrix(n * n, n * n);
  addLeftMultiplicationInPlace(out.data, n, a.data, 1, 0);
  return out;
}

/** spost(B): vec(ρB) = (Bᵀ ⊗ I) vec(ρ). */
export function spost(b: ComplexMatrix): ComplexMatrix {
  const n = operatorDimension(b, "spost operator");
  const out = new ComplexMatrix(n * n, n * n);
  addRightMultiplicationInPlace(out.data, n, b.data, 1, 0);
  return out;
}

/** sprepost(A, B): vec(AρB) = (Bᵀ ⊗ A) vec(ρ). */
export function sprepost(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const n = operatorDimension(a, "sprepost left operator");
  if (b.rows !== n || b.cols !== n) {
    throw new RangeError(
      `invalid argument. sprepost operators must have equal shapes. Value: ${n}x${n} and ${b.rows}x${b.cols}.`,
    );
  }
  const out = new ComplexMatrix(n * n, n * n);
  const N = n * n;
  const t = out.data;
  const A = a.data;
  const B = b.data;
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      const br = B[2 * (l * n + j)];
      const bi = B[2 * (l * n + j) + 1];
      if (br === 0 && bi === 0) continue;
      for (let i = 0; i < n; i++) {
        const base = 2 * ((i + j * n) * N + l * n);
        for (let k = 0; k < n; k++) {
          const ar = A[2 * (i * n + k)];
          const ai = A[2 * (i * n + k) + 1];
          t[base + 2 * k] += ar * br - ai * bi;
          t[base + 2 * k + 1] += ar * bi + ai * br;
        }
      }
    }
  }
  return out;
}

/** The unitary part of the Liouvillian: ρ ↦ −i[H, ρ], i.e. −i(spre(H) − spost(H)). */
export function hamiltonianSuperoperator(h: ComplexMatrix): ComplexMatrix {
  const n = operatorDimension(h, "Hamiltonian");
  const out = new ComplexMatrix(n * n, n * n);
  addHamiltonianSuperoperatorInPlace(out, h);
  return out;
}

/** The Lindblad dissipator ρ ↦ γ(LρL† − ½{L†L, ρ}) = γ(sprepost(L, L†) − ½spre(L†L) − ½spost(L†L)). */
export function lindbladDissipator(l: ComplexMatrix, rate: number): ComplexMatrix {
  const n = operatorDimension(l, "Jump operator");
  const out = new ComplexMatrix(n * n, n * n);
  addLindbladDissipatorInPlace(out, l, rate);
  return out;
}

/** A Hamiltonian plus a list of Lindblad terms: L(ρ) = −i[H, ρ] + Σ_k γ_k(L_k ρ L_k† − ½{L_k†L_k, ρ}). */
export function lindbladLiouvillian(
  h: ComplexMatrix,
  dissipators: readonly { operator: ComplexMatrix; rate: number }[],
): ComplexMatrix {
  const liouvillian = hamiltonianSuperoperator(h);
  for (const term of dissipators) addLindbladDissipatorInPlace(liouvillian, term.operator, term.rate);
  return liouvillian;
}

/** In place: target += −i(spre(H) − spost(H)). Returns target. */
export function addHamiltonianSuperoperatorInPlace(target: ComplexMatrix, h: ComplexMatrix): ComplexMatrix {
  const n = operatorDimension(h, "Hamiltonian");
  assertSuperoperatorOf(target, n);
  addLeftMultiplicationInPlace(target.data, n, h.data, 0, -1);
  addRightMultiplicationInPlace(target.data, n, h.data, 0, 1);
  return target;
}

/**
 * In place: target += γ(LρL† − ½{L†L, ρ}) as a superoperator. Returns target. The jump term is written
 * straight from sprepost(L, L†)[i + j·n, k + l·n] = L_ik conj(L_jl), with no temporary superoperator.
 */
export function addLindbladDissipatorInPlace(
  target: ComplexMatrix,
  l: ComplexMatrix,
  rate: number,
): ComplexMatrix {
  const n = operatorDimension(l, "Jump operator");
  assertSuperoperatorOf(target, n);
  if (!Number.isFinite(rate)) {
    throw new RangeError(`invalid argument. Dissipator rate must be a finite number. Value: ${rate}.`);
  }
  if (rate === 0) return target;
  const N = n * n;
  const t = target.data;
  const L = l.data;
  for (let j = 0; j < n; j++) {
    for (let m = 0; m < n; m++) {
      // B_mj = (L†)_mj = conj(L_jm), times the rate
      const br = rate * L[2 * (j * n + m)];
      const bi = -rate * L[2 * (j * n + m) + 1];
      if (br === 0 && bi === 0) continue;
      for (let i = 0; i < n; i++) {
        const base = 2 * ((i + j * n) * N + m * n);
        for (let k = 0; k < n; k++) {
          const ar = L[2 * (i * n + k)];
          const ai = L[2 * (i * n + k) + 1];
          t[base + 2 * k] += ar * br - ai * bi;
          t[base + 2 * k + 1] += ar * bi + ai * br;
        }
      }
    }
  }
  const lDaggerL = adjointTimes(L, n);
  addLeftMultiplicationInPlace(t, n, lDaggerL, -0.5 * rate, 0);
  addRightMultiplicationInPlace(t, n, lDaggerL, -0.5 * rate, 0);
  return target;
}

/** S(ρ) computed as unvec(S·vec ρ) without forming vec ρ. */
export function applySuperoperator(s: ComplexMatrix, rho: ComplexMatrix): ComplexMatrix {
  const n = superoperatorHilbertDimension(s);
  if (rho.rows !== n || rho.cols !== n) {
    throw new RangeError(
      `invalid argument. Density matrix must be ${n}x${n} to match the superoperator. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  return applySuperoperatorInto(s, rho, new ComplexMatrix(n, n));
}

/** out = S(ρ) for an n²×n² superoperator S and n×n matrices ρ, out (shapes not checked; out ≠ ρ). */
export function applySuperoperatorInto(
  s: ComplexMatrix,
  rho: ComplexMatrix,
  out: ComplexMatrix,
): ComplexMatrix {
  const n = rho.rows;
  const N = n * n;
  const S = s.data;
  const R = rho.data;
  const o = out.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const row = 2 * (i + j * n) * N;
      let re = 0;
      let im = 0;
      for (let k = 0; k < n; k++) {
        for (let l = 0; l < n; l++) {
          const sr = S[row + 2 * (k + l * n)];
          const si = S[row + 2 * (k + l * n) + 1];
          const rr = R[2 * (k * n + l)];
          const ri = R[2 * (k * n + l) + 1];
          re += sr * rr - si * ri;
          im += sr * ri + si * rr;
        }
      }
      o[2 * (i * n + j)] = re;
      o[2 * (i * n + j) + 1] = im;
    }
  }
  return out;
}

/**
 * The Choi matrix C = Σ_ij |i⟩⟨j| ⊗ S(|i⟩⟨j|) (input index leftmost), i.e.
 * C[i·n + a, j·n + b] = S(|i⟩⟨j|)_ab = S[a + b·n, i + j·n]. By Choi's theorem S is completely positive
 * iff C ⪰ 0; S is trace preserving iff Tr_2 C = I (so Tr C = n).
 */
export function choiMatrix(s: ComplexMatrix, n: number = superoperatorHilbertDimension(s)): ComplexMatrix {
  if (superoperatorHilbertDimension(s) !== n) {
    throw new RangeError(
      `invalid argument. Superoperator must be ${n * n}x${n * n}. Value: ${s.rows}x${s.cols}.`,
    );
  }
  const N = n * n;
  const out = new ComplexMatrix(N, N);
  const S = s.data;
  const o = out.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const column = i + j * n;
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          const from = 2 * ((a + b * n) * N + column);
          const to = 2 * ((i * n + a) * N + j * n + b);
          o[to] = S[from];
          o[to + 1] = S[from + 1];
        }
      }
    }
  }
  return out;
}

/**
 * The Heisenberg-picture (adjoint) map S‡ defined by Tr[X† S(ρ)] = Tr[S‡(X)† ρ] for all X, ρ. Since
 * Tr[X†Y] = vec(X)†vec(Y), it is the conjugate transpose S† of the matrix in this convention.
 */
export function adjointSuperoperator(s: ComplexMatrix): ComplexMatrix {
  superoperatorHilbertDimension(s);
  return adjoint(s);
}

function operatorDimension(a: ComplexMatrix, what: string): number {
  if (a.rows !== a.cols) {
    throw new RangeError(`invalid argument. ${what} must be square. Value: ${a.rows}x${a.cols}.`);
  }
  return a.rows;
}

function assertSuperoperatorOf(target: ComplexMatrix, n: number): void {
  if (target.rows !== n * n || target.cols !== n * n) {
    throw new RangeError(
      `invalid argument. Target superoperator must be ${n * n}x${n * n} for ${n}x${n} operators. Value: ${target.rows}x${target.cols}.`,
    );
  }
}

/** t += (fr + i fi)·spre(A): element [i + j·n, k + j·n] gets A_ik. */
function addLeftMultiplicationInPlace(
  t: Float64Array,
  n: number,
  A: Float64Array,
  fr: number,
  fi: number,
): void {
  const N = n * n;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const ar = A[2 * (i * n + k)];
      const ai = A[2 * (i * n + k) + 1];
      if (ar === 0 && ai === 0) continue;
      const vr = fr * ar - fi * ai;
      const vi = fr * ai + fi * ar;
      for (let j = 0; j < n; j++) {
        const index = 2 * ((i + j * n) * N + k + j * n);
        t[index] += vr;
        t[index + 1] += vi;
      }
    }
  }
}

/** t += (fr + i fi)·spost(B): element [i + j·n, i + l·n] gets B_lj. */
function addRightMultiplicationInPlace(
  t: Float64Array,
  n: number,
  B: Float64Array,
  fr: number,
  fi: number,
): void {
  const N = n * n;
  for (let l = 0; l < n; l++) {
    for (let j = 0; j < n; j++) {
      const br = B[2 * (l * n + j)];
      const bi = B[2 * (l * n + j) + 1];
      if (br === 0 && bi === 0) continue;
      const vr = fr * br - fi * bi;
      const vi = fr * bi + fi * br;
      for (let i = 0; i < n; i++) {
        const index = 2 * ((i + j * n) * N + i + l * n);
        t[index] += vr;
        t[index + 1] += vi;
      }
    }
  }
}

/** L†L for the interleaved n×n matrix L: (L†L)_ik = Σ_m conj(L_mi) L_mk. */
/** Scratch space for L†L, one buffer per dimension: it is consumed before the next call. */
const adjointProductScratch = new Map<number, Float64Array>();

/** L†L (interleaved n×n) into a reused scratch buffer, valid until the next call with the same n. */
function adjointTimes(L: Float64Array, n: number): Float64Array {
  let out = adjointProductScratch.get(n);
  if (out) out.fill(0);
  else {
    out = new Float64Array(2 * n * n);
    adjointProductScratch.set(n, out);
  }
  for (let m = 0; m < n; m++) {
    for (let i = 0; i < n; i++) {
      const xr = L[2 * (m * n + i)];
      const xi = -L[2 * (m * n + i) + 1];
      if (xr === 0 && xi === 0) continue;
      for (let k = 0; k < n; k++) {
        const yr = L[2 * (m * n + k)];
        const yi = L[2 * (m * n + k) + 1];
        out[2 * (i * n + k)] += xr * yr - xi * yi;
        out[2 * (i * n + k) + 1] += xr * yi + xi * yr;
      }
    }
  }
  return out;
}
