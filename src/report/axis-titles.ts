/**
 * Axis titles for sweep plots: a symbol for a case parameter and a name, symbol and unit for a
 * sweep quantity. Units follow DESIGN.md (ħ = k_B = 1): energies, temperatures and rates are in the
 * case's energy unit, so a current of energy is energy/time and an entropy production is k_B/time.
 */

const GREEK_LETTERS: Record<string, string> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  Gamma: "Γ",
  delta: "δ",
  Delta: "Δ",
  eps: "ε",
  epsilon: "ε",
  eta: "η",
  theta: "θ",
  kappa: "κ",
  lam: "λ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  xi: "ξ",
  pi: "π",
  rho: "ρ",
  sigma: "σ",
  tau: "τ",
  phi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  Omega: "Ω",
};

/** Case parameters whose bare symbol is not enough (overline for a mean value, Δ for a difference). */
const SPECIAL_SYMBOLS: Record<string, string> = {
  ebar: "ε̄",
  gbar: "γ̄",
  mubar: "μ̄",
  de: "Δε",
  dg: "Δγ",
  dmu: "Δμ",
  dT: "ΔT",
};

/**
 * The symbol of a case parameter: `eps` → `ε`, `Gamma` → `Γ`, `chi1` → `χ1`, `muL` → `μL`,
 * `dT` → `ΔT`; names without a known symbol are returned as written.
 */
export function parameterSymbol(name: string): string {
  if (Object.hasOwn(SPECIAL_SYMBOLS, name)) return SPECIAL_SYMBOLS[name];
  // A Greek stem with an optional index: digits, one capital (muL) or an underscore suffix.
  const match = /^([A-Za-z]+?)(\d+|[A-Z]|_\w+)?$/.exec(name);
  if (match && Object.hasOwn(GREEK_LETTERS, match[1]))
    return GREEK_LETTERS[match[1]] + (match[2] ?? "").replace(/^_/, "");
  return name;
}

/** The x-axis title of a sweep over a parameter: `ΔT (dT)`, or just the name when it is its own symbol. */
export function parameterAxisTitle(name: string): string {
  const symbol = parameterSymbol(name);
  return symbol === name ? name : `${symbol} (${name})`;
}

/** Titles of the steady-state observables of `solve --json` (DESIGN.md, "Command line"). */
const OBSERVABLE_TITLES: Record<string, string> = {
  concurrence: "Concurrence C",
  chsh: "CHSH maximum B (Horodecki)",
  purity: "Purity Tr ρ²",
  entropy: "Von Neumann entropy S (nats)",
  energyCoherence: "Energy coherence (l1 norm in the H_S eigenbasis)",
};

const CURRENT_TITLES: Record<string, { name: string; symbol: string; unit: string }> = {
  heat: { name: "Heat current", symbol: "J^Q", unit: "energy/time" },
  energy: { name: "Energy current", symbol: "J^E", unit: "energy/time" },
  particle: { name: "Particle current", symbol: "J^N", unit: "1/time" },
};

/**
 * The axis title of a sweep quantity named as in the case files: `currents.left.heat` →
 * `Heat current J^Q_left, bath → system (energy/time)`, `entropyProduction` →
 * `Entropy production σ (k_B/time)`, `observables.concurrence` → `Concurrence C`,
 * `observables.sz.0` → `⟨σz⟩ of site 0`. Unknown names are returned as written.
 */
export function quantityAxisTitle(quantity: string): string {
  const parts = quantity.split(".");
  if (parts[0] === "currents" && parts.length === 3 && Object.hasOwn(CURRENT_TITLES, parts[2])) {
    const { name, symbol, unit } = CURRENT_TITLES[parts[2]];
    return `${name} ${symbol}_${parts[1]}, bath → system (${unit})`;
  }
  if (quantity === "entropyProduction") return "Entropy production σ (k_B/time)";
  if (parts[0] === "observables" && parts.length >= 2) {
    if (parts.length === 2 && Object.hasOwn(OBSERVABLE_TITLES, parts[1])) return OBSERVABLE_TITLES[parts[1]];
    if (parts.length === 3 && parts[1] === "sz") return `⟨σz⟩ of site ${parts[2]}`;
    if (parts.length === 3 && parts[1] === "occupation") return `Occupation ⟨n⟩ of site ${parts[2]}`;
  }
  return quantity;
}
