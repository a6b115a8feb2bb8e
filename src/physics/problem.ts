import type { Operator } from "../operators/operator.js";
import type { Site, SiteSpace } from "../operators/site-space.js";
import type { SpectralDensitySpec } from "./spectral-density.js";

/**
 * The engine-neutral description of one open quantum system, resolved from a case file at one set of
 * parameter values. Engines read only this; they never see YAML or expressions. Every operator is
 * symbolic (a sum of products of local factors, src/operators/operator.ts): nothing of the size of the
 * Hilbert space is built until an engine asks for it.
 */
export interface Problem {
  /** Case id, e.g. `flipflop-qubits`: for messages and reports only (plugins decide by traits, not ids). */
  caseId: string;
  /** Every parameter of the case, resolved (numbers, or words from a declared set). */
  parameters: Record<string, number | string>;
  /** The sites in order; site 0 is the leftmost Kronecker factor (DESIGN.md). */
  space: SiteSpace;
  sites: readonly Site[];
  /** Hilbert-space dimension Π_s d_s. */
  dimension: number;
  /** H_S, the sum of the Hamiltonian terms. */
  hamiltonian: Operator;
  /** H_S term by term, with the sites each term acts on (local master equations, perturbative orders). */
  hamiltonianTerms: HamiltonianTerm[];
  /** Total number operator N = Σ_k n_k (particle currents); n_k = (1 + σz_k)/2 for spins, a†a for bosons. */
  numberOperator: Operator;
  baths: Bath[];
  /** Extra Lindblad terms γ D(L) that are not thermal baths (e.g. classical dephasing noise). */
  extraDissipators: ExtraDissipator[];
  /**
   * The case's options per engine id, as written (engineOptions): the registry validates them for the
   * engine that runs, and an engine that wraps another takes its base engine's from here.
   */
  engineOptions: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
  /** Observables the case defines per site from the site expectations (e.g. paper 003's local temperature). */
  siteObservables: readonly SiteObservable[];
  /** Observables the case defines as operators, reported as Tr[O ρ] (e.g. a coherence ⟨σ⁺0 σ⁻1⟩). */
  operatorObservables: readonly OperatorObservable[];
}

/** An observable a case defines as an operator O: its expectation Tr[O ρ], {re, im} when O is not Hermitian. */
export interface OperatorObservable {
  name: string;
  description: string;
  operator: Operator;
  hermitian: boolean;
}

/** An observable a case defines at every site as a function of that site's expectation values. */
export interface SiteObservable {
  name: string;
  description: string;
  /** The value at a site from its ⟨σz⟩ and ⟨n⟩ (null where the site has none); null where not finite. */
  valueAt(site: number, expectations: { sz: number | null; occupation: number | null }): number | null;
}

export interface HamiltonianTerm {
  /** The operator as written in the case, e.g. `sp0 sm1 + h.c.`. */
  label: string;
  /** The term, coefficient included. */
  operator: Operator;
  /** Sites (modes) the term acts on, sorted. */
  support: readonly number[];
  /** Order of the term in the case's small coupling (0: H0, 1: first order), when the case says. */
  order?: number;
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
  operator: Operator;
  /** Rate of a component that removes energy ω from the system. Must be ≥ 0 and finite. */
  spectrum: (omega: number) => number;
}

export interface Bath {
  name: string;
  /** Sites the bath touches (the local master equation keeps only H_S terms supported on them). */
  sites: readonly number[];
  statistics: BathStatistics;
  temperature: number;
  chemicalPotential: number;
  /** The coupling operator as written in the case, e.g. `sm0`. */
  couplingLabel: string;
  coupling: Operator;
  spectralDensity: SpectralDensitySpec;
  /** Independent channels: one for a Hermitian coupling, {L, L†} for a non-Hermitian L. */
  channels: BathChannel[];
}

export interface ExtraDissipator {
  label: string;
  rate: number;
  operator: Operator;
}
