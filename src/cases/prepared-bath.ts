import type { Operator } from "../operators/operator.js";
import { bathChannels } from "../physics/bath-channels.js";
import { BATH_STATISTICS, type Bath, type BathStatistics } from "../physics/problem.js";
import type { SpectralDensitySpec } from "../physics/spectral-density.js";
import { InputError } from "../input-error.js";
import type { CaseFields, NumberField, OperatorField, Point } from "./case-fields.js";
import { describeOverrides } from "./parameters.js";
import type { BathDefinition, CaseDefinition } from "./schema.js";

/** A bath of a case with its coupling parsed and its fields compiled. */
export interface PreparedBath {
  /** `system.baths[1]`, for messages. */
  path: string;
  name: string;
  sites: number[];
  couplingLabel: string;
  coupling: OperatorField;
  /** The coupling last built, whether it is Hermitian, and its adjoint (decided once per operator). */
  lastCoupling?: { operator: Operator; hermitian: boolean; adjoint?: Operator };
  /** A fixed statistics word, or the word parameter that holds it. */
  statistics: BathStatistics | { parameter: string };
  temperature: NumberField;
  chemicalPotential: NumberField;
  spectralDensity: PreparedSpectralDensity;
}

/** A spectral density whose parameters are numbers or expressions (a SpectralDensitySpec at each point). */
type PreparedSpectralDensity =
  | { kind: "flat"; strength: NumberField }
  | { kind: "ohmic"; coefficient: NumberField }
  | { kind: "newns"; Gamma: NumberField; Omega: NumberField }
  | { kind: "expression"; text: string; gamma: NumberField };

/**
 * Parses the coupling and compiles the fields of the bath at `path` (`coupling` holds its operator strings
 * with any placeholders substituted). The bath's sites default to the coupling's support, must lie in
 * range and must cover that support; a fermionic lead needs a particle-removing (non-Hermitian) coupling.
 */
export function prepareBath(
  bath: BathDefinition,
  path: string,
  coupling: OperatorField,
  fields: CaseFields,
  parameters: CaseDefinition["parameters"],
): PreparedBath {
  const { file } = fields;
  const support = [...new Set(coupling.terms.flatMap((term) => term.product.support))].sort((a, b) => a - b);
  const sites = bath.sites ?? support;
  sites.forEach((site, j) => {
    if (site >= fields.nSites) {
      throw new InputError({
        file,
        path: `${path}.sites[${j}]`,
        expected: `a site index from 0 to ${fields.nSites - 1}`,
        got: String(site),
      });
    }
  });
  if (support.some((site) => !sites.includes(site))) {
    throw new InputError({
      file,
      path: `${path}.sites`,
      expected: `the sites the coupling ${JSON.stringify(coupling.label)} acts on (${support.join(", ")})`,
      got: `[${sites.join(", ")}]`,
    });
  }
  const statistics = bathStatistics(bath.statistics, `${path}.statistics`, fields, parameters);
  if (statistics === "fermion" && coupling.terms.every((term) => term.product.isHermitian())) {
    throw new InputError({
      file,
      path: `${path}.coupling`,
      expected: "a particle-removing (non-Hermitian) operator such as c0 for a fermionic lead",
      got: `the Hermitian ${JSON.stringify(coupling.label)}`,
    });
  }
  return {
    path,
    name: bath.name,
    sites: [...sites].sort((a, b) => a - b),
    couplingLabel: coupling.label,
    coupling,
    statistics,
    temperature: fields.numberField(bath.temperature, `${path}.temperature`),
    chemicalPotential: fields.numberField(bath.chemicalPotential ?? 0, `${path}.chemicalPotential`),
    spectralDensity: prepareSpectralDensity(bath.spectralDensity, `${path}.spectralDensity`, fields),
  };
}

function prepareSpectralDensity(
  spec: BathDefinition["spectralDensity"],
  path: string,
  fields: CaseFields,
): PreparedSpectralDensity {
  switch (spec.kind) {
    case "flat":
      return { kind: "flat", strength: fields.numberField(spec.strength, `${path}.strength`) };
    case "ohmic":
      return { kind: "ohmic", coefficient: fields.numberField(spec.coefficient, `${path}.coefficient`) };
    case "newns":
      return {
        kind: "newns",
        Gamma: fields.numberField(spec.Gamma, `${path}.Gamma`),
        Omega: fields.numberField(spec.Omega, `${path}.Omega`),
      };
    case "expression":
      return {
        kind: "expression",
        text: spec.gamma,
        gamma: fields.numberField(spec.gamma, `${path}.gamma`, { omega: 0 }),
      };
  }
}

/** A statistics word, or a word parameter whose every allowed word is a statistics. */
function bathStatistics(
  value: string,
  path: string,
  fields: CaseFields,
  parameters: CaseDefinition["parameters"],
): PreparedBath["statistics"] {
  const allowed: readonly string[] = BATH_STATISTICS;
  if (allowed.includes(value)) return value as BathStatistics;
  const { wordNames } = fields.resolver;
  if (wordNames.has(value)) {
    const spec = parameters[value] as { oneOf: string[] };
    const wrong = spec.oneOf.find((word) => !allowed.includes(word));
    if (wrong !== undefined) {
      throw new InputError({
        file: fields.file,
        path: `parameters.${value}.oneOf`,
        expected: `bath statistics (${allowed.join(", ")}), since ${path} uses ${value}`,
        got: JSON.stringify(wrong),
      });
    }
    return { parameter: value };
  }
  const orWord = wordNames.size > 0 ? ` or a word parameter (${[...wordNames].join(", ")})` : "";
  throw new InputError({
    file: fields.file,
    path,
    expected: `one of ${allowed.join(", ")}${orWord}`,
    got: JSON.stringify(value),
  });
}

/** The bath at a parameter point, with its channels from bath-channels.ts; T and the spectral parameters ≥ 0. */
export function bathAt(bath: PreparedBath, point: Point, fields: CaseFields): Bath {
  const temperature = fields.nonNegative(bath.temperature, point, "a temperature");
  const chemicalPotential = fields.valueOf(bath.chemicalPotential, point);
  const spectralDensity = spectralDensityAt(bath.spectralDensity, point, fields);
  const statistics =
    typeof bath.statistics === "string"
      ? bath.statistics
      : (point.parameters[bath.statistics.parameter] as BathStatistics);
  const coupling = fields.operatorAt(bath.coupling, point);
  if (bath.lastCoupling?.operator !== coupling) {
    const hermitian = coupling.isHermitian();
    bath.lastCoupling = {
      operator: coupling,
      hermitian,
      adjoint: hermitian ? undefined : coupling.adjoint(),
    };
  }
  let channels: Bath["channels"];
  try {
    channels = bathChannels({
      coupling,
      hermitian: bath.lastCoupling.hermitian,
      couplingAdjoint: bath.lastCoupling.adjoint,
      couplingLabel: bath.couplingLabel,
      statistics,
      temperature,
      chemicalPotential,
      spectralDensity,
    });
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    const at = describeOverrides(point.overrides);
    throw new InputError({
      file: fields.file,
      path: bath.path,
      expected: "a bath the physics can describe",
      got: `${statistics} statistics${at}`,
      reason: `${error.message}${at}`,
    });
  }
  return {
    name: bath.name,
    sites: bath.sites,
    statistics,
    temperature,
    chemicalPotential,
    couplingLabel: bath.couplingLabel,
    coupling,
    spectralDensity,
    channels,
  };
}

function spectralDensityAt(
  spec: PreparedSpectralDensity,
  point: Point,
  fields: CaseFields,
): SpectralDensitySpec {
  const what = "a spectral-density parameter";
  switch (spec.kind) {
    case "flat":
      return { kind: "flat", strength: fields.nonNegative(spec.strength, point, what) };
    case "ohmic":
      return { kind: "ohmic", coefficient: fields.nonNegative(spec.coefficient, point, what) };
    case "newns":
      return {
        kind: "newns",
        Gamma: fields.nonNegative(spec.Gamma, point, what),
        Omega: fields.nonNegative(spec.Omega, point, what),
      };
    case "expression": {
      const { gamma, text } = spec;
      return {
        kind: "expression",
        text,
        gamma: (omega) => fields.nonNegative({ ...gamma, index: { omega } }, point, "γ(ω)"),
      };
    }
  }
}
