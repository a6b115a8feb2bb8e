import type { Operator } from "../operators/operator.js";
import type { BathChannel, BathStatistics } from "./problem.js";
import { rateFunction, rateSlopeAtZero, type SpectralDensitySpec } from "./spectral-density.js";
import { boseEinstein, fermiDirac } from "./thermal.js";

export interface BathChannelsArguments {
  /** System operator of the coupling. */
  coupling: Operator;
  /** Whether the coupling is Hermitian (decided once by whoever builds the coupling). */
  hermitian: boolean;
  /** L† for a non-Hermitian coupling (built once with it). */
  couplingAdjoint?: Operator;
  /** The coupling as written in the case, e.g. `sm0`; names the channels. */
  couplingLabel: string;
  statistics: BathStatistics;
  temperature: number;
  /** Used by fermionic leads only; bosonic and spin baths have μ = 0 (002_2a2ed7907f7a4e96.txt eq. (17)). */
  chemicalPotential: number;
  spectralDensity: SpectralDensitySpec;
}

/**
 * The independent channels (operator, noise spectrum S(ω)) of one bath. S(ω) is the rate of a Bohr
 * component that removes energy ω from the system (ω > 0 lowers the energy, DESIGN.md); γ(ω) is the
 * zero-temperature rate of spectral-density.ts.
 *
 * Bosonic and spin baths (002_2a2ed7907f7a4e96.txt eq. (17), with ξ = −1 and P = Bose n(ω) for bosons,
 * ξ = +1 and P = Fermi f(ω) at μ = 0 for a bath of spins):
 *   S(ω) = γ(ω)[1 − ξP(ω)] for ω > 0,   S(ω) = γ(|ω|)P(|ω|) for ω < 0,
 * so bosons emit at γ(n + 1) and absorb at γn (flipflop-qubits: lowering Gamma(n + 1), raising Gamma·n),
 * and S(ω)/S(−ω) = e^{ω/T} (detailed balance). At ω = 0 the mean of the limits ω → 0±:
 * bosons T·γ'(0⁺) for T > 0 (ohmic χT; +∞ when γ(0) > 0, e.g. flat — the engine reports it) and γ(0)/2
 * at T = 0; spins γ(0)/2. A Hermitian coupling A (H_int = A ⊗ B) gives one channel (A, S); a
 * non-Hermitian L (H_int = L ⊗ B† + L† ⊗ B) gives two, (L, S) and (L†, S), without cross terms.
 *
 * Fermionic leads (004_3bda4ae6cebee785.txt: emission 2πJ(ω)(1 − f(ω)), absorption 2πJ(ω)f(ω);
 * 001_a04d396bbf339a9e.txt eq. (21)) need a particle-removing, non-Hermitian coupling L such as c0:
 *   (L, S_out),  S_out(ω) = γ(ω)(1 − f(ω))  — a component of L at ω removes a particle of energy ω
 *                                             (any sign) into the lead;
 *   (L†, S_in),  S_in(ω) = γ(−ω) f(−ω)      — a component of L† at ω adds a particle of energy −ω,
 * with f the Fermi function at the lead's μ and T, so S_out(ω)/S_in(−ω) = e^{(ω−μ)/T}.
 *
 * Every spectrum is ≥ 0 and throws a RangeError for ω = NaN.
 */
export function bathChannels(args: BathChannelsArguments): BathChannel[] {
  const { coupling, couplingLabel, statistics, temperature, chemicalPotential, spectralDensity, hermitian } =
    args;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    throw new RangeError(
      `invalid argument. Bath temperature must be non-negative and finite. Value: ${temperature}.`,
    );
  }
  if (!Number.isFinite(chemicalPotential)) {
    throw new RangeError(
      `invalid argument. Bath chemical potential must be a finite number. Value: ${chemicalPotential}.`,
    );
  }
  const rate = rateFunction(spectralDensity);
  const adjointLabel = /[\s*]/.test(couplingLabel.trim()) ? `(${couplingLabel})†` : `${couplingLabel}†`;
  const adjointOf = () => args.couplingAdjoint ?? coupling.adjoint();

  if (statistics === "fermion") {
    if (hermitian) {
      throw new RangeError(
        `invalid argument. A fermionic bath needs a particle-removing (non-Hermitian) coupling such as c0. Value: Hermitian "${couplingLabel}".`,
      );
    }
    const out = (omega: number) => {
      assertFrequency(omega);
      return rate(omega) * fermiDirac(-omega, -chemicalPotential, temperature);
    };
    const into = (omega: number) => {
      assertFrequency(omega);
      return rate(-omega) * fermiDirac(-omega, chemicalPotential, temperature);
    };
    return [
      { label: couplingLabel, operator: coupling, spectrum: out },
      { label: adjointLabel, operator: adjointOf(), spectrum: into },
    ];
  }

  let spectrum: (omega: number) => number;
  if (statistics === "boson") {
    const zeroFrequency = temperature > 0 ? temperature * rateSlopeAtZero(spectralDensity) : rate(0) / 2;
    spectrum = (omega) => {
      assertFrequency(omega);
      if (omega === 0) return zeroFrequency;
      const gamma = rate(omega);
      // γ = 0 wins over n = ∞ (a subnormal ω can make γ underflow while n overflows)
      if (gamma === 0) return 0;
      return omega > 0
        ? gamma * (boseEinstein(omega, temperature) + 1)
        : gamma * boseEinstein(-omega, temperature);
    };
  } else if (statistics === "spin") {
    spectrum = (omega) => {
      assertFrequency(omega);
      return rate(omega) * fermiDirac(-omega, 0, temperature);
    };
  } else {
    throw new TypeError(
      `invalid argument. Bath statistics must be one of boson, fermion, spin. Value: ${statistics as string}.`,
    );
  }
  if (hermitian) return [{ label: couplingLabel, operator: coupling, spectrum }];
  return [
    { label: couplingLabel, operator: coupling, spectrum },
    { label: adjointLabel, operator: adjointOf(), spectrum },
  ];
}

function assertFrequency(omega: number): void {
  if (Number.isNaN(omega))
    throw new RangeError(`invalid argument. Frequency must be a number. Value: ${omega}.`);
}
