import {
  add,
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  isHermitian,
  scale,
} from "../linalg/complex-matrix.js";
import { bathChannels } from "../physics/bath-channels.js";
import { totalNumberOperator } from "../physics/jordan-wigner.js";
import { OperatorStringError, parseOperatorString } from "../physics/operator-string.js";
import type {
  Bath,
  BathStatistics,
  ExtraDissipator,
  HamiltonianTerm,
  Problem,
  Site,
} from "../physics/problem.js";
import type { SpectralDensitySpec } from "../physics/spectral-density.js";
import { MAX_SITES } from "../physics/spin-operators.js";
import type { EngineOptions } from "../plugins/engine.js";
import type { ReferenceValue } from "../plugins/property.js";
import type { CompiledExpression } from "./expression.js";
import { InputError } from "./input-error.js";
import { displayPath } from "./load-case.js";
import {
  describeOverrides,
  type ParameterOverrides,
  ParameterResolver,
  type ParameterValues,
} from "./parameters.js";
import {
  BATH_STATISTICS,
  type BathDefinition,
  type CaseDefinition,
  type DissipatorDefinition,
  type ExpectationDefinition,
  type ReferenceDefinition,
} from "./schema.js";

/** A number-or-expression field of the case, compiled: a constant, or an expression of the parameters. */
interface NumberField {
  path: string;
  constant?: number;
  expression?: CompiledExpression;
}

interface PreparedTerm {
  label: string;
  coefficient: NumberField;
  /** O, or O + O† for a term with hermitianConjugate. */
  matrix: ComplexMatrix;
  support: number[];
}

interface PreparedBath {
  index: number;
  name: string;
  sites: number[];
  couplingLabel: string;
  coupling: ComplexMatrix;
  /** A fixed statistics word, or the word parameter that holds it. */
  statistics: BathStatistics | { parameter: string };
  temperature: NumberField;
  chemicalPotential: NumberField;
  spectralDensity: PreparedSpectralDensity;
}

/** A spectral density whose parameters are numbers or expressions (SpectralDensitySpec at each point). */
type PreparedSpectralDensity =
  | { kind: "flat"; strength: NumberField }
  | { kind: "ohmic"; coefficient: NumberField }
  | { kind: "newns"; Gamma: NumberField; Omega: NumberField };

interface PreparedDissipator {
  label: string;
  rate: NumberField;
  /** L = Σ coefficient·operator. */
  terms: { coefficient: NumberField; matrix: ComplexMatrix }[];
  /** L when every coefficient is a constant (computed once). */
  fixedOperator?: ComplexMatrix;
}

interface PreparedReference {
  definition: ReferenceDefinition;
  /** A scalar reference, or the rows × columns entries (re, im) of a density-matrix reference. */
  scalar?: NumberField;
  matrix?: { re: NumberField[][]; im: NumberField[][] | null };
}

const EXPECTED_NUMBER = "a number or an expression of the parameters";

/**
 * A term coefficient·O of H_S whose matrix is built only when an engine asks for it (the local master
 * equation does; most engines need only H_S): a sweep builds problems at thousands of points.
 */
class ScaledHamiltonianTerm implements HamiltonianTerm {
  readonly label: string;
  readonly support: number[];
  private readonly matrix: ComplexMatrix;
  private readonly coefficient: number;
  private scaled: ComplexMatrix | undefined;

  constructor(label: string, support: number[], matrix: ComplexMatrix, coefficient: number) {
    this.label = label;
    this.support = support;
    this.matrix = matrix;
    this.coefficient = coefficient;
  }

  get operator(): ComplexMatrix {
    this.scaled ??= scale(this.matrix, this.coefficient);
    return this.scaled;
  }
}

/** One parameter point: the resolved parameters and the overrides that produced them (for messages). */
interface Point {
  parameters: ParameterValues;
  overrides: ParameterOverrides;
}

/** `000_47becd3a7196453b.txt Sec. III, eqs. (21), (22)`: the source of a case, for reports and listings. */
export function formatSource(source: CaseDefinition["source"]): string {
  let text = source.paper;
  if (source.section !== undefined) text += ` Sec. ${source.section}`;
  const equations = source.equations ?? [];
  if (equations.length > 0) {
    text += `, ${equations.length === 1 ? "eq." : "eqs."} ${equations.map((eq) => `(${eq})`).join(", ")}`;
  }
  return text;
}

/**
 * A case made ready for repeated use: every operator string parsed once (they do not depend on the
 * parameters), every expression compiled once, every name and range checked once. problemAt() then costs
 * a parameter resolution, a few scaled additions of small matrices and the bath channels.
 *
 * Matrices that do not depend on the parameters (the number operator, the coupling operators, constant
 * jump operators) are shared by all problems built here; engines must treat them as read-only.
 */
export class PreparedCase {
  readonly definition: CaseDefinition;
  /** The case file as shown in messages. */
  readonly file: string;
  /** The paper and equations the case comes from, as one line. */
  readonly sourceText: string;
  readonly parameterNames: readonly string[];
  readonly dimension: number;
  private readonly resolver: ParameterResolver;
  private readonly sites: Site[];
  private readonly siteKind: Problem["siteKind"];
  private readonly numberOperator: ComplexMatrix;
  private readonly terms: PreparedTerm[];
  private readonly baths: PreparedBath[];
  private readonly dissipators: PreparedDissipator[];
  private readonly references: PreparedReference[];

  constructor(definition: CaseDefinition, file: string) {
    this.definition = definition;
    this.file = displayPath(file);
    this.sourceText = formatSource(definition.source);
    this.resolver = new ParameterResolver(definition.parameters, this.file, definition.constraints);
    this.parameterNames = this.resolver.names;

    const system = definition.system;
    this.sites = system.sites.map((site) => ({ name: site.name, kind: site.kind }));
    this.siteKind = this.checkSites();
    this.dimension = 2 ** this.sites.length;
    this.numberOperator = totalNumberOperator(this.sites.length);
    this.terms = system.hamiltonian.map((term, i) => {
      const path = `system.hamiltonian[${i}]`;
      const { operator, support } = this.parseOperator(term.operator, `${path}.operator`);
      if (!term.hermitianConjugate && !isHermitian(operator)) {
        throw new InputError({
          file,
          path: `${path}.operator`,
          expected: "a Hermitian operator, or hermitianConjugate: true to add its Hermitian conjugate",
          got: `${JSON.stringify(term.operator)}, which is not Hermitian`,
        });
      }
      return {
        label: term.hermitianConjugate ? `${term.operator} + h.c.` : term.operator,
        coefficient: this.numberField(term.coefficient, `${path}.coefficient`),
        matrix: term.hermitianConjugate ? add(operator, adjoint(operator)) : operator,
        support,
      };
    });
    this.baths = system.baths.map((bath, i) => this.prepareBath(bath, i));
    this.dissipators = (system.dissipators ?? []).map((dissipator, i) =>
      this.prepareDissipator(dissipator, i),
    );
    this.references = (definition.references ?? []).map((reference, i) =>
      this.prepareReference(reference, i),
    );
    this.checkNames();
    this.checkPoints();
  }

  /** The parameters at these overrides (see ParameterResolver.resolve). */
  parameters(overrides: ParameterOverrides = {}, origin = "--set"): ParameterValues {
    return this.resolver.resolve(overrides, origin);
  }

  /**
   * The engine-neutral problem at these parameter overrides (`--set` values, a scenario's `set`, a sweep
   * point): H_S = Σ coefficient·operator (+ h.c.), the baths with their channels (bath-channels.ts), the
   * extra dissipators. Throws an InputError naming file and field for values out of range (negative
   * temperatures or rates) and for a violated constraint.
   */
  problemAt(overrides: ParameterOverrides = {}, origin = "--set"): Problem {
    const parameters = this.resolver.resolve(overrides, origin);
    const point: Point = { parameters, overrides };

    const hamiltonian = ComplexMatrix.zeros(this.dimension);
    const hamiltonianTerms: HamiltonianTerm[] = this.terms.map((term) => {
      const coefficient = this.valueOf(term.coefficient, point);
      addScaledInPlace(hamiltonian, term.matrix, coefficient);
      return new ScaledHamiltonianTerm(term.label, term.support, term.matrix, coefficient);
    });
    return {
      caseId: this.definition.id,
      parameters,
      sites: this.sites,
      siteKind: this.siteKind,
      dimension: this.dimension,
      hamiltonian,
      hamiltonianTerms,
      numberOperator: this.numberOperator,
      baths: this.baths.map((bath) => this.bathAt(bath, point)),
      extraDissipators: this.dissipators.map((dissipator) => this.dissipatorAt(dissipator, point)),
    };
  }

  /**
   * The reference values that apply to this engine in this scenario, evaluated at these parameters.
   * A reference restricted to scenarios applies only when one of them is named; one restricted to
   * engines only when one of them is.
   */
  referencesAt(parameters: ParameterValues, engine?: string, scenario?: string): ReferenceValue[] {
    const values: ReferenceValue[] = [];
    for (const reference of this.references) {
      const { definition } = reference;
      if (definition.engines && (engine === undefined || !definition.engines.includes(engine))) continue;
      if (!appliesInScenario(definition.scenarios, scenario)) continue;
      values.push({
        quantity: definition.quantity,
        engines: definition.engines,
        value: this.referenceValue(reference, { parameters, overrides: {} }),
        tolerance: definition.tolerance,
        source: definition.source,
        description: definition.description,
      });
    }
    return values;
  }

  /** The declared expected outcome of a property for an engine in a scenario, if theory predicts a failure. */
  expectationFor(property: string, engine: string, scenario?: string): ExpectationDefinition | undefined {
    return (this.definition.expectations ?? []).find(
      (expectation) =>
        expectation.property === property &&
        expectation.engine === engine &&
        appliesInScenario(expectation.scenarios, scenario),
    );
  }

  /** The case's options for an engine (a fresh object; empty when the case sets none). */
  engineOptions(engine: string): EngineOptions {
    return { ...(this.definition.engineOptions?.[engine] ?? {}) };
  }

  // --- preparation -------------------------------------------------------------------------------

  private checkSites(): Problem["siteKind"] {
    const sites = this.definition.system.sites;
    if (sites.length > MAX_SITES) {
      throw new InputError({
        file: this.file,
        path: "system.sites",
        expected: `at most ${MAX_SITES} sites (dense matrices of size 2^N)`,
        got: `${sites.length} sites`,
      });
    }
    const kind = sites[0].kind;
    sites.forEach((site, i) => {
      if (site.kind !== kind) {
        throw new InputError({
          file: this.file,
          path: `system.sites[${i}].kind`,
          expected: `${JSON.stringify(kind)} like site 0 (spins and fermions cannot be mixed)`,
          got: JSON.stringify(site.kind),
        });
      }
      const first = sites.findIndex((other) => other.name === site.name);
      if (first !== i) this.duplicate(`system.sites[${i}].name`, site.name, `system.sites[${first}]`);
    });
    return kind;
  }

  private duplicate(path: string, name: string, firstPath: string): never {
    throw new InputError({
      file: this.file,
      path,
      expected: "a name not used before",
      got: `${JSON.stringify(name)}, already the name of ${firstPath}`,
    });
  }

  private parseOperator(text: string, path: string): { operator: ComplexMatrix; support: number[] } {
    try {
      return parseOperatorString(text, this.sites.length);
    } catch (error) {
      if (!(error instanceof OperatorStringError)) throw error;
      throw new InputError({
        file: this.file,
        path,
        expected: "an operator string such as sp0 sm1",
        got: JSON.stringify(text),
        reason: error.message,
      });
    }
  }

  private numberField(value: number | string, path: string): NumberField {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        throw new InputError({ file: this.file, path, expected: "a finite number", got: String(value) });
      }
      return { path, constant: value };
    }
    return { path, expression: this.resolver.compile(value, path, EXPECTED_NUMBER) };
  }

  private prepareBath(bath: BathDefinition, index: number): PreparedBath {
    const path = `system.baths[${index}]`;
    const first = this.definition.system.baths.findIndex((other) => other.name === bath.name);
    if (first !== index) this.duplicate(`${path}.name`, bath.name, `system.baths[${first}]`);
    const { operator, support } = this.parseOperator(bath.coupling, `${path}.coupling`);
    const sites = bath.sites ?? support;
    sites.forEach((site, j) => {
      if (site >= this.sites.length) {
        throw new InputError({
          file: this.file,
          path: `${path}.sites[${j}]`,
          expected: `a site index from 0 to ${this.sites.length - 1}`,
          got: String(site),
        });
      }
    });
    const outside = support.filter((site) => !sites.includes(site));
    if (outside.length > 0) {
      throw new InputError({
        file: this.file,
        path: `${path}.sites`,
        expected: `the sites the coupling ${JSON.stringify(bath.coupling)} acts on (${support.join(", ")})`,
        got: `[${sites.join(", ")}]`,
      });
    }
    const statistics = this.bathStatistics(bath.statistics, `${path}.statistics`);
    if (statistics === "fermion" && isHermitian(operator)) {
      throw new InputError({
        file: this.file,
        path: `${path}.coupling`,
        expected: "a particle-removing (non-Hermitian) operator such as c0 for a fermionic lead",
        got: `the Hermitian ${JSON.stringify(bath.coupling)}`,
      });
    }
    return {
      index,
      name: bath.name,
      sites: [...sites].sort((a, b) => a - b),
      couplingLabel: bath.coupling,
      coupling: operator,
      statistics,
      temperature: this.numberField(bath.temperature, `${path}.temperature`),
      chemicalPotential: this.numberField(bath.chemicalPotential ?? 0, `${path}.chemicalPotential`),
      spectralDensity: this.prepareSpectralDensity(bath.spectralDensity, `${path}.spectralDensity`),
    };
  }

  private prepareSpectralDensity(
    spec: BathDefinition["spectralDensity"],
    path: string,
  ): PreparedSpectralDensity {
    switch (spec.kind) {
      case "flat":
        return { kind: "flat", strength: this.numberField(spec.strength, `${path}.strength`) };
      case "ohmic":
        return { kind: "ohmic", coefficient: this.numberField(spec.coefficient, `${path}.coefficient`) };
      case "newns":
        return {
          kind: "newns",
          Gamma: this.numberField(spec.Gamma, `${path}.Gamma`),
          Omega: this.numberField(spec.Omega, `${path}.Omega`),
        };
    }
  }

  /** A statistics word, or a word parameter whose every allowed word is a statistics. */
  private bathStatistics(value: string, path: string): PreparedBath["statistics"] {
    const allowed: readonly string[] = BATH_STATISTICS;
    if (allowed.includes(value)) return value as BathStatistics;
    const wordParameters = [...this.resolver.wordNames];
    if (this.resolver.wordNames.has(value)) {
      const spec = this.definition.parameters[value] as { oneOf: string[] };
      const wrong = spec.oneOf.find((word) => !allowed.includes(word));
      if (wrong !== undefined) {
        throw new InputError({
          file: this.file,
          path: `parameters.${value}.oneOf`,
          expected: `bath statistics (${allowed.join(", ")}), since ${path} uses ${value}`,
          got: JSON.stringify(wrong),
        });
      }
      return { parameter: value };
    }
    const orWord = wordParameters.length > 0 ? ` or a word parameter (${wordParameters.join(", ")})` : "";
    throw new InputError({
      file: this.file,
      path,
      expected: `one of ${allowed.join(", ")}${orWord}`,
      got: JSON.stringify(value),
    });
  }

  private prepareDissipator(dissipator: DissipatorDefinition, index: number): PreparedDissipator {
    const path = `system.dissipators[${index}]`;
    const written =
      typeof dissipator.operator === "string"
        ? [
            {
              coefficient: 1,
              operator: dissipator.operator,
              operatorPath: `${path}.operator`,
              coefficientPath: "",
            },
          ]
        : dissipator.operator.map((term, j) => ({
            ...term,
            operatorPath: `${path}.operator[${j}].operator`,
            coefficientPath: `${path}.operator[${j}].coefficient`,
          }));
    const terms = written.map((term) => ({
      coefficient: this.numberField(term.coefficient, term.coefficientPath),
      matrix: this.parseOperator(term.operator, term.operatorPath).operator,
    }));
    const label =
      dissipator.name ??
      written
        .map((term) => (term.coefficient === 1 ? term.operator : `${term.coefficient}·${term.operator}`))
        .join(" + ");
    const constant = terms.every((term) => term.coefficient.constant !== undefined);
    return {
      label,
      rate: this.numberField(dissipator.rate, `${path}.rate`),
      terms,
      fixedOperator: constant ? this.jumpOperator(terms, { parameters: {}, overrides: {} }) : undefined,
    };
  }

  private jumpOperator(terms: PreparedDissipator["terms"], point: Point): ComplexMatrix {
    if (terms.length === 1 && terms[0].coefficient.constant === 1) return terms[0].matrix;
    const operator = ComplexMatrix.zeros(this.dimension);
    for (const term of terms) addScaledInPlace(operator, term.matrix, this.valueOf(term.coefficient, point));
    return operator;
  }

  private prepareReference(reference: ReferenceDefinition, index: number): PreparedReference {
    const path = `references[${index}].value`;
    const value = reference.value;
    if (reference.quantity !== "steadyState") {
      if (typeof value === "object") {
        throw new InputError({
          file: this.file,
          path,
          expected: `a number or an expression for ${reference.quantity} (only steadyState takes a matrix)`,
          got: "a matrix",
        });
      }
      return { definition: reference, scalar: this.numberField(value, path) };
    }
    if (typeof value !== "object") {
      throw new InputError({
        file: this.file,
        path,
        expected: `a density matrix {re, im} of size ${this.dimension}x${this.dimension}`,
        got: JSON.stringify(value),
      });
    }
    const part = (rows: (number | string)[][], name: "re" | "im") => {
      const square = rows.length === this.dimension && rows.every((row) => row.length === this.dimension);
      if (!square) {
        throw new InputError({
          file: this.file,
          path: `${path}.${name}`,
          expected: `a ${this.dimension}x${this.dimension} matrix (the system has ${this.sites.length} sites)`,
          got: `${rows.length} rows of lengths ${rows.map((row) => row.length).join(", ")}`,
        });
      }
      return rows.map((row, r) =>
        row.map((entry, c) => this.numberField(entry, `${path}.${name}[${r}][${c}]`)),
      );
    };
    return {
      definition: reference,
      matrix: { re: part(value.re, "re"), im: value.im ? part(value.im, "im") : null },
    };
  }

  /** Scenario, reference and expectation names refer to things that exist; sweep parameters are numeric. */
  private checkNames(): void {
    const scenarios = this.definition.scenarios ?? [];
    const scenarioNames = scenarios.map((scenario) => scenario.name);
    scenarios.forEach((scenario, i) => {
      const first = scenarioNames.indexOf(scenario.name);
      if (first !== i) this.duplicate(`scenarios[${i}].name`, scenario.name, `scenarios[${first}]`);
    });
    const checkScenarioList = (list: string[] | undefined, path: string) => {
      list?.forEach((name, j) => {
        if (!scenarioNames.includes(name)) {
          throw new InputError({
            file: this.file,
            path: `${path}[${j}]`,
            expected: `a scenario of the case (${scenarioNames.join(", ") || "none declared"})`,
            got: JSON.stringify(name),
          });
        }
      });
    };
    (this.definition.references ?? []).forEach((reference, i) => {
      checkScenarioList(reference.scenarios, `references[${i}].scenarios`);
    });
    (this.definition.expectations ?? []).forEach((expectation, i) => {
      checkScenarioList(expectation.scenarios, `expectations[${i}].scenarios`);
    });
    const sweeps = this.definition.sweeps ?? [];
    sweeps.forEach((sweep, i) => {
      const first = sweeps.findIndex((other) => other.name === sweep.name);
      if (first !== i) this.duplicate(`sweeps[${i}].name`, sweep.name, `sweeps[${first}]`);
      if (!this.resolver.numericNames.has(sweep.parameter)) {
        throw new InputError({
          file: this.file,
          path: `sweeps[${i}].parameter`,
          expected: `a numeric parameter of the case (${[...this.resolver.numericNames].join(", ")})`,
          got: JSON.stringify(sweep.parameter),
        });
      }
    });
  }

  /**
   * Builds the problem and evaluates the applicable references at the defaults, at every scenario and
   * at both ends of every sweep, so that a case that loads can be run.
   */
  private checkPoints(): void {
    const check = (overrides: ParameterOverrides, origin: string, scenario?: string) => {
      const parameters = this.problemAt(overrides, origin).parameters;
      for (const reference of this.references) {
        if (appliesInScenario(reference.definition.scenarios, scenario)) {
          this.referenceValue(reference, { parameters, overrides });
        }
      }
    };
    check({}, "--set");
    (this.definition.scenarios ?? []).forEach((scenario, i) => {
      check(scenario.set ?? {}, `scenarios[${i}].set`, scenario.name);
    });
    (this.definition.sweeps ?? []).forEach((sweep, i) => {
      for (const end of ["from", "to"] as const) {
        try {
          check({ ...(sweep.set ?? {}), [sweep.parameter]: sweep[end] }, `sweeps[${i}].set`);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          const prefix = `${this.file}: `;
          const detail = error.message.startsWith(prefix)
            ? error.message.slice(prefix.length)
            : error.message;
          throw new InputError({
            file: this.file,
            path: `sweeps[${i}].${end}`,
            expected: "a value at which the case is valid",
            got: `${sweep.parameter} = ${sweep[end]}`,
            reason: `the case is invalid at ${sweep.parameter} = ${sweep[end]}: ${detail}`,
          });
        }
      }
    });
  }

  // --- evaluation at a parameter point -----------------------------------------------------------

  private valueOf(field: NumberField, point: Point): number {
    if (field.constant !== undefined) return field.constant;
    const expression = field.expression!;
    let value: number;
    try {
      value = expression.evaluate(point.parameters) as number;
    } catch (error) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "an expression that can be evaluated",
        got: `${this.describeOrigin(expression, point)}: ${(error as Error).message}`,
      });
    }
    if (!Number.isFinite(value)) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "a finite number",
        got: `${value} from ${this.describeOrigin(expression, point)}`,
      });
    }
    return value;
  }

  /** `"T2" with T2 = -0.4 at dT=3`: an expression, the values it read and the overrides, for messages. */
  private describeOrigin(expression: CompiledExpression, point: Point): string {
    const inputs = this.resolver.describeInputs(expression, point.parameters);
    return `${JSON.stringify(expression.text)} with ${inputs}${describeOverrides(point.overrides)}`;
  }

  private nonNegative(field: NumberField, point: Point, what: string): number {
    const value = this.valueOf(field, point);
    if (value < 0) {
      const from = field.expression
        ? ` from ${this.describeOrigin(field.expression, point)}`
        : describeOverrides(point.overrides);
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: `${what} ≥ 0`,
        got: `${value}${from}`,
      });
    }
    return value;
  }

  private bathAt(bath: PreparedBath, point: Point): Bath {
    const temperature = this.nonNegative(bath.temperature, point, "a temperature");
    const chemicalPotential = this.valueOf(bath.chemicalPotential, point);
    const spectralDensity = this.spectralDensityAt(bath.spectralDensity, point);
    const statistics =
      typeof bath.statistics === "string"
        ? bath.statistics
        : (point.parameters[bath.statistics.parameter] as BathStatistics);
    let channels: Bath["channels"];
    try {
      channels = bathChannels({
        coupling: bath.coupling,
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
        file: this.file,
        path: `system.baths[${bath.index}]`,
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
      channels,
    };
  }

  private spectralDensityAt(spec: PreparedSpectralDensity, point: Point): SpectralDensitySpec {
    const what = "a spectral-density parameter";
    switch (spec.kind) {
      case "flat":
        return { kind: "flat", strength: this.nonNegative(spec.strength, point, what) };
      case "ohmic":
        return { kind: "ohmic", coefficient: this.nonNegative(spec.coefficient, point, what) };
      case "newns":
        return {
          kind: "newns",
          Gamma: this.nonNegative(spec.Gamma, point, what),
          Omega: this.nonNegative(spec.Omega, point, what),
        };
    }
  }

  private dissipatorAt(dissipator: PreparedDissipator, point: Point): ExtraDissipator {
    return {
      label: dissipator.label,
      rate: this.nonNegative(dissipator.rate, point, "a rate"),
      operator: dissipator.fixedOperator ?? this.jumpOperator(dissipator.terms, point),
    };
  }

  private referenceValue(reference: PreparedReference, point: Point): number | ComplexMatrix {
    if (!reference.matrix) return this.valueOf(reference.scalar!, point);
    const { re, im } = reference.matrix;
    const result = ComplexMatrix.zeros(this.dimension);
    for (let r = 0; r < this.dimension; r++) {
      for (let c = 0; c < this.dimension; c++) {
        result.set(r, c, this.valueOf(re[r][c], point), im ? this.valueOf(im[r][c], point) : 0);
      }
    }
    return result;
  }
}

/** Whether something restricted to these scenarios (all when undefined) applies in this one. */
function appliesInScenario(scenarios: readonly string[] | undefined, scenario: string | undefined): boolean {
  return !scenarios || (scenario !== undefined && scenarios.includes(scenario));
}

/**
 * Prepares a loaded case for repeated use (see PreparedCase). `file` is the case file (shown in
 * messages relative to the working directory). Throws an InputError for anything wrong in the case that the schema cannot see.
 */
export function prepareCase(definition: CaseDefinition, file: string): PreparedCase {
  return new PreparedCase(definition, file);
}
