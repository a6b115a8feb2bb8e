import { InputError } from "../input-error.js";
import type { SiteObservable } from "../physics/problem.js";
import type { CompiledExpression } from "./expression.js";
import type { ParameterResolver, ParameterValues } from "./parameters.js";
import { STANDARD_OBSERVABLES } from "./quantity-names.js";
import type { CaseDefinition } from "./schema.js";

/** The names a per-site observable may use besides the parameters. */
const SITE_VARIABLES = ["sz", "occupation", "site"];

/**
 * The observables a case defines (`observables: [{name, perSite | operator}]`), their names checked, and
 * the per-site ones compiled once: at a parameter point each is a function of a site's ⟨σz⟩ and ⟨n⟩,
 * e.g. paper 003's local temperature T_l = h / atanh(−⟨σz_l⟩). A site without the expectation (a
 * fermionic mode has no σz) or an expression that is not finite there gives null. The operator ones
 * depend on the sites and are built with them (case-structure.ts).
 */
export class CaseObservables {
  private readonly compiled: { name: string; description: string; expression: CompiledExpression }[];

  constructor(definition: CaseDefinition, resolver: ParameterResolver, file: string) {
    (definition.observables ?? []).forEach((observable, i) => {
      const first = (definition.observables ?? []).findIndex((other) => other.name === observable.name);
      if (STANDARD_OBSERVABLES.includes(observable.name) || first !== i) {
        throw new InputError({
          file,
          path: `observables[${i}].name`,
          expected: `a name not used by another observable (the standard ones are ${STANDARD_OBSERVABLES.join(", ")})`,
          got: JSON.stringify(observable.name),
        });
      }
      if ((observable.perSite === undefined) === (observable.operator === undefined)) {
        throw new InputError({
          file,
          path: `observables[${i}]`,
          expected:
            "exactly one of perSite (an expression per site) and operator (an operator string or terms)",
          got: observable.perSite === undefined ? "neither" : "both",
        });
      }
    });
    this.compiled = (definition.observables ?? []).flatMap((observable, i) =>
      observable.perSite === undefined
        ? []
        : [
            {
              name: observable.name,
              description: observable.description,
              expression: resolver.compile(
                String(observable.perSite),
                `observables[${i}].perSite`,
                "an expression of the parameters and of sz, occupation, site",
                SITE_VARIABLES,
              ),
            },
          ],
    );
  }

  /** The per-site observables at these resolved parameters. */
  at(parameters: ParameterValues): SiteObservable[] {
    return this.compiled.map(({ name, description, expression }) => ({
      name,
      description,
      valueAt(site, { sz, occupation }) {
        const value = expression.evaluate({
          ...parameters,
          sz: sz ?? Number.NaN,
          occupation: occupation ?? Number.NaN,
          site,
        }) as number;
        return Number.isFinite(value) ? value : null;
      },
    }));
  }
}
