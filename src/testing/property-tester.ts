import type { PreparedCase } from "../cases/build-problem.js";
import type { EngineOptions } from "../plugins/engine.js";
import type { Property, PropertyStatus } from "../plugins/property.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { checkProperty } from "../runner/check-property.js";
import { propertyContextAt } from "../runner/property-context.js";
import { checkSite } from "./check-site.js";
import { type HarnessCheck, type HarnessGroup, requireThat } from "./harness-check.js";
import { engineWith, type Replacements } from "./replaced-engine.js";

/** One input to a property: an engine's solution of a case at a scenario, possibly with results replaced. */
export interface PropertyInput {
  /** What the input is and why the outcome follows, e.g. "Redfield on zhang-wang-bosonic: not CP (eq. (20))". */
  name: string;
  case: PreparedCase;
  /** A scenario of the case by name (default: its first). */
  scenario?: string;
  /** Parameter overrides on top of the scenario's. */
  set?: Record<string, number | string>;
  /** A registered engine by id. */
  engine: string;
  options?: EngineOptions;
  /** Results put in place of the engine's own (a non-CP generator, a non-thermal state, …). */
  replace?: Replacements;
  /** The property's arguments (default: what the case gives it in `checks[].with`). */
  arguments?: Record<string, number | string>;
}

export interface PropertyTests {
  registry: PluginRegistry;
  /** Inputs the property must pass. */
  pass?: readonly PropertyInput[];
  /** Inputs it must fail: the violations it exists to detect. */
  fail?: readonly PropertyInput[];
  /** Inputs it must decline as not applicable. */
  notApplicable?: readonly PropertyInput[];
  seed?: number;
}

const VERBS: Partial<Record<PropertyStatus, string>> = {
  pass: "passes",
  fail: "fails",
  "not-applicable": "does not apply to",
};

/**
 * ESLint's RuleTester for properties: the property is fed known passing, failing and inapplicable
 * inputs, and each must give that outcome. A property without failing inputs could never fail, so the
 * tester requires at least one of each of `pass` and `fail`.
 */
export function propertyTester(property: Property, tests: PropertyTests): HarnessGroup {
  const checks: HarnessCheck[] = [
    {
      name: "has passing and failing inputs",
      run() {
        requireThat((tests.pass ?? []).length > 0, () => `${property.id} has no passing input`);
        requireThat((tests.fail ?? []).length > 0, () => `${property.id} has no failing input`);
      },
    },
  ];
  const outcomes: [readonly PropertyInput[] | undefined, PropertyStatus][] = [
    [tests.pass, "pass"],
    [tests.fail, "fail"],
    [tests.notApplicable, "not-applicable"],
  ];
  for (const [inputs, wanted] of outcomes) {
    for (const input of inputs ?? []) {
      checks.push({
        name: `${VERBS[wanted]} ${input.name}`,
        run() {
          const outcome = checkInput(property, input, tests);
          requireThat(
            outcome.status === wanted,
            () => `expected ${wanted}, got ${outcome.status}: ${outcome.message}`,
          );
        },
      });
    }
  }
  return { title: `property ${property.id}`, checks };
}

function checkInput(property: Property, input: PropertyInput, tests: PropertyTests) {
  const prepared = input.case;
  const scenario = input.scenario === undefined ? prepared.scenarios[0] : prepared.scenario(input.scenario);
  const registered = tests.registry.engine(input.engine, `input ${input.name}`);
  const engine = input.replace ? engineWith(registered, input.replace) : registered;
  const site = checkSite({
    registry: tests.registry,
    prepared,
    scenario,
    engine,
    options: input.options,
    set: input.set,
    seed: tests.seed,
  });
  const declared = (prepared.definition.checks ?? []).find((check) => check.property === property.id)?.with;
  return checkProperty(property, propertyContextAt(site, property, input.arguments ?? declared ?? {}));
}
