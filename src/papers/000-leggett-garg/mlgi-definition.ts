import { lgiAt, maximalViolation } from "../../measures/leggett-garg.js";
import type { GeneratorCorrelation } from "../../measures/two-time-correlation.js";

/**
 * The two readings of the MLGI in paper 000 (000_47becd3a7196453b.txt): `maximum` is its definition,
 * MLGI = F^(Max)(0, τ̃, 2τ̃) − 1 over the first violation window (Sec. III B), drawn in Fig. 3a;
 * `at-pi-over-6` is "the first MLGI (for τ̃ = π/6)" of the Fig. 2 caption, F(0, τ̃, 2τ̃) − 1 at τ̃ = Vτ = π/6
 * where the unitary maximum of eq. (23) sits and where the paper's analytic MLGI (text after eq. (24)) is
 * evaluated. Both are ≥ 0 (0 without violation).
 */
export type MlgiDefinition = "maximum" | "at-pi-over-6";

/** The MLGI of a steady-state correlation under one definition; V is the flip-flop coupling (τ̃ = Vτ). */
export function mlgiOf(correlation: GeneratorCorrelation, definition: MlgiDefinition, V: number): number {
  if (definition === "maximum") return maximalViolation(correlation).mlgi;
  return Math.max(0, lgiAt(correlation, Math.PI / (6 * V)) - 1);
}
