import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { type CriticalBias, describeCriticalBias } from "./critical-bias.js";
import { withoutPaperEngine } from "./paper-engine.js";

/** A critical difference within this of 0 is ΔT = 0 (the golden-section search narrows to 1e-4). */
const AT_EQUILIBRIUM = 1e-3;

/** One panel of Fig. 8 as the paper's engine computes it. */
export interface Fig8Panel {
  label: string;
  /** ε1 = ε2 and γ1 = γ2 (panel (a)). */
  symmetric: boolean;
  bias: number[];
  C: (number | null)[];
  I2: (number | null)[];
  I3: (number | null)[];
  /** The critical differences of eq. (35), refined. */
  critical: { C: CriticalBias; I2: CriticalBias; I3: CriticalBias };
}

/** What paper 001 says about Fig. 8 (001_a04d396bbf339a9e.txt Sec. 5.2, eq. (35), Conclusions). */
export const FIG8_CLAIMS: readonly FigureClaim[] = [
  {
    id: "symmetric-maxima-at-equilibrium",
    source: "001_a04d396bbf339a9e.txt Sec. 5.2 (Fig. 8 (a))",
    statement:
      "In the perfect symmetric settings both concurrence and the maximal violation of the CHSH inequality have the maximal at ΔT = 0.",
    quantity: "critical differences ΔT_0,C and ΔT_0,I2 of eq. (35) in panel (a), refined (Bloch-Redfield)",
    tolerance: `both within ±${AT_EQUILIBRIUM} of 0`,
  },
  {
    id: "i3-maximum-off-equilibrium",
    source: "001_a04d396bbf339a9e.txt Sec. 5.2 (before Fig. 10) and Conclusions",
    statement:
      "The I3322 inequality has the maximal violation away from the equilibrium setup when we have the symmetric " +
      "two-qubit setup, see Fig. 8 (a): because of the asymmetric nature of the I3322 inequality, eq. (6).",
    quantity:
      "critical difference ΔT_0,I3 of eq. (35) in panel (a), refined (Bloch-Redfield), and I3(ΔT) − I3(−ΔT)",
    tolerance: `|ΔT_0,I3| > ${AT_EQUILIBRIUM}`,
  },
  {
    id: "cntd-mismatch",
    source: "001_a04d396bbf339a9e.txt Sec. 5.2 (eq. (35), Fig. 11) and Conclusions",
    statement:
      "The CNTDs for sustaining the maximal entanglement is always smaller than the CNTDs for sustaining the maximal Bell nonlocality.",
    quantity: "|ΔT_0,C| against |ΔT_0,I2| and |ΔT_0,I3| in the asymmetric panels, refined (Bloch-Redfield)",
    tolerance: "|ΔT_0,C| smaller than both in every asymmetric panel",
  },
  {
    id: "i3-subset-of-i2",
    source: "001_a04d396bbf339a9e.txt Sec. 5.2",
    statement:
      "In Fig. 8, states violating the I3322 inequality is always a subset of states violating the CHSH inequality.",
    quantity: "I2 at every point of every panel where I3 > 0 (Bloch-Redfield)",
    tolerance: "I2 > 0 wherever I3 > 0",
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG8_CLAIMS from the paper's engine's panels. */
export function judgeFig8(panels: Fig8Panel[] | undefined): ClaimOutcome[] {
  if (!panels) {
    return withoutPaperEngine(FIG8_CLAIMS);
  }
  const symmetric = panels.find((p) => p.symmetric);
  const asymmetric = panels.filter((p) => !p.symmetric);
  return [
    symmetricMaxima(symmetric),
    i3OffEquilibrium(symmetric),
    cntdMismatch(asymmetric),
    i3Subset(panels),
  ];
}

function symmetricMaxima(panel: Fig8Panel | undefined): ClaimOutcome {
  if (!panel) {
    return {
      claim: "symmetric-maxima-at-equilibrium",
      verdict: "inconclusive",
      evidence: "no symmetric panel drawn",
    };
  }
  const { C, I2 } = panel.critical;
  const atZero = (c: CriticalBias) => c.found && Math.abs(c.bias) <= AT_EQUILIBRIUM;
  return {
    claim: "symmetric-maxima-at-equilibrium",
    verdict: atZero(C) && atZero(I2) ? "confirmed" : "refuted",
    evidence: `${panel.label}: ΔT_0,C = ${describeCriticalBias(C)}, ΔT_0,I2 = ${describeCriticalBias(I2)}`,
  };
}

function i3OffEquilibrium(panel: Fig8Panel | undefined): ClaimOutcome {
  if (!panel) {
    return {
      claim: "i3-maximum-off-equilibrium",
      verdict: "inconclusive",
      evidence: "no symmetric panel drawn",
    };
  }
  const { I3 } = panel.critical;
  if (!I3.found) {
    return {
      claim: "i3-maximum-off-equilibrium",
      verdict: "inconclusive",
      evidence: `${panel.label}: ΔT_0,I3 ${describeCriticalBias(I3)}`,
    };
  }
  const values = panel.I3;
  const mirror = (k: number) => panel.bias.findIndex((x) => Math.abs(x + panel.bias[k]) < 1e-12);
  const asymmetry = Math.max(
    ...values.map((v, k) => {
      const m = values[mirror(k)];
      return v === null || m === null || m === undefined ? 0 : Math.abs(v - m);
    }),
  );
  const zero = panel.bias.findIndex((x) => Math.abs(x) < 1e-12);
  const around =
    zero > 0 && zero < values.length - 1
      ? `; I3 = ${f(values[zero]!)} at ΔT = 0 against ${f(values[zero + 1]!)} at ΔT = ±${f(panel.bias[zero + 1], 2)}`
      : "";
  const off = Math.abs(I3.bias) > AT_EQUILIBRIUM;
  return {
    claim: "i3-maximum-off-equilibrium",
    verdict: off ? "confirmed" : "refuted",
    evidence:
      `${panel.label}: ΔT_0,I3 = ${f(I3.bias, 3)} (I3 = ${f(I3.value)})${around}; max |I3(ΔT) − I3(−ΔT)| = ` +
      `${asymmetry.toExponential(1)}. ` +
      (off
        ? ""
        : "The paper's reason cannot hold: the coefficients of eq. (6) are symmetric in Alice's and Bob's settings, and " +
          "flipping every outcome maps the operator with the parties exchanged back onto eq. (6), so max Tr[B3322 ρ] " +
          "does not change when the qubits are exchanged — for identical qubits and baths that is ΔT → −ΔT. I3 is " +
          "even in ΔT, and its maximum could leave ΔT = 0 only as a pair ±ΔT_0 around a local minimum, which it is not."),
  };
}

function cntdMismatch(panels: Fig8Panel[]): ClaimOutcome {
  if (panels.length === 0) {
    return { claim: "cntd-mismatch", verdict: "inconclusive", evidence: "no asymmetric panel drawn" };
  }
  const rows = panels.map((p) => ({ p, ...p.critical }));
  const listing = rows
    .map(
      (r) =>
        `${r.p.label}: ΔT_0,C = ${describeCriticalBias(r.C)}, ΔT_0,I2 = ${describeCriticalBias(r.I2)}, ΔT_0,I3 = ${describeCriticalBias(r.I3)}`,
    )
    .join("; ");
  if (rows.some((r) => !r.C.found || !r.I2.found || !r.I3.found)) {
    return {
      claim: "cntd-mismatch",
      verdict: "inconclusive",
      evidence: `not every maximum is interior: ${listing}`,
    };
  }
  const holds = rows.every(
    (r) => Math.abs(r.C.bias) < Math.abs(r.I2.bias) && Math.abs(r.C.bias) < Math.abs(r.I3.bias),
  );
  return { claim: "cntd-mismatch", verdict: holds ? "confirmed" : "refuted", evidence: listing };
}

function i3Subset(panels: Fig8Panel[]): ClaimOutcome {
  let violating = 0;
  const outside: string[] = [];
  for (const panel of panels) {
    panel.I3.forEach((i3, k) => {
      if (i3 === null || !(i3 > 0)) return;
      violating++;
      const i2 = panel.I2[k];
      if (i2 === null || !(i2 > 0)) outside.push(`${panel.label} at ΔT = ${f(panel.bias[k], 3)}`);
    });
  }
  if (violating === 0) {
    return {
      claim: "i3-subset-of-i2",
      verdict: "inconclusive",
      evidence: "I3 = 0 at every point: nothing to compare",
    };
  }
  return {
    claim: "i3-subset-of-i2",
    verdict: outside.length === 0 ? "confirmed" : "refuted",
    evidence:
      outside.length === 0
        ? `I2 > 0 at all ${violating} points with I3 > 0`
        : `I3 > 0 but I2 = 0 at ${outside.join(", ")} (of ${violating} points with I3 > 0)`,
  };
}
