import type { PreparedCase } from "../cases/build-problem.js";
import type { ScenarioDefinition } from "../cases/schema.js";
import {
  adjoint,
  type ComplexMatrix,
  maxAbs,
  maxAbsDifference,
  trace,
  traceOfProduct,
} from "../linalg/complex-matrix.js";
import { currentsByApplication } from "../measures/currents.js";
import { densityMatrixProbes, hermitianProbes } from "../measures/random-probes.js";
import type { Problem } from "../physics/problem.js";
import type { Engine, EngineOptions, MarkovianGenerator } from "../plugins/engine.js";
import { resolveEngineOptions } from "../plugins/engine-options.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { checkProperty } from "../runner/check-property.js";
import { propertiesIn } from "../runner/planned-checks.js";
import { type CheckSite, propertyContextAt } from "../runner/property-context.js";
import { applicability, requirementsMet } from "../plugins/applicability.js";
import type { Property, PropertyContext } from "../plugins/property.js";
import { applySuperoperator, type Superoperator } from "../superoperators/superoperator.js";
import { checkSite, HARNESS_SEED } from "./check-site.js";
import { type HarnessCheck, type HarnessGroup, requireAtMost, requireThat } from "./harness-check.js";

/** How long an engine takes to relax on a problem, and how close to its steady state it must get. */
export interface Relaxation {
  time: number;
  tolerance: number;
}

export interface EngineHarnessOptions {
  /** The registry the engine is checked in: its properties, the other engines, option validation. */
  registry: PluginRegistry;
  /** The cases to solve (every scenario of each). */
  cases: readonly PreparedCase[];
  /**
   * For an engine without a generator (whose relaxation time the harness cannot estimate): the time by
   * which `evolve` reaches the steady state from any state, and the tolerance. E.g. paper 004's exact
   * solution relaxes within 20/Γ.
   */
  relaxation?(problem: Problem): Relaxation;
  /**
   * The random initial states of the dynamical checks (default: full-rank states over the whole space),
   * for an engine whose evolution takes only some states, e.g. ones that commute with the particle number.
   */
  initialStates?(problem: Problem, count: number, seed: number): ComplexMatrix[];
  seed?: number;
}

/** Random initial states per dynamical check. */
const PROBE_STATES = 3;
/** Relaxation times 400 × the slowest dissipation scale of a generator: e^{−400} is far below round-off. */
const RELAXATION_FACTOR = 400;
const GENERATOR_RELAXATION_TOLERANCE = 1e-8;
/** Round-off tolerance of exact identities, relative to the scale of the quantities compared. */
const ROUND_OFF = 1e-10;
/** The same for evolved states: exp(Lt) by scaling and squaring loses a little at each of log2(‖L‖t) squarings. */
const EVOLUTION_ROUND_OFF = 1e-8;

/**
 * The shared harness for one engine (ESLint's RuleTester for engines): on every case and scenario it
 * supports, the contracts between its capabilities (a normalised steady state in the kernel of its
 * generator; evolution that keeps the trace and relaxes to that state, or keeps every conserved quantity
 * where the state is not unique; currents equal to Tr[H D_α(ρ)], Tr[N D_α(ρ)] of its bath dissipators),
 * and every property of the registry that applies, with the outcome each case declares. A capability the
 * engine lacks skips its checks with the reason; nothing passes without being run.
 */
export function engineHarness(engine: Engine, options: EngineHarnessOptions): HarnessGroup[] {
  const groups: HarnessGroup[] = [{ title: `${engine.id}: metadata`, checks: metadataChecks(engine) }];
  for (const prepared of options.cases) {
    for (const scenario of prepared.scenarios) {
      groups.push({
        title: `${engine.id} on ${prepared.definition.id}/${scenario.name}`,
        checks: siteChecks(engine, prepared, scenario, options),
      });
    }
  }
  return groups;
}

function metadataChecks(engine: Engine): HarnessCheck[] {
  return [
    {
      name: "declares traits that agree with its capabilities",
      run() {
        const options = resolveEngineOptions(engine, {}, `engine ${engine.id}`);
        const traits = engine.traitsFor(options);
        requireThat(!traits.lindbladForm || traits.markovian, () => "lindbladForm without markovian");
        requireThat(
          traits.markovian === (typeof engine.generator === "function"),
          () =>
            `markovian is ${traits.markovian} but the engine ${engine.generator ? "has" : "has no"} generator`,
        );
      },
    },
    {
      name: "accepts its own option defaults",
      run() {
        const resolved = resolveEngineOptions(engine, {}, `engine ${engine.id}`);
        for (const [name, spec] of Object.entries(engine.options ?? {})) {
          requireThat(
            resolved[name] === spec.default,
            () => `option ${name} resolves to ${String(resolved[name])}`,
          );
        }
      },
    },
  ];
}

function siteChecks(
  engine: Engine,
  prepared: PreparedCase,
  scenario: ScenarioDefinition,
  options: EngineHarnessOptions,
): HarnessCheck[] {
  const seed = options.seed ?? HARNESS_SEED;
  const site = checkSite({ registry: options.registry, prepared, scenario, engine, seed });
  const { problem, options: engineOptions } = site.solution;
  const supported = engine.supports(problem, engineOptions);
  // An engine that refuses a case says why, and nothing else is asked of it there.
  if (supported !== true)
    return [{ name: "solves the case", skip: `the engine does not support it: ${supported}`, run: () => {} }];
  const missing = (...capabilities: ("generator" | "steadyState" | "evolve" | "currents")[]) => {
    const absent = capabilities.filter((capability) => typeof engine[capability] !== "function");
    return absent.length > 0 ? `the engine has no ${absent.join(" and no ")}` : undefined;
  };
  const relaxationSkip =
    missing("evolve", "steadyState") ??
    (engine.generator || options.relaxation
      ? undefined
      : "no generator to estimate its relaxation time, and no `relaxation` given to the harness");
  const checks: HarnessCheck[] = [
    {
      name: "gives a normalised Hermitian steady state, or none with a reason when it is not unique",
      skip: missing("steadyState"),
      run: () => steadyStateContract(engine, problem, engineOptions, seed),
    },
    {
      name: "has its steady state in the kernel of its generator",
      skip: missing("generator", "steadyState"),
      run: () => kernelContract(engine, problem, engineOptions, seed),
    },
    {
      name: "evolves trace-preservingly to its steady state (or keeps its conserved quantities)",
      skip: relaxationSkip,
      run: () => evolutionContract(engine, problem, engineOptions, seed, options),
    },
    {
      name: "gives the currents Tr[H D_α(ρ)], Tr[N D_α(ρ)] of its bath dissipators for any state",
      skip: missing("generator", "currents"),
      run: () => currentsContract(engine, problem, engineOptions, seed),
    },
  ];
  for (const planned of propertiesIn(prepared, scenario.name, options.registry.properties)) {
    // a property whose requirements rule the engine out is no check here (as in a run)
    const context = propertyContextAt(site, planned.property, planned.with);
    if (requirementsMet(planned.property, context) === true)
      checks.push(propertyCheck(site, planned.property, context));
  }
  return checks;
}

/** A property at the site: it must pass, or fail where the case declares that theory predicts it. */
function propertyCheck(site: CheckSite, property: Property, context: PropertyContext): HarnessCheck {
  const { prepared, scenario, solution } = site;
  const expectation = prepared.expectationFor(
    property.id,
    { id: solution.engine.id, approximation: solution.traits.approximation },
    scenario.name,
  );
  const name = `property ${property.id} ${expectation ? "fails as the case expects" : "holds"}`;
  const applies = applicability(property, context);
  return {
    name,
    skip: applies === true ? undefined : `not applicable: ${applies}`,
    run(control) {
      const outcome = checkProperty(property, context);
      if (outcome.status === "not-applicable") control.skip(`not applicable: ${outcome.message}`);
      const wanted = expectation ? "fail" : "pass";
      requireThat(
        outcome.status === wanted,
        () => `${property.id} gave ${outcome.status}: ${outcome.message}`,
      );
    },
  };
}

function requireNormalisedHermitian(rho: ComplexMatrix, what: string, tolerance = ROUND_OFF): void {
  const [re, im] = trace(rho);
  requireAtMost(Math.hypot(re - 1, im), tolerance, `|Tr ρ − 1| of ${what}`);
  requireAtMost(maxAbsDifference(rho, adjoint(rho)), tolerance, `max|ρ − ρ†| of ${what}`);
}

function steadyStateContract(engine: Engine, problem: Problem, options: EngineOptions, seed: number): void {
  const result = engine.steadyState!(problem, options);
  requireThat(
    Number.isInteger(result.dimension) && result.dimension >= 1,
    () => `dimension ${result.dimension}`,
  );
  requireThat(result.method.length > 0, () => "the result names no method");
  requireThat(Number.isFinite(result.residual) && result.residual >= 0, () => `residual ${result.residual}`);
  if (result.dimension === 1) {
    requireThat(result.rho !== null, () => "a unique steady state but rho is null");
    requireNormalisedHermitian(result.rho!, "the steady state");
    return;
  }
  // A degenerate kernel is reported, never guessed: no state, a warning, and ρ∞ of a given initial state.
  requireThat(result.rho === null, () => `a ${result.dimension}-dimensional kernel but a state was returned`);
  requireThat(result.warnings.length > 0, () => "a degenerate kernel without a warning");
  for (const initialState of densityMatrixProbes(problem.dimension, PROBE_STATES, seed)) {
    const asymptotic = engine.steadyState!(problem, options, { initialState }).rho;
    requireThat(asymptotic !== null, () => "no asymptotic state for a given initial state");
    requireNormalisedHermitian(asymptotic!, "the asymptotic state of a random initial state");
  }
}

/** max ‖S(σ)‖ / ‖σ‖ over Hermitian probes (max-entry norms): the scale of a superoperator. */
function superoperatorScale(superoperator: Superoperator, n: number, seed: number): number {
  let largest = 0;
  for (const probe of hermitianProbes(n, PROBE_STATES, seed)) {
    largest = Math.max(largest, maxAbs(applySuperoperator(superoperator, probe)) / maxAbs(probe));
  }
  return largest;
}

function kernelContract(engine: Engine, problem: Problem, options: EngineOptions, seed: number): void {
  const { liouvillian } = engine.generator!(problem, options);
  const scale = superoperatorScale(liouvillian, problem.dimension, seed);
  const unique = engine.steadyState!(problem, options).rho;
  const states = unique
    ? [unique]
    : densityMatrixProbes(problem.dimension, PROBE_STATES, seed).map(
        (initialState) => engine.steadyState!(problem, options, { initialState }).rho!,
      );
  for (const rho of states) {
    requireAtMost(maxAbs(applySuperoperator(liouvillian, rho)), ROUND_OFF * scale, "max|L ρss|");
  }
}

/** The slowest dissipation scale of a generator: its smallest bath dissipator or extra-dissipator rate. */
function slowestDissipation(generator: MarkovianGenerator, problem: Problem, seed: number): number {
  const scales = [
    ...Object.values(generator.bathDissipators).map((d) => superoperatorScale(d, problem.dimension, seed)),
    ...problem.extraDissipators.map((d) => d.rate),
  ].filter((rate) => rate > 0);
  return scales.length > 0 ? Math.min(...scales) : 0;
}

function evolutionContract(
  engine: Engine,
  problem: Problem,
  options: EngineOptions,
  seed: number,
  harness: EngineHarnessOptions,
): void {
  const result = engine.steadyState!(problem, options);
  let relaxation: Relaxation;
  if (engine.generator) {
    const rate = slowestDissipation(engine.generator(problem, options), problem, seed);
    // Without dissipation (all rates zero) the evolution is unitary: then only conservation is checked.
    const time =
      rate > 0 ? RELAXATION_FACTOR / rate : RELAXATION_FACTOR / Math.max(1, problem.hamiltonian.entryBound);
    relaxation = { time, tolerance: GENERATOR_RELAXATION_TOLERANCE };
  } else {
    relaxation = harness.relaxation!(problem);
  }
  const conserved = result.dimension > 1 ? result.conservedQuantities : [];
  requireThat(
    conserved !== undefined,
    () => "a degenerate steady state whose conserved quantities are not named",
  );
  const initialStates =
    harness.initialStates ?? ((p, count, s) => densityMatrixProbes(p.dimension, count, s));
  for (const rho0 of initialStates(problem, 2, seed)) {
    const times = [0, relaxation.time / 2, relaxation.time];
    const evolution = engine.evolve!(problem, options, rho0, times);
    const { states } = evolution;
    requireThat(states.length === times.length, () => `${states.length} states for ${times.length} times`);
    requireThat(evolution.method.length > 0, () => "the evolution names no method");
    // the error estimate is a size (an engine that cannot estimate its error says so with NaN and a warning)
    const estimate = evolution.errorEstimate;
    requireThat(
      (estimate >= 0 && estimate < Number.POSITIVE_INFINITY) ||
        (Number.isNaN(estimate) && evolution.warnings.length > 0),
      () =>
        `the evolution's error estimate is ${estimate}${evolution.warnings.length > 0 ? "" : " without a warning"}`,
    );
    requireAtMost(maxAbsDifference(states[0], rho0), ROUND_OFF, "max|ρ(0) − ρ0|");
    states.forEach((rho, k) => requireNormalisedHermitian(rho, `ρ(t = ${times[k]})`, EVOLUTION_ROUND_OFF));
    for (const l of conserved!) {
      const initial = traceOfProduct(l, rho0)[0];
      for (const [k, rho] of states.entries()) {
        requireAtMost(
          Math.abs(traceOfProduct(l, rho)[0] - initial),
          EVOLUTION_ROUND_OFF,
          `|ΔTr[l ρ(t = ${times[k]})]|`,
        );
      }
    }
    if (result.dimension === 1) {
      const late = states[states.length - 1];
      requireAtMost(
        maxAbsDifference(late, result.rho!),
        relaxation.tolerance,
        `max|ρ(${relaxation.time}) − ρss|`,
      );
    }
  }
}

function currentsContract(engine: Engine, problem: Problem, options: EngineOptions, seed: number): void {
  const { bathDissipators } = engine.generator!(problem, options);
  for (const rho of densityMatrixProbes(problem.dimension, PROBE_STATES, seed)) {
    const expected = currentsByApplication(problem, bathDissipators, rho);
    const currents = engine.currents!(problem, options, rho);
    for (const [bath, want] of Object.entries(expected)) {
      const got = currents[bath];
      requireThat(got !== undefined, () => `no current for bath ${bath}`);
      const scale = Math.max(1, Math.abs(want.energy), Math.abs(want.particle));
      for (const quantity of ["energy", "particle", "heat"] as const) {
        requireAtMost(
          Math.abs(got[quantity] - want[quantity]),
          ROUND_OFF * scale,
          `${bath} ${quantity} current error`,
        );
      }
    }
  }
}
