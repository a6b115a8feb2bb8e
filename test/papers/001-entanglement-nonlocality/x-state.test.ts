import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../../src/linalg/complex-matrix.js";
import { horodeckiChshMaximum } from "../../../src/measures/chsh.js";
import { concurrence } from "../../../src/measures/concurrence.js";
import {
  xStateChshMaximum,
  xStateConcurrence,
  xStateElements,
} from "../../../src/papers/001-entanglement-nonlocality/x-state.js";
import { expectClose } from "../../helpers/expect-close.js";
import { bellStates, wernerState, xStateArbitrary } from "../../measures/random-states.js";

describe("X-state closed forms (001_a04d396bbf339a9e.txt eqs. (1), (9), (10))", () => {
  it("eq. (1) equals the Wootters concurrence of every X state", () => {
    fc.assert(
      fc.property(xStateArbitrary(), (rho) => {
        expectClose(xStateConcurrence(xStateElements(rho)), concurrence(rho), 1e-10);
      }),
      { numRuns: 200 },
    );
  });

  it("eqs. (9)-(10) equal the Horodecki CHSH maximum of every X state", () => {
    fc.assert(
      fc.property(xStateArbitrary(), (rho) => {
        expectClose(xStateChshMaximum(xStateElements(rho)), horodeckiChshMaximum(rho), 1e-10);
      }),
      { numRuns: 200 },
    );
  });

  it("gives C = 1 and 2√2 for Bell states and the Werner thresholds 1/3 and 1/√2", () => {
    for (const rho of Object.values(bellStates())) {
      expectClose(xStateConcurrence(xStateElements(rho)), 1, 1e-15);
      expectClose(xStateChshMaximum(xStateElements(rho)), 2 * Math.SQRT2, 1e-15);
    }
    expectClose(xStateConcurrence(xStateElements(wernerState(1 / 3))), 0, 1e-15);
    expectClose(xStateChshMaximum(xStateElements(wernerState(Math.SQRT1_2))), 2, 1e-15);
  });

  it("rejects a state outside the X pattern", () => {
    const rho = ComplexMatrix.diagonal([0.25, 0.25, 0.25, 0.25]);
    rho.set(0, 1, 0.1, 0);
    rho.set(1, 0, 0.1, 0);
    expect(() => xStateElements(rho)).toThrow(RangeError);
  });
});
