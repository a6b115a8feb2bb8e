import { newnsModel } from "../../physics/newns/newns-model.js";
import type { EngineTraits } from "../../plugins/engine.js";
import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import {
  fermiVariationOverLevels,
  type LeadSettings,
  levelsInsideBiasWindow,
  modeSplitting,
  WHITE_NOISE_FLATNESS,
} from "./regimes.js";
import { EPA_ERROR_FACTOR, epaErrorScale } from "./epa-error-scale.js";
import type { ValidityMap, ValidityQuantity } from "./validity-grid.js";

/**
 * The claims of paper 004 (004_3bda4ae6cebee785.txt) that the validity maps test, and their verdicts from
 * the maps' own numbers. Each claim looks at the cells of one regime (Γ ≪ Δ, Γ ≥ Δ, white noise, resonant
 * transport) and at the engines of one kind (by their approximation trait, never by id).
 */

/** The parameters of a map's point: the leads, the dots and the band's half width Ω. */
export type MapPoint = LeadSettings & { Omega: number };

/** Where a cell of a map lies: its parameters, Γ/Δ, the EPA's error scale, resonant transport and white noise. */
export interface CellRegime {
  settings: MapPoint;
  gammaOverDelta: number;
  /** (Γ/Ω)·max_j Ω²/(Ω − |E_j|)², epa-error-scale.ts. */
  epaScale: number;
  resonant: boolean;
  whiteNoise: boolean;
}

/** The regime of every cell, regimes[i][j] at (xs[j], ys[i]). */
export function cellRegimes(
  map: Pick<ValidityMap, "xs" | "ys">,
  settingsAt: (x: number, y: number) => MapPoint,
): CellRegime[][] {
  return map.ys.map((y) =>
    map.xs.map((x) => {
      const settings = settingsAt(x, y);
      return {
        settings,
        gammaOverDelta: settings.Gamma / modeSplitting(settings.g, settings.delta),
        epaScale: epaErrorScale(newnsModel(settings)),
        resonant: levelsInsideBiasWindow(settings),
        whiteNoise: fermiVariationOverLevels(settings) < WHITE_NOISE_FLATNESS,
      };
    }),
  );
}

/** What a claim needs of a map: the deviations, each cell's regime, and the engines by approximation. */
export interface ValidityEvidence {
  map: ValidityMap;
  regimes: CellRegime[][];
  approximations: Record<string, EngineTraits["approximation"]>;
}

interface Cell {
  value: number;
  regime: CellRegime;
}

/** The cells of `region` where `engine` has a value of `key`. */
function cellsOf(
  evidence: ValidityEvidence,
  engine: string,
  key: ValidityQuantity | "internalShare",
  region: (regime: CellRegime) => boolean,
): Cell[] {
  const cells: Cell[] = [];
  evidence.regimes.forEach((row, i) =>
    row.forEach((regime, j) => {
      const value = evidence.map.z[engine][key][i][j];
      if (value !== null && region(regime)) cells.push({ value, regime });
    }),
  );
  return cells;
}

function enginesOfKind(
  evidence: ValidityEvidence,
  kinds: readonly EngineTraits["approximation"][],
): string[] {
  return Object.keys(evidence.map.z).filter((id) => kinds.includes(evidence.approximations[id]));
}

function largest(cells: Cell[], measure: (cell: Cell) => number): { at: Cell; value: number } {
  let best = cells[0];
  for (const cell of cells) if (measure(cell) > measure(best)) best = cell;
  return { at: best, value: measure(best) };
}

function where(regime: CellRegime): string {
  const p = regime.settings;
  return `g = ${formatNumber(p.g)}, Γ = ${formatNumber(p.Gamma)}, μL − μR = ${formatNumber(p.muL - p.muR)}, T = ${formatNumber(p.TL)}`;
}

function inconclusive(claim: FigureClaim, evidence: string): ClaimOutcome {
  return { claim: claim.id, verdict: "inconclusive", evidence };
}

const resonantWeak = (r: CellRegime) => r.resonant && r.gammaOverDelta <= 0.1;

export const QUANTUM_OPTICAL_CURRENTS: FigureClaim = {
  id: "quantum-optical-currents",
  source: "004_3bda4ae6cebee785.txt Sec. II after eq. (9), eqs. (6), (61), (46)",
  statement:
    "In the quantum-optical limit Γ ≪ Δ the bath generators L_L, L_R determine the currents by eq. (6): " +
    "⟨L_L†N⟩ of eq. (61) equals the Landauer current (43) through eq. (46).",
  quantity:
    "largest relative error of the bath-dissipator current ⟨D_L†N⟩ of the EPA and the global (secular) " +
    "equation against Landauer eq. (43), divided by Γ/Δ, over the cells with Γ ≤ Δ/10 and resonant transport " +
    "(both broadened levels 5T inside the bias window)",
  tolerance: "relative error ≤ Γ/Δ at every such cell (first order in Γ/Δ)",
};

/** Verdict on QUANTUM_OPTICAL_CURRENTS: the bath currents of asymptotic and secular engines for Γ ≤ Δ/10. */
export function quantumOpticalCurrents(evidence: ValidityEvidence): ClaimOutcome {
  const claim = QUANTUM_OPTICAL_CURRENTS;
  const engines = enginesOfKind(evidence, ["asymptotic", "secular"]);
  if (engines.length === 0) return inconclusive(claim, "no EPA (asymptotic) or secular engine in this run");
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const cells = cellsOf(evidence, engine, "particleCurrent", resonantWeak);
    if (cells.length === 0)
      return inconclusive(claim, `no resonant cell with Γ ≤ Δ/10 has a value of ${engine}`);
    const worst = largest(cells, (c) => c.value / c.regime.gammaOverDelta);
    holds &&= worst.value <= 1;
    parts.push(
      `${engine}: largest error/(Γ/Δ) = ${formatNumber(worst.value)} over ${cells.length} cells ` +
        `(error ${formatNumber(worst.at.value)} at ${where(worst.at.regime)})`,
    );
  }
  return {
    claim: claim.id,
    verdict: holds ? "confirmed" : "refuted",
    evidence: `${parts.join("; ")}; bound 1`,
  };
}

export const EQ61_NEEDS_QUANTUM_OPTICAL: FigureClaim = {
  id: "eq61-needs-quantum-optical",
  source: "004_3bda4ae6cebee785.txt eqs. (42), (46), (61) and the text after (62); Sec. IV B",
  statement:
    "Eq. (61) equals the Landauer current only through eq. (46), valid for Γ ≪ Δ; the EPA itself needs " +
    "only Γ ≪ Ω, so for Γ ≥ Δ its state still carries the current g·Im⟨c_L†c_R⟩ (eq. (42)) while ⟨L_L†N⟩ " +
    "does not.",
  quantity:
    "over the resonant cells with Γ ≥ Δ: the smallest relative error of the EPA's ⟨L_L†N⟩ and the largest " +
    "relative error of its g·Im⟨c_L†c_R⟩ divided by the EPA error scale ε = (Γ/Ω)·max_j Ω²/(Ω − |E_j|)² " +
    "(Appendix E), both against Landauer eq. (43)",
  tolerance: "⟨L_L†N⟩ off by ≥ 10 % at every such cell, g·Im⟨c_L†c_R⟩ within 2ε",
};

/** Verdict on EQ61_NEEDS_QUANTUM_OPTICAL from the asymptotic engines' two current definitions for Γ ≥ Δ. */
export function eq61NeedsQuantumOptical(evidence: ValidityEvidence): ClaimOutcome {
  const claim = EQ61_NEEDS_QUANTUM_OPTICAL;
  const engines = enginesOfKind(evidence, ["asymptotic"]);
  if (engines.length === 0) return inconclusive(claim, "no EPA (asymptotic) engine in this run");
  const broad = (r: CellRegime) => r.resonant && r.gammaOverDelta >= 1;
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const bath = cellsOf(evidence, engine, "particleCurrent", broad);
    const internal = cellsOf(evidence, engine, "internalCurrent", broad);
    if (bath.length === 0 || internal.length === 0) {
      return inconclusive(claim, `no resonant cell with Γ ≥ Δ has a value of ${engine}`);
    }
    const closest = largest(bath, (c) => -c.value);
    const worstInternal = largest(internal, (c) => c.value / c.regime.epaScale);
    holds &&= -closest.value >= 0.1 && worstInternal.value <= EPA_ERROR_FACTOR;
    parts.push(
      `${engine} over ${bath.length} cells: ⟨L_L†N⟩ error ≥ ${formatNumber(-closest.value)} ` +
        `(smallest at ${where(closest.at.regime)}); g·Im⟨c_L†c_R⟩ error/ε ≤ ${formatNumber(worstInternal.value)} (bound ${EPA_ERROR_FACTOR})`,
    );
  }
  return { claim: claim.id, verdict: holds ? "confirmed" : "refuted", evidence: parts.join("; ") };
}

export const EPA_STATE: FigureClaim = {
  id: "epa-state",
  source: "004_3bda4ae6cebee785.txt Sec. IV B, eq. (53), Appendix E",
  statement:
    "For sufficiently small Γ/Ω the EPA is an excellent approximation of the steady state, whatever Γ is " +
    "compared with the system's energies (its error on G_j is of order Γ/Ω, Appendix E).",
  quantity:
    "largest absolute error of the EPA occupations ⟨n_L⟩, ⟨n_R⟩ divided by the EPA error scale " +
    "ε = (Γ/Ω)·max_j Ω²/(Ω − |E_j|)² (Appendix E), over every cell",
  tolerance: "≤ 2ε (twice the Appendix E bound on G_j: the occupations are quadratic in G)",
};

/** Verdict on EPA_STATE: the asymptotic engines' occupations against the EPA error scale at every cell. */
export function epaState(evidence: ValidityEvidence): ClaimOutcome {
  const claim = EPA_STATE;
  const engines = enginesOfKind(evidence, ["asymptotic"]);
  if (engines.length === 0) return inconclusive(claim, "no EPA (asymptotic) engine in this run");
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const cells = cellsOf(evidence, engine, "occupations", () => true);
    if (cells.length === 0) return inconclusive(claim, `${engine} has no steady state on the map`);
    const worst = largest(cells, (c) => c.value / c.regime.epaScale);
    holds &&= worst.value <= EPA_ERROR_FACTOR;
    parts.push(
      `${engine}: largest |Δn|/ε = ${formatNumber(worst.value)} over ${cells.length} cells ` +
        `(|Δn| = ${formatNumber(worst.at.value)} at ${where(worst.at.regime)})`,
    );
  }
  return {
    claim: claim.id,
    verdict: holds ? "confirmed" : "refuted",
    evidence: `${parts.join("; ")}; bound ${EPA_ERROR_FACTOR}`,
  };
}

export const GLOBAL_NO_INTERNAL_CURRENT: FigureClaim = {
  id: "global-no-internal-current",
  source: "004_3bda4ae6cebee785.txt Sec. II after eq. (7), text after eq. (42)",
  statement:
    "The global (secular) generators do not couple populations and coherences, so their unique stationary " +
    "state is diagonal in the eigenbasis of H_S and the current through the system g·Im⟨c_L†c_R⟩ vanishes, " +
    "inconsistent with eq. (3); only ⟨D_L†N⟩ carries a current.",
  quantity: "largest |g·Im⟨c_L†c_R⟩| / |J_exact| of the secular engines' steady states over every cell",
  tolerance: "≤ 1e-9 (round-off)",
};

/** Verdict on GLOBAL_NO_INTERNAL_CURRENT from the secular engines' internal currents. */
export function globalNoInternalCurrent(evidence: ValidityEvidence): ClaimOutcome {
  const claim = GLOBAL_NO_INTERNAL_CURRENT;
  const engines = enginesOfKind(evidence, ["secular"]);
  if (engines.length === 0) return inconclusive(claim, "no secular (global Lindblad) engine in this run");
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const cells = cellsOf(evidence, engine, "internalShare", () => true);
    if (cells.length === 0) return inconclusive(claim, `${engine} has no steady state on the map`);
    const worst = largest(cells, (c) => c.value);
    holds &&= worst.value <= 1e-9;
    parts.push(
      `${engine}: largest |g Im C_LR|/|J_exact| = ${formatNumber(worst.value)} over ${cells.length} cells`,
    );
  }
  return { claim: claim.id, verdict: holds ? "confirmed" : "refuted", evidence: parts.join("; ") };
}

export const WHITE_NOISE_LOCAL: FigureClaim = {
  id: "white-noise-local",
  source: "004_3bda4ae6cebee785.txt Sec. IV B after eq. (54)",
  statement:
    "In the white-noise limit the rate matrices are Γ·F and the jump operators are the site modes c_L, c_R: " +
    "the local master equation may be an excellent approximation for sufficiently large bias or temperature.",
  quantity:
    "largest relative error of the local engines' particle current against Landauer eq. (43) over the " +
    "white-noise cells (Fermi functions change by < 10 % over [E2 − Γ, E1 + Γ]) with resonant transport; the " +
    "white-noise cells at a bias too small to hold the levels are reported, not judged (local-not-thermal)",
  tolerance: "≤ 10 % (the flatness of the Fermi functions that defines the white-noise cells)",
};

/** Verdict on WHITE_NOISE_LOCAL from the local engines over white-noise, resonant cells. */
export function whiteNoiseLocal(evidence: ValidityEvidence): ClaimOutcome {
  const claim = WHITE_NOISE_LOCAL;
  const engines = enginesOfKind(evidence, ["local"]);
  if (engines.length === 0) return inconclusive(claim, "no local engine in this run");
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const cells = cellsOf(evidence, engine, "particleCurrent", (r) => r.whiteNoise && r.resonant);
    if (cells.length === 0)
      return inconclusive(claim, `no white-noise resonant cell has a value of ${engine}`);
    const worst = largest(cells, (c) => c.value);
    holds &&= worst.value <= WHITE_NOISE_FLATNESS;
    parts.push(
      `${engine}: largest error ${formatNumber(worst.value)} over ${cells.length} cells (at ${where(worst.at.regime)})`,
    );
    // the rest of the white-noise region: large T at a bias too small to hold the levels (see local-not-thermal)
    const offResonance = cellsOf(evidence, engine, "particleCurrent", (r) => r.whiteNoise && !r.resonant);
    if (offResonance.length > 0) {
      const off = largest(offResonance, (c) => c.value);
      parts.push(
        `not judged: ${offResonance.length} white-noise cells without resonant transport, largest error ` +
          `${formatNumber(off.value)} (at ${where(off.at.regime)})`,
      );
    }
  }
  return {
    claim: claim.id,
    verdict: holds ? "confirmed" : "refuted",
    evidence: `${parts.join("; ")}; bound 0.1`,
  };
}

export const LOCAL_NOT_THERMAL: FigureClaim = {
  id: "local-not-thermal",
  source: "004_3bda4ae6cebee785.txt Sec. II after eq. (8); eq. (78) and the text after it",
  statement:
    "A local generator thermalises its site to its own Hamiltonian, so eq. (1) does not hold in general: with " +
    "detuned sites (δ ≠ 0) nearly equal leads still drive a current through the local equation that the " +
    "exact state does not carry.",
  quantity:
    "smallest relative error of the local engines' particle current at the smallest bias of the map, over T",
  tolerance: "≥ 100 % at every temperature (the spurious current exceeds the true one)",
};

/** Verdict on LOCAL_NOT_THERMAL from the local engines at the map's smallest bias. */
export function localNotThermal(evidence: ValidityEvidence): ClaimOutcome {
  const claim = LOCAL_NOT_THERMAL;
  const engines = enginesOfKind(evidence, ["local"]);
  if (engines.length === 0) return inconclusive(claim, "no local engine in this run");
  const biasOf = (r: CellRegime) => Math.abs(r.settings.muL - r.settings.muR);
  const smallest = Math.min(...evidence.regimes.flat().map(biasOf));
  const parts: string[] = [];
  let holds = true;
  for (const engine of engines) {
    const cells = cellsOf(evidence, engine, "particleCurrent", (r) => biasOf(r) === smallest);
    if (cells.length === 0) return inconclusive(claim, `${engine} has no value at the smallest bias`);
    const best = largest(cells, (c) => -c.value);
    holds &&= -best.value >= 1;
    parts.push(
      `${engine}: error ≥ ${formatNumber(-best.value)} over ${cells.length} temperatures at μL − μR = ${formatNumber(smallest)} ` +
        `(δ = ${formatNumber(best.at.regime.settings.delta)})`,
    );
  }
  return { claim: claim.id, verdict: holds ? "confirmed" : "refuted", evidence: parts.join("; ") };
}
