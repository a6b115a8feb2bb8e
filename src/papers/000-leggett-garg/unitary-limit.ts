/**
 * Unitary limit of paper 000, eq. (23) (000_47becd3a7196453b.txt): after decoupling the baths from the
 * steady state ρ of eq. (22), F(0, τ, 2τ) = 1 + r23 [2cos(2τ̃) − cos(4τ̃) − 1] with τ̃ = Vτ, maximal at
 * τ̃ = π/6 whatever the temperatures, where it is 1 + r23/2.
 */
export function unitaryLgi(r23: number, scaledTau: number): number {
  return 1 + r23 * (2 * Math.cos(2 * scaledTau) - Math.cos(4 * scaledTau) - 1);
}

/**
 * r23 = c2 + c3 of eq. (22): the population of the one-excitation states |ψ∓⟩, from the fictitious-qubit
 * populations pUpper_j = n̄(ω̃j)/(2n̄(ω̃j) + 1) that the case flipflop-qubits derives as parameters:
 * c2 = p1(1 − p2), c3 = (1 − p1)p2.
 */
export function r23At(parameters: Record<string, number | string>): number {
  const p1 = Number(parameters.pUpper1);
  const p2 = Number(parameters.pUpper2);
  return p1 * (1 - p2) + (1 - p1) * p2;
}
