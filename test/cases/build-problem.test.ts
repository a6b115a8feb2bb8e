import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSource, type PreparedCase, prepareCase } from "../../src/cases/build-problem.js";
import { InputError } from "../../src/input-error.js";
import { validateCaseShape } from "../../src/cases/schema-errors.js";
import { add, ComplexMatrix, maxAbsDifference, scale } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";
import { expectClose } from "../helpers/expect-close.js";
import { flipflopDocument } from "./case-fixtures.js";

const FILE = "cases/flipflop-qubits.yaml";

// documents are edited freely, field by field
function prepare(document: any): PreparedCase {
  return prepareCase(validateCaseShape(document, FILE), FILE);
}

function prepareError(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

/** Edits a copy of flipflop-qubits and returns the error preparing it gives. */
// documents are edited freely, field by field
function errorAfter(edit: (document: any) => void): InputError {
  const document = flipflopDocument();
  edit(document);
  return prepareError(() => prepare(document));
}

const flipflop = prepare(flipflopDocument());
const operator = (text: string) => operatorMatrix(text, 2);

describe("flipflop-qubits problem (000_47becd3a7196453b.txt eq. (21))", () => {
  it("has H_S with eigenvalues ±eps, ±V at any parameters", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (eps, V) => {
          const problem = flipflop.problemAt({ eps, V });
          const expected = [-eps, -V, V, eps].sort((a, b) => a - b);
          expectClose(
            Array.from(hermitianEigenvalues(problem.hamiltonian.dense())),
            expected,
            1e-12,
            "eigenvalues of H_S",
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it("has Hamiltonian terms that sum to H_S, with their supports", () => {
    const problem = flipflop.problemAt({ dT: 0.3 });
    const sum = problem.hamiltonianTerms.reduce(
      (acc, term) => add(acc, term.operator.dense()),
      ComplexMatrix.zeros(4),
    );
    expect(maxAbsDifference(sum, problem.hamiltonian.dense())).toBe(0);
    expect(problem.hamiltonianTerms.map((term) => [term.label, term.support])).toEqual([
      ["Z0", [0]],
      ["Z1", [1]],
      ["sp0 sm1 + h.c.", [0, 1]],
    ]);
    const flipFlop = add(operator("sp0 sm1"), operator("sm0 sp1"));
    expect(maxAbsDifference(problem.hamiltonianTerms[2].operator.dense(), flipFlop)).toBe(0); // V = 1
  });

  it("shares one H_S among the points of a sweep over bath parameters, and rebuilds it when a coefficient changes", () => {
    const first = flipflop.problemAt({ dT: 0.1 });
    const second = flipflop.problemAt({ dT: 0.7, TM: 2 });
    expect(second.hamiltonian).toBe(first.hamiltonian);
    expect(second.baths[0].temperature).not.toBe(first.baths[0].temperature);
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), (eps) => {
        const shifted = flipflop.problemAt({ eps });
        expect(shifted.hamiltonian).not.toBe(first.hamiltonian);
        const expected = add(
          scale(add(operator("Z0"), operator("Z1")), eps / 2),
          add(operator("sp0 sm1"), operator("sm0 sp1")),
        );
        expect(maxAbsDifference(shifted.hamiltonian.dense(), expected)).toBeLessThan(1e-15 * eps);
        // back at the first coefficients: equal to, though no longer the same matrix as, the first H_S
        expect(
          maxAbsDifference(flipflop.problemAt({ dT: 0.1 }).hamiltonian.dense(), first.hamiltonian.dense()),
        ).toBe(0);
      }),
      { numRuns: 20 },
    );
  });

  it("counts both spins up as two particles: N = n0 + n1 = diag(2, 1, 1, 0)", () => {
    expect(
      maxAbsDifference(flipflop.problemAt().numberOperator.dense(), ComplexMatrix.diagonal([2, 1, 1, 0])),
    ).toBe(0);
    expect(flipflop.problemAt().sites.map((site) => site.kind)).toEqual(["spin", "spin"]);
  });

  it("couples left to site 0 at T1 and right to site 1 at T2 through σ⁻ and σ⁺, in detailed balance", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        (TM, bias, omega) => {
          const dT = 2 * TM * bias * 0.99;
          const problem = flipflop.problemAt({ TM, dT });
          const [left, right] = problem.baths;
          expect([left.name, left.sites, right.name, right.sites]).toEqual(["left", [0], "right", [1]]);
          for (const [bath, T, site] of [
            [left, TM + dT / 2, 0],
            [right, TM - dT / 2, 1],
          ] as const) {
            expectClose(bath.temperature, T, 1e-12, `${bath.name} temperature`);
            expect(bath.statistics).toBe("boson");
            expect(bath.channels).toHaveLength(2);
            expect(maxAbsDifference(bath.channels[0].operator.dense(), operator(`sm${site}`))).toBe(0);
            expect(maxAbsDifference(bath.channels[1].operator.dense(), operator(`sp${site}`))).toBe(0);
            const [channel] = bath.channels;
            // flat: lowering rate Γ(n(ω) + 1), raising Γ n(ω); their ratio is the Boltzmann factor e^{ω/T}
            const n = 1 / Math.expm1(omega / T);
            expectClose(channel.spectrum(omega), 0.05 * (n + 1), 1e-12, "lowering rate");
            expectClose(channel.spectrum(-omega), 0.05 * n, 1e-12, "raising rate");
            if (n > 1e-250)
              expectClose(
                Math.log(channel.spectrum(omega) / channel.spectrum(-omega)),
                omega / T,
                1e-10,
                "KMS",
              );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("formats its source and hands the engine options to every problem", () => {
    expect(formatSource(flipflop.definition.source)).toBe(
      "000_47becd3a7196453b.txt Sec. III, eqs. (21), (22)",
    );
    const withOptions = flipflopDocument();
    withOptions.engineOptions = { redfield: { secularCutoff: 0 } };
    const problem = prepare(withOptions).problemAt();
    expect(problem.engineOptions).toEqual({ redfield: { secularCutoff: 0 } });
    expect(problem.engineOptions["global-lindblad"]).toBeUndefined();
  });

  it("applies references and expectations only to their engines and scenarios", () => {
    const parameters = flipflop.parameters({ dT: 0 });
    expect(flipflop.referencesAt(parameters, "local-lindblad", "equilibrium")).toEqual([]);
    const references = flipflop.referencesAt(parameters, "global-lindblad", "equilibrium");
    expect(references.map((reference) => reference.quantity)).toContain("steadyState");
    const local = { id: "local-lindblad", approximation: "local" };
    expect(flipflop.expectationFor("gibbs-state", local, "equilibrium")?.outcome).toBe("fail");
    expect(flipflop.expectationFor("gibbs-state", local, "biased")).toBeUndefined();
    const global = { id: "global-lindblad", approximation: "secular" };
    expect(flipflop.expectationFor("gibbs-state", global, "equilibrium")).toBeUndefined();
    // by approximation: any engine of it, built in or external, is expected to fail the same way
    const external = { id: "qutip-local-lindblad", approximation: "local" };
    expect(flipflop.expectationFor("gibbs-state", external, "equilibrium")?.outcome).toBe("fail");
    // a refuted claim without engine or approximation holds for every engine
    expect(flipflop.expectationFor("correlation-fit", global, "biased")?.outcome).toBe("refuted");
  });
});

describe("prepareCase and problemAt errors", () => {
  it("wraps an operator string that does not parse, with the field path", () => {
    const error = errorAfter((d) => {
      d.system.baths[0].coupling = "sm0 Q1";
    });
    expect(error.message).toMatch(
      /^cases\/flipflop-qubits\.yaml: system\.baths\[0\]\.coupling: in "sm0 Q1": factor "Q1" at position 5 does not act on site 1, a spin; its factors are X1, Y1, Z1, sp1, sm1, n1/,
    );
    const outOfRange = errorAfter((d) => {
      d.system.hamiltonian[0].operator = "Z2";
    });
    expect(outOfRange.message).toMatch(
      /system\.hamiltonian\[0\]\.operator: in "Z2": site 2 out of range \(the system has 2 sites\)/,
    );
  });

  it("checks bath sites: within range and covering the coupling", () => {
    expect(
      errorAfter((d) => {
        d.system.baths[1].sites = [2];
      }).message,
    ).toMatch(/system\.baths\[1\]\.sites\[0\]: expected a site index from 0 to 1, got 2$/);
    expect(
      errorAfter((d) => {
        d.system.baths[1].sites = [0];
      }).message,
    ).toMatch(/system\.baths\[1\]\.sites: expected the sites the coupling "sm1" acts on \(1\), got \[0\]$/);
  });

  it("requires unique names for sites, baths, scenarios and sweeps", () => {
    expect(
      errorAfter((d) => {
        d.system.baths[1].name = "left";
      }).message,
    ).toMatch(
      /system\.baths\[1\]\.name: expected a name not used before, got "left", already the name of system\.baths\[0\]$/,
    );
    expect(
      errorAfter((d) => {
        d.scenarios[2].name = "biased";
      }).path,
    ).toBe("scenarios[2].name");
  });

  it("rejects a non-Hermitian Hamiltonian term written without its Hermitian conjugate", () => {
    const error = errorAfter((d) => {
      d.system.hamiltonian[2].hermitianConjugate = false;
    });
    expect(error.path).toBe("system.hamiltonian[2].operator");
    expect(error.message).toContain('"sp0 sm1", which is not Hermitian');
  });

  it("names an unknown word or name in a bath's fields", () => {
    expect(
      errorAfter((d) => {
        d.system.baths[0].statistics = "bosonic";
      }).message,
    ).toMatch(/system\.baths\[0\]\.statistics: expected one of boson, fermion, spin, got "bosonic"$/);
    const temperature = errorAfter((d) => {
      d.system.baths[1].temperature = "hot";
    });
    expect(temperature.message).toContain(
      'system.baths[1].temperature: expected a number or an expression of the parameters, got "hot" (unknown name "hot"; known parameters: eps, V, Gamma, TM, dT, T1, T2,',
    );
  });

  it("takes the statistics from a word parameter when the bath names one", () => {
    const document = flipflopDocument();
    document.parameters.stats1 = { value: "spin", oneOf: ["spin", "boson"] };
    document.system.baths[0].statistics = "stats1";
    const prepared = prepare(document);
    expect(prepared.problemAt().baths[0].statistics).toBe("spin");
    expect(prepared.problemAt({ stats1: "boson" }).baths[0].statistics).toBe("boson");
    const wrongWords = errorAfter((d) => {
      d.parameters.stats1 = { value: "spin", oneOf: ["spin", "bosonic"] };
      d.system.baths[0].statistics = "stats1";
    });
    expect(wrongWords.message).toMatch(
      /parameters\.stats1\.oneOf: expected bath statistics .* got "bosonic"$/,
    );
  });

  it("checks the case's constraints at every point, before the parameters that would break", () => {
    const error = prepareError(() => flipflop.problemAt({ dT: 3 }));
    expect(error.message).toBe(
      "cases/flipflop-qubits.yaml: constraints[0]: the bath temperatures T1,2 = TM ± dT/2 must not be negative " +
        "(|dT| ≤ 2 TM): need T1 >= 0 and T2 >= 0, got T1 = 2.6, T2 = -0.3999999999999999 at dT=3",
    );
    const withSource = flipflopDocument();
    withSource.constraints = [
      { expression: "Gamma < V", message: "weak coupling", source: "paper eq. (34)" },
    ];
    expect(prepareError(() => prepare(withSource).problemAt({ Gamma: 2 })).message).toBe(
      "cases/flipflop-qubits.yaml: constraints[0]: weak coupling (paper eq. (34)): need Gamma < V, got Gamma = 2, V = 1 at Gamma=2",
    );
  });

  it("rejects negative temperatures and rates", () => {
    const document = flipflopDocument();
    // without the constraint and the reference quantities (which need T1, T2 ≥ 0 themselves)
    for (const name of ["w1", "w2", "pUpper1", "pUpper2"]) delete document.parameters[name];
    delete document.constraints;
    delete document.references;
    const prepared = prepare(document);
    expect(prepareError(() => prepared.problemAt({ T2: -0.5 })).message).toMatch(
      /system\.baths\[1\]\.temperature: expected a temperature ≥ 0, got -0\.5 from "T2" with T2 = -0\.5 at T2=-0\.5$/,
    );
    expect(prepareError(() => prepared.problemAt({ Gamma: -1 })).message).toMatch(
      /system\.baths\[0\]\.spectralDensity\.strength: expected a spectral-density parameter ≥ 0, got -1/,
    );
  });

  it("checks scenarios, sweeps, references and expectations against the rest of the case", () => {
    expect(
      errorAfter((d) => {
        d.scenarios[0].set = { dt: 0 };
      }).message,
    ).toMatch(/scenarios\[0\]\.set\.dt: unknown parameter "dt"; known: eps, V/);
    expect(
      errorAfter((d) => {
        d.sweeps[0].to = 3;
      }).message,
    ).toMatch(/sweeps\[0\]\.to: the case is invalid at dT = 3: constraints\[0\]: /);
    expect(
      errorAfter((d) => {
        d.sweeps[0].parameter = "Gama";
      }).message,
    ).toMatch(/sweeps\[0\]\.parameter: expected a numeric parameter of the case/);
    expect(
      errorAfter((d) => {
        d.references[0].value.re.pop();
      }).message,
    ).toMatch(/references\[0\]\.value\.re: expected a 4x4 matrix \(the system has 2 sites\), got 3 rows/);
    expect(
      errorAfter((d) => {
        d.expectations[0].scenarios = ["equilibrum"];
      }).message,
    ).toMatch(
      /expectations\[0\]\.scenarios\[0\]: expected a scenario of the case \(equilibrium, biased, strongly-biased\), got "equilibrum"$/,
    );
  });

  it("builds extra dissipators from a sum of operator strings", () => {
    const document = flipflopDocument();
    document.parameters.gc = 0.02;
    document.system.dissipators = [
      {
        rate: "gc",
        operator: [
          { coefficient: 1, operator: "Z0" },
          { coefficient: "V", operator: "Z1" },
        ],
      },
    ];
    const [dephasing] = prepare(document).problemAt({ V: 0.5 }).extraDissipators;
    expect(dephasing.rate).toBe(0.02);
    expect(dephasing.label).toBe("Z0 + V·Z1");
    expect(
      maxAbsDifference(dephasing.operator.dense(), add(operator("Z0"), scale(operator("Z1"), 0.5))),
    ).toBe(0);
  });
});
