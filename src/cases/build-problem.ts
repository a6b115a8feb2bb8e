import { resolve } from "node:path";
import { InputError } from "../input-error.js";
import type { Problem } from "../physics/problem.js";
import type { OperatorDefinition } from "./schema.js";
import { CaseObservables } from "./case-observables.js";
import { knownQuantity } from "./quantity-names.js";
import { CaseStructure } from "./case-structure.js";
import { CaseTemplate } from "./case-template.js";
import { displayPath } from "./display-path.js";
import { type ParameterOverrides, ParameterResolver, type ParameterValues } from "./parameters.js";
import { type ReferenceValue, referenceValue } from "./prepared-reference.js";
import { checkTrajectories } from "./trajectory-checks.js";
import type { CaseDefinition, ExpectationDefinition, ScenarioDefinition } from "./schema.js";

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

/** The one scenario of a case that declares none: its default parameters. */
const DEFAULT_SCENARIO: ScenarioDefinition = {
  name: "defaults",
  description: "the case's default parameters",
  set: {},
};

/** Structures kept per case (one per value of the structural parameters seen last). */
const KEPT_STRUCTURES = 4;

/**
 * A case made ready for repeated use: every expression compiled once, every name and range checked once,
 * and for each value of the structural parameters (those that fix the sites, e.g. a chain length N) the
 * system expanded and its operator strings parsed once (case-structure.ts). problemAt() then costs a
 * parameter resolution and the coefficients of the operators.
 *
 * Operators that do not depend on the parameters (the number operator, constant couplings and jump
 * operators) are shared by all problems built here.
 */
export class PreparedCase {
  readonly definition: CaseDefinition;
  /** The case file as shown in messages (relative to the working directory when inside it). */
  readonly file: string;
  /** The case file's absolute path: the key under which any thread can open it (caseKeyOf). */
  readonly path: string;
  /** The paper and equations the case comes from, as one line. */
  readonly sourceText: string;
  readonly parameterNames: readonly string[];
  /** Parameters that change the system's structure (sites, repeated terms): `--set N=8` rebuilds it. */
  readonly structuralParameters: readonly string[];
  private readonly resolver: ParameterResolver;
  private readonly template: CaseTemplate;
  private readonly observables: CaseObservables;
  private readonly structures = new Map<string, CaseStructure>();

  constructor(definition: CaseDefinition, file: string) {
    this.definition = definition;
    this.file = displayPath(file);
    this.path = resolve(file);
    this.sourceText = formatSource(definition.source);
    this.resolver = new ParameterResolver(definition.parameters, this.file, definition.constraints);
    this.parameterNames = this.resolver.names;
    this.template = new CaseTemplate(this.resolver, this.file);
    this.observables = new CaseObservables(definition, this.resolver, this.file);
    this.registerTemplates();
    this.structuralParameters = this.template.structuralNames;
    this.checkNames();
    this.checkPoints();
  }

  /** The scenarios a run checks: the declared ones, or one named `defaults` at the case's defaults. */
  get scenarios(): readonly ScenarioDefinition[] {
    const declared = this.definition.scenarios ?? [];
    return declared.length > 0 ? declared : [DEFAULT_SCENARIO];
  }

  /** A scenario by name; an InputError naming `where` and the scenarios there are when there is none. */
  scenario(name: string, where = "--scenario"): ScenarioDefinition {
    const found = this.scenarios.find((scenario) => scenario.name === name);
    if (!found) {
      throw new InputError({
        file: where,
        path: "",
        expected: `a scenario of ${this.definition.id}: ${this.scenarios.map((s) => s.name).join(", ")}`,
        got: JSON.stringify(name),
      });
    }
    return found;
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
    return this.structureAt(parameters).problemAt(
      this.definition.id,
      { parameters, overrides },
      this.definition.engineOptions ?? {},
      this.observables.at(parameters),
    );
  }

  /**
   * Warnings for overrides of derived parameters (defined by an expression of others): the override
   * replaces the definition, so the parameters it read no longer determine it (`--set T1=0` while
   * T1 = TM + dT/2).
   */
  derivedOverrides(overrides: ParameterOverrides, origin = "--set"): string[] {
    return Object.keys(overrides).flatMap((name) => {
      const definition = this.definition.parameters[name];
      const value = typeof definition === "object" ? definition.value : definition;
      if (typeof value !== "string" || !Number.isNaN(Number(value)) || this.resolver.wordNames.has(name))
        return [];
      return [
        `${origin} ${name}=${overrides[name]} replaces its definition ${name} = ${value}: the parameters it reads no longer determine it`,
      ];
    });
  }

  /** A number or expression of the parameters evaluated at these resolved parameters (`path` for messages). */
  evaluate(text: string, parameters: ParameterValues, path: string): number {
    const expression = this.resolver.compile(text, path, "a number or an expression of the parameters");
    const value = expression.evaluate(parameters) as number;
    if (!Number.isFinite(value)) {
      throw new InputError({
        file: this.file,
        path,
        expected: "a finite number",
        got: `${value} from ${JSON.stringify(text)} with ${this.resolver.describeInputs(expression, parameters)}`,
      });
    }
    return value;
  }

  /** The Hilbert-space dimension at these overrides (structural parameters decide it). */
  dimensionAt(overrides: ParameterOverrides = {}): number {
    return this.structureAt(this.resolver.resolve(overrides)).space.dimension;
  }

  /** The number of sites at these overrides. */
  siteCountAt(overrides: ParameterOverrides = {}): number {
    return this.structureAt(this.resolver.resolve(overrides)).space.size;
  }

  /** The expanded system at these resolved parameters, built once per value of the structural parameters. */
  private structureAt(parameters: ParameterValues): CaseStructure {
    const key = this.structuralParameters.map((name) => String(parameters[name])).join("\u0000");
    let structure = this.structures.get(key);
    if (!structure) {
      structure = new CaseStructure(this.definition, this.file, this.resolver, this.template, parameters);
      if (this.structures.size >= KEPT_STRUCTURES) {
        this.structures.delete(this.structures.keys().next().value!);
      }
      this.structures.set(key, structure);
    }
    return structure;
  }

  /** Compiles every forEach range and placeholder once, so that the structural parameters are known. */
  private registerTemplates(): void {
    const system = this.definition.system;
    const operatorTexts = (operator: OperatorDefinition, path: string) =>
      typeof operator === "string"
        ? [{ text: operator, path }]
        : operator.map((term, j) => ({ text: term.operator, path: `${path}[${j}].operator` }));
    system.sites.forEach((site, i) => {
      const path = `system.sites[${i}]`;
      this.template.register(site, path, [{ text: site.name, path: `${path}.name` }]);
      if (site.levels !== undefined) this.template.registerNumber(site.levels, `${path}.levels`);
    });
    system.hamiltonian.forEach((term, i) => {
      const path = `system.hamiltonian[${i}]`;
      this.template.register(term, path, operatorTexts(term.operator, `${path}.operator`));
    });
    system.baths.forEach((bath, i) => {
      const path = `system.baths[${i}]`;
      this.template.register({}, path, operatorTexts(bath.coupling, `${path}.coupling`));
    });
    (system.dissipators ?? []).forEach((dissipator, i) => {
      const path = `system.dissipators[${i}]`;
      const texts = operatorTexts(dissipator.operator, `${path}.operator`);
      if (dissipator.name) texts.push({ text: dissipator.name, path: `${path}.name` });
      this.template.register(dissipator, path, texts);
    });
    (this.definition.observables ?? []).forEach((observable, i) => {
      const path = `observables[${i}]`;
      if (observable.operator)
        this.template.register({}, path, operatorTexts(observable.operator, `${path}.operator`));
    });
  }

  /**
   * The reference values that apply to this engine in this scenario, evaluated at these parameters.
   * A reference restricted to scenarios applies only when one of them is named; one restricted to
   * engines only when one of them is.
   */
  referencesAt(parameters: ParameterValues, engine?: string, scenario?: string): ReferenceValue[] {
    const values: ReferenceValue[] = [];
    const structure = this.structureAt(parameters);
    for (const reference of structure.references) {
      const { definition } = reference;
      if (definition.engines && (engine === undefined || !definition.engines.includes(engine))) continue;
      if (!appliesInScenario(definition.scenarios, scenario)) continue;
      values.push({
        quantity: definition.quantity,
        engines: definition.engines,
        value: referenceValue(reference, { parameters, overrides: {} }, structure.fields),
        tolerance: definition.tolerance,
        source: definition.source,
        description: definition.description,
      });
    }
    return values;
  }

  /**
   * The declared outcome of a property for an engine (its id and the approximation its traits name) in a
   * scenario: a predicted failure or a refuted claim.
   */
  expectationFor(
    property: string,
    engine: { id: string; approximation: string },
    scenario?: string,
  ): ExpectationDefinition | undefined {
    return (this.definition.expectations ?? []).find(
      (expectation) =>
        expectation.property === property &&
        (expectation.engine === undefined || expectation.engine === engine.id) &&
        (expectation.approximation === undefined || expectation.approximation === engine.approximation) &&
        appliesInScenario(expectation.scenarios, scenario),
    );
  }

  /** Names in a list (scenarios, sweeps) must be unique. */
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
      const known = knownQuantity(reference.quantity, this.definition);
      if (known !== true) {
        throw new InputError({
          file: this.file,
          path: `references[${i}].quantity`,
          expected: known,
          got: JSON.stringify(reference.quantity),
        });
      }
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
      sweep.quantities.forEach((quantity, j) => {
        const known = knownQuantity(quantity, this.definition);
        if (known !== true) {
          throw new InputError({
            file: this.file,
            path: `sweeps[${i}].quantities[${j}]`,
            expected: known,
            got: JSON.stringify(quantity),
          });
        }
      });
      if (sweep.spacing === "log" && !(sweep.from > 0 && sweep.to > 0)) {
        throw new InputError({
          file: this.file,
          path: `sweeps[${i}].${sweep.from > 0 ? "to" : "from"}`,
          expected: "a positive value (the sweep is evenly spaced in the logarithm)",
          got: String(sweep.from > 0 ? sweep.to : sweep.from),
        });
      }
    });
  }

  /**
   * Builds the problem and evaluates the applicable references at the defaults, at every scenario and
   * at both ends of every sweep, and checks the trajectories' times and observables at their parameters,
   * so that a case that loads can be run.
   */
  private checkPoints(): void {
    const check = (overrides: ParameterOverrides, origin: string, scenario?: string) => {
      const parameters = this.problemAt(overrides, origin).parameters;
      const structure = this.structureAt(parameters);
      for (const reference of structure.references) {
        if (appliesInScenario(reference.definition.scenarios, scenario)) {
          referenceValue(reference, { parameters, overrides }, structure.fields);
        }
      }
    };
    check({}, "--set");
    (this.definition.scenarios ?? []).forEach((scenario, i) => {
      check(scenario.set ?? {}, `scenarios[${i}].set`, scenario.name);
    });
    checkTrajectories(this.definition.trajectories ?? [], this.file, (trajectory, i) => {
      const origin = `trajectories[${i}].set`;
      try {
        return this.problemAt(trajectory.set ?? {}, origin);
      } catch (error) {
        if (!(error instanceof InputError) || error.message.includes(origin)) throw error;
        const prefix = `${this.file}: `;
        const detail = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
        throw new InputError({
          file: this.file,
          path: origin,
          expected: "parameters at which the case is valid",
          got: JSON.stringify(trajectory.set ?? {}),
          reason: `the case is invalid at these parameters: ${detail}`,
        });
      }
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

/** The key that opens this case in any thread (TaskContext.openCase): its file's absolute path. */
export function caseKeyOf(prepared: PreparedCase): string {
  return prepared.path;
}

/**
 * Prepares a loaded case for repeated use (see PreparedCase). `file` is the case file, shown in messages
 * relative to the working directory. Throws an InputError for anything wrong that the schema cannot see.
 */
export function prepareCase(definition: CaseDefinition, file: string): PreparedCase {
  return new PreparedCase(definition, file);
}
