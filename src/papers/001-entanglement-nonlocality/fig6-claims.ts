import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { fitPowerLaw } from "../../measures/power-law-fit.js";
import { withoutPaperEngine } from "./paper-engine.js";

/** |I2(ΔT) + I2(−ΔT)| relative to max |I2| for the current to count as odd. */
const ODD_TOLERANCE = 1e-9;
/** How much the conductance I2/ΔT may vary over the plotted range for the current to count as linear. */
const CONDUCTANCE_SPREAD = 0.1;
const EXPONENT_TOLERANCE = 0.1;

/** The paper's engine's data of Fig. 6: the current from bath 2 and σ along ΔT (null where it failed). */
export interface Fig6Data {
  bias: number[];
  current?: (number | null)[];
  entropyProduction?: (number | null)[];
}

/** What paper 001 says about Fig. 6 (001_a04d396bbf339a9e.txt Sec. 5.1, eqs. (29)-(33)). */
export const FIG6_CLAIMS: readonly FigureClaim[] = [
  {
    id: "current-odd",
    source: "001_a04d396bbf339a9e.txt eq. (32)",
    statement:
      "Two qubits with the perfect symmetric setups suggest the symmetry of the heat current: I_j(ΔT) = −I_j(−ΔT).",
    quantity: "max |I2(ΔT) + I2(−ΔT)| / max |I2| over the grid (Bloch-Redfield)",
    tolerance: `at most ${ODD_TOLERANCE}`,
  },
  {
    id: "current-direction",
    source: "001_a04d396bbf339a9e.txt Sec. 5.1 (after eq. (31))",
    statement:
      "If T2 > T1, energy is flowing from bath 2 to bath 1: qubit 2 absorbs the energy from bath 2 (I2 > 0).",
    quantity: "sign of I2 at every ΔT = T2 − T1 ≠ 0 of the grid (Bloch-Redfield)",
    tolerance: "the sign of ΔT everywhere",
  },
  {
    id: "current-linear",
    source: "001_a04d396bbf339a9e.txt Sec. 5.1 (before eq. (33))",
    statement:
      "The steady state heat current linearly increases with the bias temperature ΔT, which gives the constant heat conductance.",
    quantity:
      "spread of the conductance I2/ΔT over the grid relative to its value at the smallest |ΔT| (Bloch-Redfield)",
    tolerance: `at most ${100 * CONDUCTANCE_SPREAD}%`,
  },
  {
    id: "entropy-quadratic",
    source: "001_a04d396bbf339a9e.txt Sec. 5.1 (after Fig. 8)",
    statement: "The entropy production rate σ^b is proportional to |ΔT|².",
    quantity: "exponent of a power law fitted to σ against ΔT > 0 (Bloch-Redfield)",
    tolerance: `within ±${EXPONENT_TOLERANCE} of 2`,
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG6_CLAIMS from the figure's numbers. */
export function judgeFig6(data: Fig6Data): ClaimOutcome[] {
  const { bias, current, entropyProduction } = data;
  if (!current || !entropyProduction) {
    return withoutPaperEngine(FIG6_CLAIMS);
  }
  if ([...current, ...entropyProduction].some((v) => v === null)) {
    return FIG6_CLAIMS.map((claim) => ({
      claim: claim.id,
      verdict: "inconclusive",
      evidence: "the Bloch-Redfield engine has no steady state at some ΔT of the grid",
    }));
  }
  const I = current as number[];
  const sigma = entropyProduction as number[];
  const largest = Math.max(...I.map(Math.abs));
  const mirrored = bias.map((dT, k) => ({ dT, k, m: bias.findIndex((x) => Math.abs(x + dT) < 1e-12) }));
  const pairs = mirrored.filter((p) => p.m >= 0);
  const oddness = Math.max(...pairs.map((p) => Math.abs(I[p.k] + I[p.m]))) / largest;
  const biased = bias.map((dT, k) => ({ dT, I: I[k], sigma: sigma[k] })).filter((p) => p.dT !== 0);
  const wrongSign = biased.filter((p) => Math.sign(p.I) !== Math.sign(p.dT));
  const conductances = biased.map((p) => ({ dT: p.dT, G: p.I / p.dT }));
  const nearest = conductances.reduce((a, b) => (Math.abs(b.dT) < Math.abs(a.dT) ? b : a));
  const spread = Math.max(...conductances.map((c) => Math.abs(c.G / nearest.G - 1)));
  const widest = conductances.reduce((a, b) => (Math.abs(b.dT) > Math.abs(a.dT) ? b : a));
  const positive = biased.filter((p) => p.dT > 0);
  const fit = fitPowerLaw(
    positive.map((p) => p.dT),
    positive.map((p) => p.sigma),
  );
  return [
    {
      claim: "current-odd",
      verdict: oddness <= ODD_TOLERANCE ? "confirmed" : "refuted",
      evidence: `max |I2(ΔT) + I2(−ΔT)| / max |I2| = ${oddness.toExponential(2)} over ${pairs.length} points (max |I2| = ${f(largest)})`,
    },
    {
      claim: "current-direction",
      verdict: wrongSign.length === 0 ? "confirmed" : "refuted",
      evidence:
        wrongSign.length === 0
          ? `I2 has the sign of ΔT at all ${biased.length} biased points (I2 = ${f(I.at(-1)!)} at ΔT = ${bias.at(-1)})`
          : `I2 against the sign of ΔT at ΔT = ${wrongSign.map((p) => p.dT).join(", ")}`,
    },
    {
      claim: "current-linear",
      verdict: spread <= CONDUCTANCE_SPREAD ? "confirmed" : "refuted",
      evidence:
        `I2/ΔT = ${f(nearest.G)} at ΔT = ${f(nearest.dT, 2)}, ${f(widest.G)} at ΔT = ${f(widest.dT, 2)}: ` +
        `largest change ${(100 * spread).toFixed(1)}%`,
    },
    fit === null
      ? { claim: "entropy-quadratic", verdict: "inconclusive", evidence: "too few positive biases for a fit" }
      : {
          claim: "entropy-quadratic",
          verdict: Math.abs(fit.exponent - 2) <= EXPONENT_TOLERANCE ? "confirmed" : "refuted",
          evidence: `fitted exponent ${f(fit.exponent)} ± ${fit.stderr.toExponential(1)} over ${positive.length} biases ΔT > 0 against 2`,
        },
  ];
}
