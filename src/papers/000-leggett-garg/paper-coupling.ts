/**
 * Paper 000's dissipation strength Γ̃ in terms of the case's Gamma. The paper fixes Γ̃ by the decay of its
 * fitted correlation, C_F(τ̃) = 1 − r23[1 − e^{−Γ̃_V τ̃} cos 2τ̃] with Γ̃_V = Γ̃ Σ_j [2n(ω̃_j) + 1]
 * (000_47becd3a7196453b.txt, text before eq. (24)). In the case flipflop-qubits a bath lowers the energy at
 * rate Gamma·(n + 1), and the coherence between |ψ+⟩ and |ψ−⟩ that oscillates as cos 2τ̃ decays at
 * Gamma·Σ_j [2n(ω_j) + 1]/2: the paper's Γ̃ is Gamma/(2V) (the factor 2 of a dissipator written as
 * Γ(2LρL† − L†Lρ − ρL†L)); Γ̃ is in units of V like every quantity of the paper. App. B agrees: its Fig. 4 has the curvature of the MLGI change sign near T̃_M = 5
 * at Γ̃ = 0.01, which is where the case's Gamma = 0.02 puts it.
 */
export function caseGamma(paperGamma: number, V: number): number {
  return 2 * V * paperGamma;
}

/** The paper's Γ̃ (in units of V) of the case's Gamma: the inverse of caseGamma. */
export function paperGamma(caseGammaValue: number, V: number): number {
  return caseGammaValue / (2 * V);
}
