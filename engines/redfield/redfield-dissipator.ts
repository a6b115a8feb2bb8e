import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import type { HermitianEigenDecomposition } from "../../src/linalg/eigen.js";
import { type BohrComponent, bohrComponents } from "../../src/physics/bohr-components.js";
import type { Bath } from "../../src/physics/problem.js";

/** Which pairs (ω, ω') of Bohr components the double sum keeps. */
export interface RedfieldPairSelection {
  /** Drop pairs with |ω − ω'| above this (Infinity: keep all; 0: the full secular approximation). */
  secularCutoff: number;
  /**
   * Drop the pairs of an emission and an absorption component (ω ω' < 0), the counter-rotating cross terms
   * that 001_a04d396bbf339a9e.txt eq. (20) omits by its rotating-wave approximation.
   */
  rotatingWave: boolean;
}

/**
 * Adds the Bloch-Redfield dissipator of one bath to `target` without the secular approximation (Lamb shift neglected):
 *   D(ρ) = Σ_channels Σ_{ω,ω'} ½S(ω) [A(ω) ρ A(ω')† − A(ω')† A(ω) ρ] + h.c.,
 * with A(ω) the Bohr components of the channel operator with respect to H_S (ω > 0 lowers the energy) and
 * S(ω) the channel's noise spectrum, ½S(ω) being the real part of the one-sided Fourier transform of the
 * bath correlation function (Breuer & Petruccione, The Theory of Open Quantum Systems, eqs. (3.135)-(3.137);
 * 001_a04d396bbf339a9e.txt eqs. (18)-(20)). Keeping only ω = ω' gives the secular (Davies) dissipator
 * S(ω)[AρA† − ½{A†A, ρ}] of the global master equation.
 *
 * With C(ω) = Σ_{ω' kept with ω} A(ω') each ω contributes
 *   ½S(ω) [A(ω) ρ C(ω)† − C(ω)† A(ω) ρ + C(ω) ρ A(ω)† − ρ A(ω)† C(ω)];
 * the frequencies that keep the same partners share C and are summed first into Λ = Σ ½S(ω)A(ω), so the
 * full Redfield equation costs one term Λ ρ A† + A ρ Λ† − A†Λ ρ − ρ Λ†A per channel.
 */
export function addRedfieldBathDissipatorInPlace(
  target: ComplexMatrix,
  bath: Bath,
  eigen: HermitianEigenDecomposition,
  pairs: RedfieldPairSelection,
): ComplexMatrix {
  const n = eigen.values.length;
  if (target.rows !== n * n || target.cols !== n * n) {
    throw new RangeError(
      `invalid argument. Target must be ${n * n}x${n * n} for a ${n}-level system. Value: ${target.rows}x${target.cols}.`,
    );
  }
  for (const channel of bath.channels) {
    const components = bohrComponents(channel.operator, eigen);
    const groups = new Map<string, { weighted: Float64Array; partners: Float64Array }>();
    for (const component of components) {
      const rate = channel.spectrum(component.omega);
      if (!Number.isFinite(rate) || rate < 0) {
        throw new RangeError(
          `bath "${bath.name}", channel ${channel.label}: the noise spectrum at the Bohr frequency ω = ${component.omega} is ${rate}; ` +
            "a finite non-negative rate is needed (a zero-frequency component of a flat bosonic bath diverges)",
        );
      }
      if (rate === 0) continue;
      // Components with the same partners share C(ω): their terms add up to Λ ρ C† + … with Λ = Σ ½S(ω)A(ω).
      const kept = components.map((other) => keepsPair(component.omega, other.omega, pairs));
      const key = kept.map((k) => (k ? "1" : "0")).join("");
      let group = groups.get(key);
      if (!group) {
        group = { weighted: new Float64Array(2 * n * n), partners: partnerSum(components, kept, n) };
        groups.set(key, group);
      }
      const a = component.operator.data;
      for (let k = 0; k < a.length; k++) group.weighted[k] += (rate / 2) * a[k];
    }
    for (const { weighted, partners } of groups.values()) {
      addSandwichInPlace(target.data, n, weighted, partners, 1);
      addSandwichInPlace(target.data, n, partners, weighted, 1);
      addLeftInPlace(target.data, n, adjointTimes(partners, weighted, n), -1);
      addRightInPlace(target.data, n, adjointTimes(weighted, partners, n), -1);
    }
  }
  return target;
}

/** Whether the pair selection keeps the pair of Bohr frequencies (ω, ω′). */
function keepsPair(omega: number, otherOmega: number, pairs: RedfieldPairSelection): boolean {
  if (Math.abs(otherOmega - omega) > pairs.secularCutoff) return false;
  return !(pairs.rotatingWave && otherOmega * omega < 0);
}

/** C = Σ A(ω′) over the kept partners ω′. */
function partnerSum(components: readonly BohrComponent[], kept: readonly boolean[], n: number): Float64Array {
  const sum = new Float64Array(2 * n * n);
  components.forEach((other, l) => {
    if (!kept[l]) return;
    const o = other.operator.data;
    for (let k = 0; k < sum.length; k++) sum[k] += o[k];
  });
  return sum;
}

/**
 * target += coefficient · (ρ ↦ X ρ Y†) as a column-stacking superoperator:
 * element [i + j·n, k + l·n] gets X_ik conj(Y_jl).
 */
function addSandwichInPlace(
  t: Float64Array,
  n: number,
  x: Float64Array,
  y: Float64Array,
  coefficient: number,
): void {
  const N = n * n;
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      const br = coefficient * y[2 * (j * n + l)];
      const bi = -coefficient * y[2 * (j * n + l) + 1];
      if (br === 0 && bi === 0) continue;
      for (let i = 0; i < n; i++) {
        const base = 2 * ((i + j * n) * N + l * n);
        for (let k = 0; k < n; k++) {
          const ar = x[2 * (i * n + k)];
          const ai = x[2 * (i * n + k) + 1];
          if (ar === 0 && ai === 0) continue;
          t[base + 2 * k] += ar * br - ai * bi;
          t[base + 2 * k + 1] += ar * bi + ai * br;
        }
      }
    }
  }
}

/** target += coefficient · (ρ ↦ M ρ): element [i + j·n, k + j·n] gets M_ik. */
function addLeftInPlace(t: Float64Array, n: number, m: Float64Array, coefficient: number): void {
  const N = n * n;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const base = 2 * ((i + j * n) * N + j * n);
      for (let k = 0; k < n; k++) {
        t[base + 2 * k] += coefficient * m[2 * (i * n + k)];
        t[base + 2 * k + 1] += coefficient * m[2 * (i * n + k) + 1];
      }
    }
  }
}

/** target += coefficient · (ρ ↦ ρ M): element [i + j·n, i + l·n] gets M_lj. */
function addRightInPlace(t: Float64Array, n: number, m: Float64Array, coefficient: number): void {
  const N = n * n;
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      const mr = coefficient * m[2 * (l * n + j)];
      const mi = coefficient * m[2 * (l * n + j) + 1];
      if (mr === 0 && mi === 0) continue;
      for (let i = 0; i < n; i++) {
        const index = 2 * ((i + j * n) * N + i + l * n);
        t[index] += mr;
        t[index + 1] += mi;
      }
    }
  }
}

/** X† Y for n×n interleaved matrices. */
function adjointTimes(x: Float64Array, y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      // (X†)_ik = conj(X_ki)
      const xr = x[2 * (k * n + i)];
      const xi = -x[2 * (k * n + i) + 1];
      if (xr === 0 && xi === 0) continue;
      for (let j = 0; j < n; j++) {
        const yr = y[2 * (k * n + j)];
        const yi = y[2 * (k * n + j) + 1];
        out[2 * (i * n + j)] += xr * yr - xi * yi;
        out[2 * (i * n + j) + 1] += xr * yi + xi * yr;
      }
    }
  }
  return out;
}
