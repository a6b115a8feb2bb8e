import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { type CriticalBias, describeCriticalBias } from "./critical-bias.js";
import { withoutPaperEngine } from "./paper-engine.js";

/** A maximum within this of Δμ = 0 is at resonance (the golden-section search narrows to 1e-4). */
const AT_RESONANCE = 1e-3;
/** Maxima count as the same condition within half the grid step of Fig. 12 (0.1 ε̄). */
const SAME_MAXIMUM = 0.05;

/** One panel of Fig. 12 as the paper's engine computes it, with the maxima of eq. (35) in Δμ refined. */
export interface Fig12Panel {
  label: string;
  /** ε1 = ε2 (panel (a)). */
  symmetric: boolean;
  bias: number[];
  C: (number | null)[];
  I2: (number | null)[];
  I3: (number | null)[];
  /** max Tr[B3322 ρ] (eq. (7): local at most 4), per point. */
  i3322: (number | null)[];
  /** I3's only where a claim needs it (the detuned panel). */
  critical: { C: CriticalBias; I2: CriticalBias; I3?: CriticalBias };
}

/** What paper 001 says about Fig. 12 (001_a04d396bbf339a9e.txt Sec. 5.3). */
export const FIG12_CLAIMS: readonly FigureClaim[] = [
  {
    id: "symmetric-maximum-at-resonance",
    source: "001_a04d396bbf339a9e.txt Sec. 5.3 (Fig. 12 (a))",
    statement:
      "The perfect symmetric two-qubit system has the maximal concurrence and maximal Bell functions I2 when the " +
      "environments are resonant with the system, ε1 = ε2 = μ1 = μ2.",
    quantity: "the maxima Δμ_0 of C and I2 in panel (a), refined (Bloch-Redfield)",
    tolerance: `both within ±${AT_RESONANCE} of Δμ = 0`,
  },
  {
    id: "no-i3322-violation-symmetric",
    source: "001_a04d396bbf339a9e.txt Sec. 5.3",
    statement: "No violation of the I3322 inequality is reported in Fig. 12 (a).",
    quantity: "max Tr[B3322 ρ] over the Δμ grid of panel (a) (Bloch-Redfield)",
    tolerance: "at most 4 (eq. (7)) at every point",
  },
  {
    id: "detuned-maxima-coincide",
    source: "001_a04d396bbf339a9e.txt Sec. 5.3 (last paragraph)",
    statement:
      "Unlike the bosonic environments, the concurrence and the Bell functions I2 and I3 have the maxima given by the same nonequilibrium conditions Δμ.",
    quantity: "the refined maxima Δμ_0 of C, I2 and I3 in the detuned panel (Bloch-Redfield)",
    tolerance: `all three within ${SAME_MAXIMUM} of each other (half the grid step)`,
  },
  {
    id: "entanglement-more-robust",
    source: "001_a04d396bbf339a9e.txt Sec. 5.3",
    statement: "Entanglement can survive with larger Δμ compared to the Bell nonlocality.",
    quantity: "points of the Δμ grid with C > 0 against those with I2 > 0, every panel (Bloch-Redfield)",
    tolerance: "C > 0 wherever I2 > 0, and at some Δμ where I2 = 0",
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG12_CLAIMS from the paper's engine's panels. */
export function judgeFig12(panels: Fig12Panel[] | undefined): ClaimOutcome[] {
  if (!panels) {
    return withoutPaperEngine(FIG12_CLAIMS);
  }
  const symmetric = panels.find((p) => p.symmetric);
  const detuned = panels.find((p) => !p.symmetric);
  const missing = (claim: string, what: string): ClaimOutcome => ({
    claim,
    verdict: "inconclusive",
    evidence: `no ${what} panel drawn`,
  });
  return [
    symmetric ? atResonance(symmetric) : missing("symmetric-maximum-at-resonance", "symmetric"),
    symmetric ? noI3322Violation(symmetric) : missing("no-i3322-violation-symmetric", "symmetric"),
    detuned ? maximaCoincide(detuned) : missing("detuned-maxima-coincide", "detuned"),
    entanglementMoreRobust(panels),
  ];
}

function atResonance(panel: Fig12Panel): ClaimOutcome {
  const { C, I2 } = panel.critical;
  const atZero = (c: CriticalBias) => c.found && Math.abs(c.bias) <= AT_RESONANCE;
  return {
    claim: "symmetric-maximum-at-resonance",
    verdict: atZero(C) && atZero(I2) ? "confirmed" : "refuted",
    evidence: `${panel.label}: Δμ_0,C = ${describeCriticalBias(C)}, Δμ_0,I2 = ${describeCriticalBias(I2)}`,
  };
}

function noI3322Violation(panel: Fig12Panel): ClaimOutcome {
  const values = panel.i3322.filter((v): v is number => v !== null);
  if (values.length < panel.i3322.length) {
    return {
      claim: "no-i3322-violation-symmetric",
      verdict: "inconclusive",
      evidence: "values missing in panel (a)",
    };
  }
  const largest = Math.max(...values);
  const at = panel.bias[panel.i3322.indexOf(largest)];
  return {
    claim: "no-i3322-violation-symmetric",
    verdict: largest <= 4 ? "confirmed" : "refuted",
    evidence: `${panel.label}: max Tr[B3322 ρ] = ${f(largest, 6)} at Δμ = ${f(at, 2)} over ${values.length} points (local bound 4)`,
  };
}

function maximaCoincide(panel: Fig12Panel): ClaimOutcome {
  const { C, I2, I3 } = panel.critical;
  const listing = `${panel.label}: Δμ_0,C = ${describeCriticalBias(C)}, Δμ_0,I2 = ${describeCriticalBias(I2)}, Δμ_0,I3 = ${describeCriticalBias(I3)}`;
  if (!C.found || !I2.found || !I3?.found) {
    return {
      claim: "detuned-maxima-coincide",
      verdict: "inconclusive",
      evidence: `not every maximum is interior: ${listing}`,
    };
  }
  const positions = [C.bias, I2.bias, I3.bias];
  const spread = Math.max(...positions) - Math.min(...positions);
  return {
    claim: "detuned-maxima-coincide",
    verdict: spread <= SAME_MAXIMUM ? "confirmed" : "refuted",
    evidence: `${listing}: spread ${f(spread, 2)}`,
  };
}

function entanglementMoreRobust(panels: Fig12Panel[]): ClaimOutcome {
  const rows = panels.map((panel) => {
    const positive = (values: (number | null)[]) => values.map((v) => v !== null && v > 0);
    const [C, I2] = [positive(panel.C), positive(panel.I2)];
    return {
      panel,
      breaches: panel.bias.filter((_, k) => I2[k] && !C[k]),
      entangledOnly: panel.bias.filter((_, k) => C[k] && !I2[k]).length,
      counts: [C.filter(Boolean).length, I2.filter(Boolean).length],
    };
  });
  const holds = rows.every((r) => r.breaches.length === 0 && r.entangledOnly > 0);
  return {
    claim: "entanglement-more-robust",
    verdict: holds ? "confirmed" : "refuted",
    evidence: rows
      .map(
        (r) =>
          `${r.panel.label}: C > 0 at ${r.counts[0]} points, I2 > 0 at ${r.counts[1]}` +
          (r.breaches.length > 0
            ? `, I2 > 0 with C = 0 at Δμ = ${r.breaches.map((x) => f(x, 2)).join(", ")}`
            : ""),
      )
      .join("; "),
  };
}
