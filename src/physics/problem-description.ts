import { hermitianEigenvalues } from "../linalg/eigen.js";
import { Operator } from "../operators/operator.js";
import type { SiteKind } from "../operators/site-space.js";
import { bohrFrequencyClusters } from "./bohr-frequencies.js";
import { hamiltonianEigenOf } from "./hamiltonian-eigen.js";
import type { Bath, BathChannel, BathStatistics, Problem } from "./problem.js";

/**
 * A Problem as plain JSON, for engines in another process or language (docs/external-engines.md is the
 * reference; this file and that page change together). Everything is evaluated: numbers, matrices of
 * local factors, and the noise spectrum of every bath channel tabulated at the Bohr frequencies an
 * engine needs, so an adapter never evaluates a case's expressions.
 */
export const PROBLEM_DESCRIPTION_VERSION = 1;

/** Largest number of states whose Bohr frequencies are tabulated (n² pairs: 65,536 at 256). */
const SPECTRUM_TABLE_LIMIT = 256;

/** A complex matrix as nested rows of real and imaginary parts (the `solve --json` form). */
export interface MatrixDescription {
  re: number[][];
  im: number[][];
}

/**
 * coefficient · ⊗_{s ∈ sites} factors[k] (identity on the other sites), or coefficient · block, a matrix on
 * the listed sites jointly whose index runs slowest on the first listed site.
 */
export interface ProductTermDescription {
  coefficient: [re: number, im: number];
  sites: number[];
  factors?: MatrixDescription[];
  block?: MatrixDescription;
}

/** An operator: the sum of its product terms (Jordan-Wigner strings already written out as σz factors). */
export interface OperatorDescription {
  label: string;
  terms: ProductTermDescription[];
}

/** S(ω) at the tabulated frequencies, ascending; null where S diverges (a flat bosonic bath at ω = 0). */
export interface SpectrumTable {
  omega: number[];
  rate: (number | null)[];
}

export interface ChannelDescription {
  label: string;
  operator: OperatorDescription;
  spectrum: SpectrumTable;
}

export interface BathDescription {
  name: string;
  sites: number[];
  statistics: BathStatistics;
  temperature: number;
  chemicalPotential: number;
  coupling: OperatorDescription;
  /** The case's spectral density: its kind and numbers (`gamma` is the expression's text). */
  spectralDensity: Record<string, string | number>;
  /** Which Bohr frequencies the channels' spectra are tabulated at. */
  tabulated: { hamiltonian: boolean; local: boolean };
  channels: ChannelDescription[];
}

export interface ProblemDescription {
  format: "qmebench-problem";
  version: typeof PROBLEM_DESCRIPTION_VERSION;
  case: string;
  conventions: Record<string, string>;
  parameters: Record<string, number | string>;
  dimension: number;
  sites: { name: string; kind: SiteKind; levels: number }[];
  hamiltonian: { label: string; support: number[]; order?: number; operator: OperatorDescription }[];
  numberOperator: OperatorDescription;
  baths: BathDescription[];
  extraDissipators: { label: string; rate: number; operator: OperatorDescription }[];
}

/** The conventions of DESIGN.md, restated in every description so that it can be read alone. */
const CONVENTIONS: Record<string, string> = {
  units: "hbar = k_B = 1",
  basis:
    "Kronecker products with site 0 leftmost (slowest index); spin state 0 is up (σz = +1); fermions are " +
    "Jordan-Wigner spins in site order, occupied = up; a boson with L levels has Fock states |0⟩ … |L−1⟩",
  matrices: "row-major nested arrays of real and imaginary parts",
  vectorisation: "column stacking: vec(AρB) = (Bᵀ ⊗ A) vec ρ, element (i, j) at index i + j·n",
  bohrComponents: "A(ω) = Σ_{E_b − E_a = ω} |a⟩⟨a|A|b⟩⟨b|; ω > 0 removes energy ω from the system",
  spectrum: "S(ω) is the rate of the Bohr component of a channel at ω (Σ_ω S(ω) D[A(ω)] in secular form)",
  currents: "positive from the bath into the system: J^E = Tr[H D(ρ)], J^N = Tr[N D(ρ)], J^Q = J^E − μ J^N",
};

export function operatorDescription(operator: Operator): OperatorDescription {
  return {
    label: operator.label,
    terms: operator.terms.map((term) => ({
      coefficient: [term.re, term.im],
      sites: [...term.sites],
      ...(term.block ? { block: term.block.toJSON() } : { factors: term.factors.map((f) => f.toJSON()) }),
    })),
  };
}

/** The part of H_S on a bath's own sites: the terms whose support lies inside them (local master equations). */
function localHamiltonian(problem: Problem, bath: Bath): Operator {
  const terms = problem.hamiltonianTerms.filter((term) =>
    term.support.every((site) => bath.sites.includes(site)),
  );
  return Operator.sum(
    problem.space,
    terms.map((term) => ({ re: 1, operator: term.operator })),
  );
}

/** The Bohr frequencies (cluster representatives, bohr-frequencies.ts) of a spectrum. */
function bohrFrequencies(values: Float64Array): Float64Array {
  return bohrFrequencyClusters(values).omegas;
}

/** The local Hamiltonian's Bohr frequencies, or undefined when its sites span too many states. */
function localBohrFrequencies(problem: Problem, bath: Bath): Float64Array | undefined {
  const local = localHamiltonian(problem, bath);
  const sites = [...new Set([...bath.sites, ...local.actsOn])].sort((a, b) => a - b);
  const size = sites.reduce((product, s) => product * problem.space.dims[s], 1);
  if (size > SPECTRUM_TABLE_LIMIT) return undefined;
  return bohrFrequencies(hermitianEigenvalues(local.restrictedTo(sites)));
}

function spectrumTable(channel: BathChannel, frequencies: readonly Float64Array[]): SpectrumTable {
  const omega = [...new Set(frequencies.flatMap((list) => [...list]))].sort((a, b) => a - b);
  return {
    omega,
    rate: omega.map((w) => {
      const rate = channel.spectrum(w);
      return Number.isFinite(rate) ? rate : null;
    }),
  };
}

function spectralDensityDescription(bath: Bath): Record<string, string | number> {
  const spec = bath.spectralDensity;
  return spec.kind === "expression" ? { kind: spec.kind, gamma: spec.text } : { ...spec };
}

/**
 * The JSON description of a problem. The spectra are tabulated at the Bohr frequencies of H_S (up to
 * SPECTRUM_TABLE_LIMIT states) and of each bath's local Hamiltonian (the terms of H_S on its sites),
 * which is what global, local and Bloch-Redfield engines evaluate S(ω) at.
 */
export function describeProblem(problem: Problem): ProblemDescription {
  const global =
    problem.dimension <= SPECTRUM_TABLE_LIMIT
      ? bohrFrequencies(hamiltonianEigenOf(problem).values)
      : undefined;
  return {
    format: "qmebench-problem",
    version: PROBLEM_DESCRIPTION_VERSION,
    case: problem.caseId,
    conventions: CONVENTIONS,
    parameters: problem.parameters,
    dimension: problem.dimension,
    sites: problem.sites.map(({ name, kind, levels }) => ({ name, kind, levels })),
    hamiltonian: problem.hamiltonianTerms.map((term) => ({
      label: term.label,
      support: [...term.support],
      ...(term.order === undefined ? {} : { order: term.order }),
      operator: operatorDescription(term.operator),
    })),
    numberOperator: operatorDescription(problem.numberOperator),
    baths: problem.baths.map((bath) => {
      const local = localBohrFrequencies(problem, bath);
      const frequencies = [global, local].filter((f): f is Float64Array => f !== undefined);
      return {
        name: bath.name,
        sites: [...bath.sites],
        statistics: bath.statistics,
        temperature: bath.temperature,
        chemicalPotential: bath.chemicalPotential,
        coupling: { ...operatorDescription(bath.coupling), label: bath.couplingLabel },
        spectralDensity: spectralDensityDescription(bath),
        tabulated: { hamiltonian: global !== undefined, local: local !== undefined },
        channels: bath.channels.map((channel) => ({
          label: channel.label,
          operator: operatorDescription(channel.operator),
          spectrum: spectrumTable(channel, frequencies),
        })),
      };
    }),
    extraDissipators: problem.extraDissipators.map((d) => ({
      label: d.label,
      rate: d.rate,
      operator: operatorDescription(d.operator),
    })),
  };
}
