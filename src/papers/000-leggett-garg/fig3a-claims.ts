import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { fitPowerLaw } from "../../measures/power-law-fit.js";
import { type BorderlinesResult, PAPER_EXPONENTS } from "./borderline-summary.js";
import { analyticCurvatureAsymptote, eq25Prefactor } from "./analytic-mlgi.js";

/** Exponent tolerances: the fit over the map's range, the local slope far below it. */
const FIT_EXPONENT_TOLERANCE = 0.02;
const LOCAL_EXPONENT_TOLERANCE = 0.005;
const PREFACTOR_TOLERANCE = 0.05;
/** App. B, Fig. 4 (ε̃ = 3, Γ̃ = 0.01): "crosses the horizontal axis at around Tm = 5". */
const FIG4_SPLITTING = 3;
const FIG4_GAMMA = 0.01;
const FIG4_CROSSING = 5;
const FIG4_TOLERANCE = 0.15;

/** What paper 000 says about Fig. 3a and its borderlines (000_47becd3a7196453b.txt Sec. IV, eq. (25), App. B). */
export const FIG3A_CLAIMS: readonly FigureClaim[] = [
  {
    id: "violation-exponent",
    source: "000_47becd3a7196453b.txt Sec. IV (Fig. 3a inset)",
    statement:
      "The numerically determined borderline between the white and yellow zones has a power law expression such that T̃M ∼ Γ̃⁻¹.",
    quantity:
      "exponent of the power law fitted to the root-found border MLGI(ΔT = 0) = 0, Γ̃ = 1e-3 … 1e-1, global equation",
    tolerance: `within ±${FIT_EXPONENT_TOLERANCE} of −1`,
  },
  {
    id: "curvature-exponent",
    source: "000_47becd3a7196453b.txt Sec. IV, eq. (25), App. B",
    statement:
      "The numerically determined borderline between the yellow and blue regions satisfies also a power law of the form T̃M ∼ Γ̃^(−1/3).",
    quantity:
      "local exponent d ln T̃_M / d ln Γ̃ of the root-found border ∂²MLGI/∂ΔT²|₀ = 0 between Γ̃ = 1e-5 and 1e-4, where T̃_M ≫ (ε̃ + 1)/2 as the expansion of App. B assumes (global equation)",
    tolerance: `within ±${LOCAL_EXPONENT_TOLERANCE} of −1/3`,
  },
  {
    id: "curvature-prefactor",
    source: "000_47becd3a7196453b.txt eq. (25) (= eq. (B32))",
    statement:
      "Γ̃ = (3/π)(ε̃/4)³[1 − (1/ε̃)⁴]/T̃M³, in agreement with the numerical results plotted in Fig. 3 (a).",
    quantity: "T̃_M·Γ̃^(1/3) of the root-found curvature border at Γ̃ = 1e-5 (global equation)",
    tolerance: `within ±${100 * PREFACTOR_TOLERANCE}% of eq. (25)'s prefactor (0.736 at ε̃ = 3)`,
  },
  {
    id: "fig4-curvature-crossing",
    source: "000_47becd3a7196453b.txt App. B, Fig. 4 and the text after eq. (B31)",
    statement:
      "For ε̃ = 3 and Γ̃ = 0.01 the second derivative of Vmax crosses the horizontal axis at around Tm = 5.",
    quantity: "root-found curvature border at Γ̃ = 0.01 (global equation)",
    tolerance: `within ±${100 * FIG4_TOLERANCE}% of ${FIG4_CROSSING}`,
  },
];

export interface Fig3aData {
  /** The global (secular) equation's borderlines over the map's Γ̃ range, or undefined without that engine. */
  fit?: BorderlinesResult;
  /** Its curvature border at Γ̃ = 1e-5 and 1e-4. */
  asymptotic?: { gamma: number; curvatureTM: number | null }[];
  /** The paper's analytic MLGI's curvature border at the fit's Γ̃. */
  analyticCurvatureTM: number[];
  /** ε̃ = ε/V (Γ̃ and T̃_M are in units of V throughout). */
  eps: number;
}

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG3A_CLAIMS from the figure's numbers. */
export function judgeFig3a(data: Fig3aData): ClaimOutcome[] {
  const { fit, asymptotic, eps } = data;
  if (!fit) {
    return FIG3A_CLAIMS.map((claim) => ({
      claim: claim.id,
      verdict: "inconclusive",
      evidence: "no global (secular) engine selected: the paper's equation was not computed",
    }));
  }
  return [
    violationExponent(fit),
    curvatureExponent(data, fit, asymptotic ?? []),
    curvaturePrefactor(asymptotic ?? [], eps),
    fig4Crossing(fit, eps),
  ];
}

function violationExponent(fit: BorderlinesResult): ClaimOutcome {
  const { exponent, stderr, TM } = fit.violationBorder;
  const found = TM.filter((T) => T !== null).length;
  if (exponent === null || found < 3) {
    return {
      claim: "violation-exponent",
      verdict: "inconclusive",
      evidence: `the border was found at ${found} of ${TM.length} couplings: too few for a fit`,
    };
  }
  const difference = exponent - PAPER_EXPONENTS.violationBorder;
  return {
    claim: "violation-exponent",
    verdict: Math.abs(difference) <= FIT_EXPONENT_TOLERANCE ? "confirmed" : "refuted",
    evidence: `fitted exponent ${f(exponent)} ± ${stderr?.toExponential(1)} over ${found} couplings against −1: difference ${difference.toExponential(2)}`,
  };
}

function curvatureExponent(
  data: Fig3aData,
  fit: BorderlinesResult,
  asymptotic: { gamma: number; curvatureTM: number | null }[],
): ClaimOutcome {
  const border = fit.curvatureBorder;
  const analyticFit = fitPowerLaw(border.gamma, data.analyticCurvatureTM);
  const rangeNote =
    border.exponent === null
      ? "no fit over Γ̃ = 1e-3 … 1e-1"
      : `the fit over Γ̃ = 1e-3 … 1e-1 gives ${f(border.exponent)} ± ${border.stderr?.toExponential(1)}, pre-asymptotic ` +
        `(T̃_M there is ${f(Math.min(...border.TM.filter((T): T is number => T !== null)), 3)} … ` +
        `${f(Math.max(...border.TM.filter((T): T is number => T !== null)), 3)}, not ≫ (ε̃ + 1)/2 = ${f((data.eps + 1) / 2, 3)}); ` +
        `the paper's own analytic MLGI gives ${analyticFit ? f(analyticFit.exponent) : "no fit"} over the same range`;
  const [low, high] = asymptotic;
  if (!low?.curvatureTM || !high?.curvatureTM) {
    return {
      claim: "curvature-exponent",
      verdict: "inconclusive",
      evidence: `the border was not found at Γ̃ = 1e-5 and 1e-4; ${rangeNote}`,
    };
  }
  const local = Math.log(high.curvatureTM / low.curvatureTM) / Math.log(high.gamma / low.gamma);
  const difference = local - PAPER_EXPONENTS.curvatureBorder;
  return {
    claim: "curvature-exponent",
    verdict: Math.abs(difference) <= LOCAL_EXPONENT_TOLERANCE ? "confirmed" : "refuted",
    evidence:
      `local exponent ${f(local)} between Γ̃ = ${low.gamma} (T̃_M = ${f(low.curvatureTM)}) and ${high.gamma} ` +
      `(T̃_M = ${f(high.curvatureTM)}) against −1/3: difference ${difference.toExponential(2)}; ${rangeNote}`,
  };
}

function curvaturePrefactor(
  asymptotic: { gamma: number; curvatureTM: number | null }[],
  eps: number,
): ClaimOutcome {
  const [lowest] = asymptotic;
  if (!lowest?.curvatureTM) {
    return {
      claim: "curvature-prefactor",
      verdict: "inconclusive",
      evidence: "the curvature border was not found at Γ̃ = 1e-5",
    };
  }
  const measured = lowest.curvatureTM * lowest.gamma ** (1 / 3);
  const paper = eq25Prefactor(eps);
  const formula = analyticCurvatureAsymptote(eps);
  const ratio = measured / paper;
  return {
    claim: "curvature-prefactor",
    verdict: Math.abs(ratio - 1) <= PREFACTOR_TOLERANCE ? "confirmed" : "refuted",
    evidence:
      `T̃_M·Γ̃^(1/3) = ${f(measured)} at Γ̃ = ${lowest.gamma} against eq. (25)'s ${f(paper)}: ratio ${f(ratio)} ` +
      `(4^(1/3) = ${f(4 ** (1 / 3))}). The paper's own analytic MLGI (text after eq. (24)) has the large-T̃_M border ` +
      `T̃_M³ = 3(ε̃⁴ − 1)/(16πε̃Γ̃), A = ${f(formula)} (${f(measured / formula)} of it here): eq. (B32) has 64π where ` +
      "that expansion gives 16π, so eq. (25) puts the border a factor 4^(1/3) too low (a factor 4 in Γ̃)",
  };
}

function fig4Crossing(fit: BorderlinesResult, eps: number): ClaimOutcome {
  if (eps !== FIG4_SPLITTING) {
    return {
      claim: "fig4-curvature-crossing",
      verdict: "inconclusive",
      evidence: `Fig. 4 is drawn for ε̃ = ${FIG4_SPLITTING}, the figure for ε̃ = ${eps}`,
    };
  }
  const border = fit.curvatureBorder;
  const k = border.gamma.findIndex((g) => Math.abs(Math.log(g / FIG4_GAMMA)) < 1e-9);
  const TM = k < 0 ? null : border.TM[k];
  if (TM === null) {
    return {
      claim: "fig4-curvature-crossing",
      verdict: "inconclusive",
      evidence: `no curvature border at Γ̃ = ${FIG4_GAMMA} among the root-found couplings`,
    };
  }
  const eq25 = eq25Prefactor(eps) * FIG4_GAMMA ** (-1 / 3);
  const difference = TM / FIG4_CROSSING - 1;
  return {
    claim: "fig4-curvature-crossing",
    verdict: Math.abs(difference) <= FIG4_TOLERANCE ? "confirmed" : "refuted",
    evidence:
      `T̃_M = ${f(TM)} at Γ̃ = ${FIG4_GAMMA} against "around ${FIG4_CROSSING}": ${(100 * difference).toFixed(1)}%; ` +
      `eq. (25) would put it at ${f(eq25)}, in disagreement with the paper's own Fig. 4`,
  };
}
