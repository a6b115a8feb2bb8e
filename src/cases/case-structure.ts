import { InputError } from "../input-error.js";
import { Operator } from "../operators/operator.js";
import { type Site, type SiteKind, SiteSpace } from "../operators/site-space.js";
import type { HamiltonianTerm, OperatorObservable, Problem } from "../physics/problem.js";
import { CaseFields, type NumberField, type OperatorField, type Point } from "./case-fields.js";
import type { CaseTemplate, IndexBinding } from "./case-template.js";
import { type ParameterResolver, type ParameterValues } from "./parameters.js";
import { bathAt, type PreparedBath, prepareBath } from "./prepared-bath.js";
import { dissipatorAt, type PreparedDissipator } from "./prepared-dissipator.js";
import { type PreparedReference, prepareReference } from "./prepared-reference.js";
import type { CaseDefinition, OperatorDefinition } from "./schema.js";

/** A term coefficient·O (+ h.c.) of H_S, parsed and compiled. */
interface PreparedTerm {
  label: string;
  coefficient: NumberField;
  operator: OperatorField;
  hermitianConjugate: boolean;
  support: number[];
  order?: number;
}

/**
 * The system of a case at one value of its structural parameters (those that fix the sites and the
 * repeated terms, e.g. the chain length N): the forEach entries expanded, every operator string parsed
 * and every expression compiled once. problemAt() then costs a parameter point's coefficients.
 */
export class CaseStructure {
  readonly space: SiteSpace;
  readonly fields: CaseFields;
  readonly references: PreparedReference[];
  private readonly terms: PreparedTerm[];
  private readonly baths: PreparedBath[];
  private readonly dissipators: PreparedDissipator[];
  private readonly observables: { name: string; description: string; operator: OperatorField }[];
  /** Whether each observable's operator (one object while its coefficients stay the same) is Hermitian. */
  private readonly hermitian = new WeakMap<Operator, boolean>();
  private readonly numberOperator: Operator;
  private lastHamiltonian?: {
    coefficients: number[];
    operators: Operator[];
    hamiltonian: Operator;
    hamiltonianTerms: HamiltonianTerm[];
  };

  constructor(
    definition: CaseDefinition,
    file: string,
    resolver: ParameterResolver,
    template: CaseTemplate,
    parameters: ParameterValues,
  ) {
    const system = definition.system;
    const sites = template
      .expand(system.sites, "system.sites", parameters)
      .map(({ entry, path, index }) => siteOf(entry, path, index, template, parameters, file));
    checkUnique(sites, "system.sites", file);
    try {
      this.space = new SiteSpace(sites);
    } catch (error) {
      throw new InputError({
        file,
        path: "system.sites",
        expected: "a Hilbert space of at most 2^24 states",
        got: `${sites.length} sites (${sites.map((s) => s.levels).join("·")} states)`,
        reason: (error as Error).message,
      });
    }
    const fields = new CaseFields(file, resolver, this.space);
    this.fields = fields;
    const operatorField = (written: OperatorDefinition, path: string, index: IndexBinding) =>
      fields.operatorField(
        (typeof written === "string" ? [{ coefficient: 1, operator: written }] : written).map((term, j) => {
          const operatorPath = typeof written === "string" ? path : `${path}[${j}].operator`;
          return {
            coefficient: term.coefficient,
            operator: template.substitute(term.operator, operatorPath, parameters, index),
            path: operatorPath,
            coefficientPath: typeof written === "string" ? "" : `${path}[${j}].coefficient`,
          };
        }),
        index,
      );

    this.numberOperator = Operator.sum(
      this.space,
      sites.map((_, k) => ({ re: 1, operator: fields.parseOperator(`n${k}`, "system.sites") })),
      "N",
    );
    this.terms = template
      .expand(system.hamiltonian, "system.hamiltonian", parameters)
      .map(({ entry, path, index }) => {
        const operator = operatorField(entry.operator, `${path}.operator`, index);
        const hermitianConjugate = entry.hermitianConjugate ?? false;
        if (!hermitianConjugate) {
          operator.terms.forEach((term, j) => {
            if (!term.product.isHermitian()) {
              throw new InputError({
                file,
                path:
                  typeof entry.operator === "string" ? `${path}.operator` : `${path}.operator[${j}].operator`,
                expected: "a Hermitian operator, or hermitianConjugate: true to add its Hermitian conjugate",
                got: `${JSON.stringify(term.product.label)}, which is not Hermitian`,
              });
            }
          });
        }
        const support = [...new Set(operator.terms.flatMap((term) => term.product.support))].sort(
          (a, b) => a - b,
        );
        return {
          label: hermitianConjugate ? `${operator.label} + h.c.` : operator.label,
          coefficient: fields.numberField(entry.coefficient, `${path}.coefficient`, index),
          operator,
          hermitianConjugate,
          support,
          order: entry.order,
        };
      });
    checkUnique(system.baths, "system.baths", file);
    this.baths = system.baths.map((entry, i) => {
      const path = `system.baths[${i}]`;
      return prepareBath(
        entry,
        path,
        operatorField(entry.coupling, `${path}.coupling`, {}),
        fields,
        definition.parameters,
      );
    });
    this.dissipators = template
      .expand(system.dissipators ?? [], "system.dissipators", parameters)
      .map(({ entry, path, index }) => {
        const operator = operatorField(entry.operator, `${path}.operator`, index);
        return {
          label: entry.name
            ? template.substitute(entry.name, `${path}.name`, parameters, index)
            : operator.label,
          rate: fields.numberField(entry.rate, `${path}.rate`, index),
          operator,
        };
      });
    this.observables = (definition.observables ?? []).flatMap((observable, i) =>
      observable.operator === undefined
        ? []
        : [
            {
              name: observable.name,
              description: observable.description,
              operator: operatorField(observable.operator, `observables[${i}].operator`, {}),
            },
          ],
    );
    this.references = (definition.references ?? []).map((reference, i) =>
      prepareReference(reference, i, fields),
    );
  }

  /** The problem at a resolved parameter point (see PreparedCase.problemAt). */
  problemAt(
    caseId: string,
    point: Point,
    engineOptions: Problem["engineOptions"],
    siteObservables: Problem["siteObservables"],
  ): Problem {
    const { hamiltonian, hamiltonianTerms } = this.hamiltonianAt(point);
    return {
      caseId,
      parameters: point.parameters,
      space: this.space,
      sites: this.space.sites,
      dimension: this.space.dimension,
      hamiltonian,
      hamiltonianTerms,
      numberOperator: this.numberOperator,
      baths: this.baths.map((bath) => bathAt(bath, point, this.fields)),
      // a term at rate 0 is no dissipation (e.g. noise switched off): the problem does not carry it
      extraDissipators: this.dissipators
        .map((dissipator) => dissipatorAt(dissipator, point, this.fields))
        .filter((dissipator) => dissipator.rate > 0),
      engineOptions,
      siteObservables,
      operatorObservables: this.observables.map((observable) => this.observableAt(observable, point)),
    };
  }

  /** A case observable's operator at a point, and whether it is Hermitian (decided once per operator). */
  private observableAt(
    observable: { name: string; description: string; operator: OperatorField },
    point: Point,
  ): OperatorObservable {
    const operator = this.fields.operatorAt(observable.operator, point);
    let hermitian = this.hermitian.get(operator);
    if (hermitian === undefined) {
      hermitian = operator.isHermitian();
      this.hermitian.set(operator, hermitian);
    }
    return { name: observable.name, description: observable.description, operator, hermitian };
  }

  /**
   * H_S and its terms at a point. The last ones built are reused while the coefficients stay the same,
   * so that the problems of a sweep over bath parameters share one H_S object, and with it one
   * eigendecomposition (hamiltonian-eigen.ts) and the Bohr components derived from it.
   */
  private hamiltonianAt(point: Point): Pick<Problem, "hamiltonian" | "hamiltonianTerms"> {
    const coefficients = this.terms.map((term) => this.fields.valueOf(term.coefficient, point));
    const operators = this.terms.map((term) => this.fields.operatorAt(term.operator, point));
    const last = this.lastHamiltonian;
    if (
      last &&
      coefficients.every((c, i) => c === last.coefficients[i]) &&
      operators.every((o, i) => o === last.operators[i])
    ) {
      return last;
    }
    const hamiltonianTerms: HamiltonianTerm[] = this.terms.map((term, i) => {
      const written = operators[i];
      const whole = term.hermitianConjugate ? written.plus(written.adjoint()) : written;
      return {
        label: term.label,
        operator: whole.scaled(coefficients[i]),
        support: term.support,
        ...(term.order === undefined ? {} : { order: term.order }),
      };
    });
    const hamiltonian = Operator.sum(
      this.space,
      hamiltonianTerms.map((term) => ({ re: 1, operator: term.operator })),
      "H_S",
    );
    this.lastHamiltonian = { coefficients, operators, hamiltonian, hamiltonianTerms };
    return this.lastHamiltonian;
  }
}

/** A site of the case, its name and level count evaluated. */
function siteOf(
  entry: CaseDefinition["system"]["sites"][number],
  path: string,
  index: IndexBinding,
  template: CaseTemplate,
  parameters: ParameterValues,
  file: string,
): Site {
  const kind: SiteKind = entry.kind;
  const name = template.substitute(entry.name, `${path}.name`, parameters, index);
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) {
    throw new InputError({
      file,
      path: `${path}.name`,
      expected: "a word (letters, digits, _ and -, starting with a letter)",
      got: JSON.stringify(name),
    });
  }
  if (kind !== "boson") {
    if (entry.levels !== undefined && entry.levels !== 2) {
      throw new InputError({
        file,
        path: `${path}.levels`,
        expected: `no levels (a ${kind} site has 2 levels)`,
        got: JSON.stringify(entry.levels),
      });
    }
    return { name, kind, levels: 2 };
  }
  if (entry.levels === undefined) {
    throw new InputError({
      file,
      path: `${path}.levels`,
      expected: "the number of Fock states kept for a bosonic mode, e.g. levels: 10",
      got: "nothing (the field is missing)",
    });
  }
  const levels = template.number(entry.levels, `${path}.levels`, parameters);
  if (!(levels >= 1)) {
    throw new InputError({
      file,
      path: `${path}.levels`,
      expected: "a whole number ≥ 1",
      got: String(levels),
    });
  }
  return { name, kind, levels };
}

/** Names in a list (sites, baths) must be unique. */
function checkUnique(list: readonly { name: string }[], path: string, file: string): void {
  list.forEach((item, i) => {
    const first = list.findIndex((other) => other.name === item.name);
    if (first !== i) {
      throw new InputError({
        file,
        path: `${path}[${i}].name`,
        expected: "a name not used before",
        got: `${JSON.stringify(item.name)}, already the name of ${path}[${first}]`,
      });
    }
  });
}
