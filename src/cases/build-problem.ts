import { add, addScaledInPlace, adjoint, ComplexMatrix, isHermitian } from "../linalg/complex-matrix.js";
import { totalNumberOperator } from "../physics/jordan-wigner.js";
import type { HamiltonianTerm, Problem, Site } from "../physics/problem.js";
import { MAX_SITES } from "../physics/spin-operators.js";
import type { EngineOptions } from "../plugins/engine.js";
import type { ReferenceValue } from "../plugins/property.js";
import { CaseFields, type NumberField, type Point } from "./case-fields.js";
import { InputError } from "../input-error.js";
import { displayPath } from "./display-path.js";
import { type ParameterOverrides, ParameterResolver, type ParameterValues } from "./parameters.js";
import { bathAt, type PreparedBath, prepareBath } from "./prepared-bath.js";
import { dissipatorAt, type PreparedDissipator, prepareDissipator } from "./prepared-dissipator.js";
import { type PreparedReference, prepareReference, referenceValue } from "./prepared-reference.js";
import { ScaledHamiltonianTerm } from "./scaled-hamiltonian-term.js";
import type { CaseDefinition, ExpectationDefinition } from "./schema.js";

/** A term coefficient·O (+ h.c.) of H_S, parsed and compiled. */
interface PreparedTerm {
  label: string;
  coefficient: NumberField;
  /** O, or O + O† for a term with hermitianConjugate. */
  matrix: ComplexMatrix;
  support: number[];
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

/** Whether something restricted to these scenarios (all when undefined) applies in this one. */
function appliesInScenario(scenarios: readonly string[] | undefined, scenario: string | undefined): boolean {
  return !scenarios || (scenario !== undefined && scenarios.includes(scenario));
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
  /** The case file as shown in messages (relative to the working directory when inside it). */
  readonly file: string;
  /** The paper and equations the case comes from, as one line. */
  readonly sourceText: string;
  readonly parameterNames: readonly string[];
  readonly dimension: number;
  private readonly resolver: ParameterResolver;
  private readonly fields: CaseFields;
  private readonly sites: Site[];
  private readonly siteKind: Problem["siteKind"];
  private readonly numberOperator: ComplexMatrix;
  private readonly terms: PreparedTerm[];
  private readonly baths: PreparedBath[];
  private readonly dissipators: PreparedDissipator[];
  private readonly references: PreparedReference[];
  private lastHamiltonian?: {
    coefficients: number[];
    hamiltonian: ComplexMatrix;
    hamiltonianTerms: HamiltonianTerm[];
  };

  constructor(definition: CaseDefinition, file: string) {
    this.definition = definition;
    this.file = displayPath(file);
    this.sourceText = formatSource(definition.source);
    this.resolver = new ParameterResolver(definition.parameters, this.file, definition.constraints);
    this.parameterNames = this.resolver.names;

    const system = definition.system;
    this.sites = system.sites.map((site) => ({ name: site.name, kind: site.kind }));
    this.siteKind = this.checkSites();
    this.fields = new CaseFields(this.file, this.resolver, this.sites.length);
    this.dimension = this.fields.dimension;
    this.numberOperator = totalNumberOperator(this.sites.length);
    this.terms = system.hamiltonian.map((term, i) => this.prepareTerm(term, i));
    this.checkUnique(system.baths, "system.baths");
    this.baths = system.baths.map((bath, i) => prepareBath(bath, i, this.fields, definition.parameters));
    this.dissipators = (system.dissipators ?? []).map((dissipator, i) =>
      prepareDissipator(dissipator, i, this.fields),
    );
    this.references = (definition.references ?? []).map((reference, i) =>
      prepareReference(reference, i, this.fields),
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
   * extra dissipators. Throws an InputError naming file and field for a violated constraint and for
   * values out of range (negative temperatures or rates). `origin` names the overrides in messages.
   */
  problemAt(overrides: ParameterOverrides = {}, origin = "--set"): Problem {
    const parameters = this.resolver.resolve(overrides, origin);
    const point: Point = { parameters, overrides };
    const { hamiltonian, hamiltonianTerms } = this.hamiltonianAt(point);
    return {
      caseId: this.definition.id,
      parameters,
      sites: this.sites,
      siteKind: this.siteKind,
      dimension: this.dimension,
      hamiltonian,
      hamiltonianTerms,
      numberOperator: this.numberOperator,
      baths: this.baths.map((bath) => bathAt(bath, point, this.fields)),
      extraDissipators: this.dissipators.map((dissipator) => dissipatorAt(dissipator, point, this.fields)),
    };
  }

  /**
   * H_S and its terms at a point. The last ones built are reused while the coefficients stay the same,
   * so that the problems of a sweep over bath parameters share one H_S matrix, and with it one
   * eigendecomposition (hamiltonian-eigen.ts) and the Bohr components cached on it.
   */
  private hamiltonianAt(point: Point): Pick<Problem, "hamiltonian" | "hamiltonianTerms"> {
    const coefficients = this.terms.map((term) => this.fields.valueOf(term.coefficient, point));
    const last = this.lastHamiltonian;
    if (last && coefficients.every((c, i) => c === last.coefficients[i])) return last;
    const hamiltonian = ComplexMatrix.zeros(this.dimension);
    const hamiltonianTerms: HamiltonianTerm[] = this.terms.map((term, i) => {
      addScaledInPlace(hamiltonian, term.matrix, coefficients[i]);
      return new ScaledHamiltonianTerm(term.label, term.support, term.matrix, coefficients[i]);
    });
    this.lastHamiltonian = { coefficients, hamiltonian, hamiltonianTerms };
    return this.lastHamiltonian;
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
        value: referenceValue(reference, { parameters, overrides: {} }, this.fields),
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
    });
    this.checkUnique(sites, "system.sites");
    return kind;
  }

  /** Names in a list (sites, baths, scenarios, sweeps) must be unique. */
  private checkUnique(list: readonly { name: string }[], path: string): void {
    list.forEach((item, i) => {
      const first = list.findIndex((other) => other.name === item.name);
      if (first !== i) {
        throw new InputError({
          file: this.file,
          path: `${path}[${i}].name`,
          expected: "a name not used before",
          got: `${JSON.stringify(item.name)}, already the name of ${path}[${first}]`,
        });
      }
    });
  }

  private prepareTerm(term: CaseDefinition["system"]["hamiltonian"][number], index: number): PreparedTerm {
    const path = `system.hamiltonian[${index}]`;
    const { operator, support } = this.fields.parseOperator(term.operator, `${path}.operator`);
    if (!term.hermitianConjugate && !isHermitian(operator)) {
      throw new InputError({
        file: this.file,
        path: `${path}.operator`,
        expected: "a Hermitian operator, or hermitianConjugate: true to add its Hermitian conjugate",
        got: `${JSON.stringify(term.operator)}, which is not Hermitian`,
      });
    }
    return {
      label: term.hermitianConjugate ? `${term.operator} + h.c.` : term.operator,
      coefficient: this.fields.numberField(term.coefficient, `${path}.coefficient`),
      matrix: term.hermitianConjugate ? add(operator, adjoint(operator)) : operator,
      support,
    };
  }

  /** Scenario, reference and expectation names refer to things that exist; sweep parameters are numeric. */
  private checkNames(): void {
    const scenarios = this.definition.scenarios ?? [];
    this.checkUnique(scenarios, "scenarios");
    const scenarioNames = scenarios.map((scenario) => scenario.name);
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
    this.checkUnique(sweeps, "sweeps");
    sweeps.forEach((sweep, i) => {
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
          referenceValue(reference, { parameters, overrides }, this.fields);
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
}

/**
 * Prepares a loaded case for repeated use (see PreparedCase). `file` is the case file, shown in messages
 * relative to the working directory. Throws an InputError for anything wrong that the schema cannot see.
 */
export function prepareCase(definition: CaseDefinition, file: string): PreparedCase {
  return new PreparedCase(definition, file);
}
