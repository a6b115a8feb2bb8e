import fc from "fast-check";
import { describe, expect, it } from "vitest";
import epaAccuracy from "../../properties/epa-accuracy.js";
import epaCoherenceRate from "../../properties/epa-coherence-rate.js";
import epaInterferenceInvariants from "../../properties/epa-interference-invariants.js";
import newnsThermalisation from "../../properties/newns-thermalisation.js";
import { openCase } from "../../src/cli/open-case.js";
import { addScaledInPlace, ComplexMatrix, subtract } from "../../src/linalg/complex-matrix.js";
import { hamiltonianSuperoperator, lindbladDissipator } from "../../src/linalg/superoperator.js";
import { eigenmodeOperators } from "../../src/physics/newns/epa-generator.js";
import { twoModeDensityMatrix } from "../../src/physics/newns/gaussian-state.js";
import { newnsModelOfProblem } from "../../src/physics/newns/newns-model.js";
import { siteCorrelationOf } from "../../src/physics/newns/steady-state-correlation.js";
import type { Problem } from "../../src/physics/problem.js";
import { fermiDirac } from "../../src/physics/thermal.js";
import { BUILTIN_ENGINES } from "../../src/plugins/builtin-engines.js";
import type { MarkovianGenerator } from "../../src/plugins/engine.js";
import type { Property, PropertyContext } from "../../src/plugins/property.js";
import { EngineSolution } from "../../src/runner/engine-solution.js";

const newns = openCase("newns-double-dot");
const scenario = (name: string) => newns.definition.scenarios?.find((s) => s.name === name)?.set ?? {};

function engine(id: string) {
  const found = BUILTIN_ENGINES.find((e) => e.id === id);
  if (!found) throw new Error(`no engine ${id}`);
  return found;
}

/** The property context of the runner, with optional replacements of the generator or steady state. */
function contextFor(
  problem: Problem,
  engineId: string,
  replace: { generator?: MarkovianGenerator; rho?: ComplexMatrix } = {},
): PropertyContext {
  const solution = new EngineSolution(problem, engine(engineId), {});
  return {
    problem,
    engine: engine(engineId),
    options: {},
    generator: replace.generator ? () => replace.generator : solution.generator,
    steadyState: replace.rho
      ? () => ({ rho: replace.rho as ComplexMatrix, dimension: 1, warnings: [] })
      : solution.steadyState,
    currents: solution.currents,
    observables: solution.observables,
    entropyProduction: solution.entropyProduction,
    problemAt: (overrides) => openCase("newns-double-dot").problemAt(overrides),
    references: [],
    seed: 1,
  };
}

function run(property: Property, context: PropertyContext) {
  const applies = property.appliesTo(context);
  return applies === true ? property.check(context) : { status: "not-applicable", message: applies };
}

function model(problem: Problem) {
  const built = newnsModelOfProblem(problem);
  if (typeof built === "string") throw new Error(built);
  return built;
}

describe("EPA interference term, eq. (68)", () => {
  it.each(["biased", "equilibrium", "detuned"])("holds for newns-epa at %s", (name) => {
    const problem = newns.problemAt(scenario(name));
    expect(run(epaInterferenceInvariants, contextFor(problem, "newns-epa")).status).toBe("pass");
    expect(run(epaInterferenceInvariants, contextFor(problem, "newns-exact")).status).toBe("not-applicable");
  });

  it("fails for a perturbed Λ⁺12 and for a population-changing term outside L_L + L_R", () => {
    const problem = newns.problemAt(scenario("biased"));
    const generator = engine("newns-epa").generator?.(problem, {}) as MarkovianGenerator;
    const interference = subtract(
      subtract(
        subtract(generator.liouvillian, hamiltonianSuperoperator(problem.hamiltonian)),
        generator.bathDissipators.left,
      ),
      generator.bathDissipators.right,
    );
    // Λ⁺12 → 1.1 Λ⁺12: L_int†(d1†d2) no longer equals Λ⁺12
    const scaledLambda = generator.liouvillian.clone();
    addScaledInPlace(scaledLambda, interference, 0.1);
    const perturbed = { ...generator, liouvillian: scaledLambda };
    expect(
      run(epaInterferenceInvariants, contextFor(problem, "newns-epa", { generator: perturbed })).status,
    ).toBe("fail");
    // an extra decay of d1 hidden in L_int changes the population d1†d1
    const [d1] = eigenmodeOperators(model(problem));
    const leaking = generator.liouvillian.clone();
    addScaledInPlace(leaking, lindbladDissipator(d1, 0.01), 1);
    const withLeak = { ...generator, liouvillian: leaking };
    expect(
      run(epaInterferenceInvariants, contextFor(problem, "newns-epa", { generator: withLeak })).status,
    ).toBe("fail");
  });
});

describe("EPA coherence Λ⁺12 = (Tr Γ/2 − iΔ) C12 (eq. 48, Appendix F)", () => {
  it.each(["biased", "equilibrium", "detuned"])("holds for the newns-epa steady state at %s", (name) => {
    const problem = newns.problemAt(scenario(name));
    expect(run(epaCoherenceRate, contextFor(problem, "newns-epa")).status).toBe("pass");
  });

  it("fails for the exact steady state, whose coherence differs from the EPA one at O(Γ/Ω)", () => {
    const problem = newns.problemAt(scenario("biased"));
    const exact = engine("newns-exact").steadyState?.(problem, {}, {})?.rho as ComplexMatrix;
    expect(run(epaCoherenceRate, contextFor(problem, "newns-epa", { rho: exact })).status).toBe("fail");
  });
});

describe("exact thermalisation at equal leads, eq. (38)", () => {
  it("holds at the equilibrium scenario and does not apply to unequal leads or other engines", () => {
    const equilibrium = newns.problemAt(scenario("equilibrium"));
    expect(run(newnsThermalisation, contextFor(equilibrium, "newns-exact")).status).toBe("pass");
    expect(run(newnsThermalisation, contextFor(equilibrium, "newns-epa")).status).toBe("not-applicable");
    for (const name of ["biased", "detuned"])
      expect(
        run(newnsThermalisation, contextFor(newns.problemAt(scenario(name)), "newns-exact")).status,
      ).toBe("not-applicable");
    const hotLeft = newns.problemAt({ muL: 1, muR: 1, TL: 0.2 });
    expect(run(newnsThermalisation, contextFor(hotLeft, "newns-exact")).status).toBe("not-applicable");
  });

  it("holds at random equal-lead parameters", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.02, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (delta, g, Gamma, T, mu) => {
          const problem = newns.problemAt({ delta, g, Gamma, TL: T, TR: T, muL: mu, muR: mu });
          expect(run(newnsThermalisation, contextFor(problem, "newns-exact")).status).toBe("pass");
        },
      ),
      { numRuns: 10 },
    );
  });

  it("fails for the Gibbs state of H_S, which lacks the level broadening of eq. (38) at Γ = 0.2", () => {
    const problem = newns.problemAt(scenario("equilibrium"));
    const m = model(problem);
    const occupations = m.energies.map((e) => fermiDirac(e, 1, 0.1));
    const gibbs = ComplexMatrix.diagonal(occupations);
    const rho = twoModeDensityMatrix(siteCorrelationOf(m, gibbs), occupations[0] * occupations[1]);
    expect(run(newnsThermalisation, contextFor(problem, "newns-exact", { rho })).status).toBe("fail");
  });
});

describe("EPA accuracy of order Γ/Ω (eq. 53, Appendix E)", () => {
  it.each(["biased", "equilibrium"])("the error falls linearly with Γ at %s", (name) => {
    const problem = newns.problemAt(scenario(name));
    const outcome = run(epaAccuracy, contextFor(problem, "newns-epa"));
    expect(outcome.status).toBe("pass");
    expect(run(epaAccuracy, contextFor(problem, "newns-exact")).status).toBe("not-applicable");
  });

  it("at the detuned point the error is linear once Γ ≪ T (Γ = 0.05, T = 0.1)", () => {
    const problem = newns.problemAt({ ...scenario("detuned"), Gamma: 0.05 });
    expect(run(epaAccuracy, contextFor(problem, "newns-epa")).status).toBe("pass");
  });

  it("fails when the graded steady state is the local master equation's, whose error does not vanish with Γ", () => {
    const problem = newns.problemAt(scenario("biased"));
    const local = engine("local-lindblad").steadyState?.(problem, {}, {})?.rho as ComplexMatrix;
    expect(run(epaAccuracy, contextFor(problem, "newns-epa", { rho: local })).status).toBe("fail");
  });
});
