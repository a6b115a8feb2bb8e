import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { adjointTimesInto, multiplyInto, timesAdjointInto } from "../linalg/dense-products.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import type { BohrFrequencyClusters } from "../physics/bohr-frequencies.js";
import type { Superoperator } from "./superoperator.js";

/** One channel of the secular generator: its operator in the eigenbasis and its noise spectrum. */
export interface SecularChannel {
  /** ⟨a|A|c⟩ in the eigenbasis of the reference Hamiltonian. */
  inEigenbasis: ComplexMatrix;
  /**
   * S(ω), the rate of a component that removes energy ω; asked only at the Bohr frequencies where the
   * channel has transitions, and expected to be finite and ≥ 0 there (it may throw to say why not).
   */
  rate(omega: number): number;
}

/** Fraction of max|⟨a|A|c⟩| below which a matrix element is left out as rounding (bohr-components.ts). */
const NEGLIGIBLE_ELEMENT = 1e-14;

/** The transitions (a ← c) of one Bohr-frequency cluster with their matrix elements and rate. */
interface ClusterTransitions {
  rate: number;
  a: Int32Array;
  c: Int32Array;
  re: Float64Array;
  im: Float64Array;
}

/**
 * The secular (Davies) generator in the eigenbasis |a⟩ of the reference Hamiltonian (H_S for the global
 * master equation; Breuer & Petruccione, The Theory of Open Quantum Systems, eq. (3.140)):
 *
 *   L(X)_ab = −i(E_a − E_b) X_ab + Σ_ch Σ_ω S(ω) Σ_{(a,c),(b,d) ∈ ω} A_ac X_cd conj(A_bd) − ½(R X + X R)_ab,
 *   R = Σ_ch Σ_ω S(ω) A(ω)†A(ω),
 *
 * where (a, c) ∈ ω means E_c − E_a lies in the Bohr-frequency cluster ω. It never forms the n² Bohr
 * components: each cluster keeps only its transitions, so for a spectrum with non-degenerate gaps the
 * generator is a population rate matrix plus independently decaying coherences, O(n²) per channel, and
 * degenerate gaps couple only the coherences of one cluster. Applying it to an operator in the site basis
 * costs two basis changes. `coherent` includes the −i[H, ·] part (the whole generator) or leaves it out
 * (a bath dissipator D_α alone).
 */
export class SecularSuperoperator implements Superoperator {
  readonly dimension: number;
  readonly eigen: HermitianEigenDecomposition;
  readonly clusters: BohrFrequencyClusters;
  readonly coherent: boolean;
  /** Per channel, per cluster: the transitions with a non-negligible element and a positive rate. */
  private readonly transitions: ClusterTransitions[];
  /** Non-zeros (a, c, value) of R, which connects only (nearly) degenerate levels. */
  private readonly relaxation: { a: number; c: number; re: number; im: number }[];
  private readonly work: ComplexMatrix;
  private readonly work2: ComplexMatrix;

  constructor(
    eigen: HermitianEigenDecomposition,
    clusters: BohrFrequencyClusters,
    channels: readonly SecularChannel[],
    coherent: boolean,
  ) {
    const n = eigen.values.length;
    this.dimension = n;
    this.eigen = eigen;
    this.clusters = clusters;
    this.coherent = coherent;
    this.transitions = [];
    const relaxation = new Map<number, [number, number]>();
    const { members, start, omegas, clusterOf } = clusters;
    for (const channel of channels) {
      const A = channel.inEigenbasis.data;
      let largest = 0;
      for (let t = 0; t < A.length; t += 2) largest = Math.max(largest, Math.hypot(A[t], A[t + 1]));
      const threshold = NEGLIGIBLE_ELEMENT * largest;
      for (let cluster = 0; cluster < omegas.length; cluster++) {
        const a: number[] = [];
        const c: number[] = [];
        const re: number[] = [];
        const im: number[] = [];
        for (let m = start[cluster]; m < start[cluster + 1]; m++) {
          // the pair index p = i·n + j has frequency E_j − E_i: a transition j → i of A(ω)
          const p = members[m];
          const i = Math.floor(p / n);
          const j = p - i * n;
          const xr = A[2 * p];
          const xi = A[2 * p + 1];
          if (Math.hypot(xr, xi) <= threshold) continue;
          a.push(i);
          c.push(j);
          re.push(xr);
          im.push(xi);
        }
        if (a.length === 0) continue;
        const rate = channel.rate(omegas[cluster]);
        if (rate === 0) continue;
        this.transitions.push({
          rate,
          a: Int32Array.from(a),
          c: Int32Array.from(c),
          re: Float64Array.from(re),
          im: Float64Array.from(im),
        });
        // R_xy += S conj(A_mx) A_my for transitions m ← x and m ← y in this cluster (E_x ≈ E_y)
        for (let u = 0; u < a.length; u++) {
          for (let v = 0; v < a.length; v++) {
            if (a[u] !== a[v]) continue;
            const x = c[u];
            const y = c[v];
            if (clusterOf[x * n + y] !== clusters.zeroCluster) continue;
            const key = x * n + y;
            const entry = relaxation.get(key) ?? [0, 0];
            entry[0] += rate * (re[u] * re[v] + im[u] * im[v]);
            entry[1] += rate * (re[u] * im[v] - im[u] * re[v]);
            relaxation.set(key, entry);
          }
        }
      }
    }
    this.relaxation = [...relaxation.entries()].map(([key, [re, im]]) => ({
      a: Math.floor(key / n),
      c: key % n,
      re,
      im,
    }));
    this.work = new ComplexMatrix(n, n);
    this.work2 = new ComplexMatrix(n, n);
  }

  /** Y ← L(X) for X, Y in the eigenbasis. */
  applyInEigenbasis(x: ComplexMatrix, y: ComplexMatrix): ComplexMatrix {
    const n = this.dimension;
    const X = x.data;
    const Y = y.data;
    Y.fill(0);
    if (this.coherent) {
      const E = this.eigen.values;
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          const t = 2 * (a * n + b);
          const w = E[a] - E[b];
          // −i w X
          Y[t] += w * X[t + 1];
          Y[t + 1] -= w * X[t];
        }
      }
    }
    for (const { rate, a, c, re, im } of this.transitions) {
      const count = a.length;
      for (let u = 0; u < count; u++) {
        // S·A_{a_u c_u}
        const ur = rate * re[u];
        const ui = rate * im[u];
        const row = 2 * a[u] * n;
        const from = 2 * c[u] * n;
        for (let v = 0; v < count; v++) {
          // Y[a_u, a_v] += S A_{a_u c_u} X[c_u, c_v] conj(A_{a_v c_v})
          const xr = X[from + 2 * c[v]];
          const xi = X[from + 2 * c[v] + 1];
          const pr = ur * xr - ui * xi;
          const pi = ur * xi + ui * xr;
          const vr = re[v];
          const vi = -im[v];
          Y[row + 2 * a[v]] += pr * vr - pi * vi;
          Y[row + 2 * a[v] + 1] += pr * vi + pi * vr;
        }
      }
    }
    // −½(R X + X R)
    for (const { a, c, re, im } of this.relaxation) {
      const hr = 0.5 * re;
      const hi = 0.5 * im;
      // (R X)[a, :] += R_ac X[c, :]
      const rowA = 2 * a * n;
      const rowC = 2 * c * n;
      for (let j = 0; j < 2 * n; j += 2) {
        Y[rowA + j] -= hr * X[rowC + j] - hi * X[rowC + j + 1];
        Y[rowA + j + 1] -= hr * X[rowC + j + 1] + hi * X[rowC + j];
      }
      // (X R)[:, c] += X[:, a] R_ac
      for (let i = 0; i < n; i++) {
        const from = 2 * (i * n + a);
        const to = 2 * (i * n + c);
        Y[to] -= X[from] * hr - X[from + 1] * hi;
        Y[to + 1] -= X[from] * hi + X[from + 1] * hr;
      }
    }
    return y;
  }

  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix {
    const V = this.eigen.vectors;
    adjointTimesInto(V, rho, this.work2);
    multiplyInto(this.work2, V, this.work);
    this.applyInEigenbasis(this.work, this.work2);
    multiplyInto(V, this.work2, this.work);
    return timesAdjointInto(this.work, V, out);
  }

  /**
   * The matrix of L on the pairs (a, b) of the zero-frequency cluster (the populations and the coherences
   * between degenerate levels), which holds the whole kernel: L maps each cluster into itself, and the
   * other clusters oscillate at their non-zero Bohr frequency. `pairs` lists the pair indices a·n + b;
   * returns the complex block, row-major, |pairs|² entries.
   */
  zeroFrequencyBlock(pairs: Int32Array): ComplexMatrix {
    const n = this.dimension;
    const size = pairs.length;
    const position = new Map<number, number>();
    pairs.forEach((p, k) => position.set(p, k));
    const block = new ComplexMatrix(size, size);
    const B = block.data;
    const add = (row: number, column: number, re: number, im: number) => {
      const r = position.get(row);
      const k = position.get(column);
      if (r === undefined || k === undefined) return;
      B[2 * (r * size + k)] += re;
      B[2 * (r * size + k) + 1] += im;
    };
    if (this.coherent) {
      const E = this.eigen.values;
      pairs.forEach((p, k) => {
        const a = Math.floor(p / n);
        const b = p - a * n;
        B[2 * (k * size + k) + 1] -= E[a] - E[b];
      });
    }
    for (const { rate, a, c, re, im } of this.transitions) {
      for (let u = 0; u < a.length; u++) {
        for (let v = 0; v < a.length; v++) {
          const row = a[u] * n + a[v];
          if (!position.has(row)) continue;
          // S A_{a_u c_u} conj(A_{a_v c_v})
          const pr = rate * (re[u] * re[v] + im[u] * im[v]);
          const pi = rate * (im[u] * re[v] - re[u] * im[v]);
          add(row, c[u] * n + c[v], pr, pi);
        }
      }
    }
    for (const { a, c, re, im } of this.relaxation) {
      for (let j = 0; j < n; j++) {
        // (R X)_{aj} ∋ R_ac X_cj  and  (X R)_{jc} ∋ X_ja R_ac
        add(a * n + j, c * n + j, -0.5 * re, -0.5 * im);
        add(j * n + c, j * n + a, -0.5 * re, -0.5 * im);
      }
    }
    return block;
  }
}
