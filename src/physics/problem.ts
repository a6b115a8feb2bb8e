import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * The engine-neutral description of one open quantum system, resolved from a case file at one set of
 * parameter values. Engines read only this; they never see YAML or expressions.
 */
export interface Problem {
  /** Case id, e.g. `flipflop-qubits`. */
  caseId: string;
  /** Every parameter of the case, resolved (numbers, or words from a declared set). */
  parameters: Record<string, number | string>;
  /** Site kinds in order; site 0 is the leftmost Kronecker factor (DESIGN.md). */
  sites: Site[];
  /** `spin` if every site is a spin, `fermion` if every site is a fermionic mode. */
  siteKind: "spin" | "fermion";
  /** Hilbert-space dimension 2^N. */
  dimension: number;
  /** H_S, the sum of the Hamiltonian terms. */
  hamiltonian: ComplexMatrix;
  /** H_S term by term, with the sites each term acts on (used by the local master equation). */
  hamiltonianTerms: HamiltonianTerm[];
  /** Total number operator Σ n_k (particle currents); for spins n_k = (1 + σz_k)/2. */
  numberOperator: ComplexMatrix;
  baths: Bath[];
  /** Extra Lindblad terms γ D(L) that are not thermal baths (e.g. classical dephasing noise). */
  extraDissipators: ExtraDissipator[];
}

export interface Site {
  name: string;
  kind: "spin" | "fermion";
}

export interface HamiltonianTerm {
  /** The operator string as written in the case, e.g. `sp0 sm1`. */
  label: string;
  /** The full term, coefficient included, on the whole Hilbert space. */
  operator: ComplexMatrix;
  /** Sites the term acts on non-trivially (sorted). */
  support: number[];
}

/** The statistics a bath can have (the case schema accepts these words). */
export const BATH_STATISTICS = ["boson", "fermion", "spin"] as const;
export type BathStatistics = (typeof BATH_STATISTICS)[number];

/**
 * One independent channel of a bath: the system operator L entering H_int = L ⊗ B† + L† ⊗ B
 * (or a Hermitian A ⊗ B), and the noise spectrum S(ω) that weights its Bohr components A(ω).
 * ω is the energy the component removes from the system (ω > 0 lowers the energy, DESIGN.md).
 */
export interface BathChannel {
  label: string;
  operator: ComplexMatrix;
  /** Rate of a component that removes energy ω from the system. Must be ≥ 0 and finite. */
  spectrum: (omega: number) => number;
}

export interface Bath {
  name: string;
  /** Sites the bath touches (the local master equation keeps only H_S terms supported on them). */
  sites: number[];
  statistics: BathStatistics;
  temperature: number;
  chemicalPotential: number;
  /** The coupling operator as written in the case, e.g. `sm0`. */
  couplingLabel: string;
  /** Independent channels: one for a Hermitian coupling, {L, L†} for a non-Hermitian L. */
  channels: BathChannel[];
}

export interface ExtraDissipator {
  label: string;
  rate: number;
  operator: ComplexMatrix;
}
