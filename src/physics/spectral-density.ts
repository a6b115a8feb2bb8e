/**
 * Spectral densities of the baths, as the zero-temperature emission-rate prefactor γ(ω): the rate at
 * which the system emits energy ω into an empty bath. Thermal factors are applied in bath-channels.ts.
 *
 * - flat:  γ(ω) = strength, the same at every frequency (the `Gamma` of flipflop-qubits,
 *          000_47becd3a7196453b.txt, and the γ of 001_a04d396bbf339a9e.txt eq. (21) taken constant).
 * - ohmic: γ(ω) = coefficient·|ω|: 002_2a2ed7907f7a4e96.txt uses J(ω) = χω directly as the rate
 *          prefactor of eq. (17). Continued evenly to ω < 0 (bosonic and spin baths only ever use
 *          γ(|ω|); for a fermionic lead this is a band symmetric about zero energy).
 * - newns: γ(ω) = 2π J_N(ω) = Γ √(1 − ω²/Ω²) Θ(Ω − |ω|), 004_3bda4ae6cebee785.txt eq. (19), the
 *          tight-binding lead of bandwidth Ω; even in ω.
 * - expression: γ(ω) = gamma(|ω|) for a function the case writes as an expression of omega, e.g. paper
 *          003's spin baths with separate c_α = γ(2h)/2λ² and d_α = γ(0)/2λ² (eqs. (B32)-(B33)).
 */
export type SpectralDensitySpec =
  | { kind: "flat"; strength: number }
  | { kind: "ohmic"; coefficient: number }
  | { kind: "newns"; Gamma: number; Omega: number }
  | { kind: "expression"; text: string; gamma: (omega: number) => number };

function assertNonNegative(value: number, name: string): void {
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new RangeError(
      `invalid argument. Spectral density parameter ${name} must be non-negative and finite. Value: ${value}.`,
    );
  }
}

/** Checks the parameters of a spectral density: a known kind, every parameter finite and ≥ 0. */
export function assertSpectralDensity(spec: SpectralDensitySpec): void {
  switch (spec.kind) {
    case "flat":
      assertNonNegative(spec.strength, "strength");
      return;
    case "ohmic":
      assertNonNegative(spec.coefficient, "coefficient");
      return;
    case "newns":
      assertNonNegative(spec.Gamma, "Gamma");
      assertNonNegative(spec.Omega, "Omega");
      return;
    case "expression":
      if (typeof spec.gamma !== "function")
        throw new TypeError("invalid argument. An expression spectral density needs gamma(ω).");
      return;
    default:
      throw new TypeError(
        `invalid argument. Spectral density kind must be one of flat, ohmic, newns. Value: ${(spec as { kind: unknown }).kind}.`,
      );
  }
}

/** γ(ω) of the spectral density (see the file comment); non-negative and even in ω. */
export function rateFunction(spec: SpectralDensitySpec): (omega: number) => number {
  assertSpectralDensity(spec);
  switch (spec.kind) {
    case "flat": {
      const strength = spec.strength;
      return () => strength;
    }
    case "ohmic": {
      const coefficient = spec.coefficient;
      return (omega) => coefficient * Math.abs(omega);
    }
    case "newns": {
      const { Gamma, Omega } = spec;
      return (omega) => {
        const ratio = omega / Omega;
        return Math.abs(omega) >= Omega ? 0 : Gamma * Math.sqrt(1 - ratio * ratio);
      };
    }
    case "expression": {
      const gamma = spec.gamma;
      return (omega) => {
        const value = gamma(Math.abs(omega));
        assertNonNegative(value, `γ(${omega}) = ${spec.text}`);
        return value;
      };
    }
  }
}

/**
 * lim_{ω→0⁺} γ(ω)/ω when γ(0) = 0 (otherwise the ratio diverges and this returns +∞). It fixes the
 * zero-frequency limit of a bosonic spectrum, lim_{ω→0} γ(ω) n(ω) = T·γ'(0⁺) since n(ω) ≈ T/ω:
 * ohmic → coefficient, flat and newns with zero strength → 0, otherwise +∞.
 */
export function rateSlopeAtZero(spec: SpectralDensitySpec): number {
  assertSpectralDensity(spec);
  switch (spec.kind) {
    case "flat":
      return spec.strength === 0 ? 0 : Number.POSITIVE_INFINITY;
    case "ohmic":
      return spec.coefficient;
    case "newns":
      return spec.Gamma === 0 || spec.Omega === 0 ? 0 : Number.POSITIVE_INFINITY;
    case "expression": {
      // a one-sided difference quotient: exact for the polynomials cases write, to O(δ) otherwise
      if (spec.gamma(0) > 0) return Number.POSITIVE_INFINITY;
      const delta = 1e-7;
      return spec.gamma(delta) / delta;
    }
  }
}
