import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, kron, kronAll, trace } from "../../src/linalg/complex-matrix.js";
import { partialTrace } from "../../src/linalg/partial-trace.js";
import { expectClose } from "../helpers/expect-close.js";
import { densityMatrixArbitrary } from "../helpers/random-operators.js";

describe("partialTrace", () => {
  it("returns the factor of a product state ρ_A ⊗ ρ_B", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((a) => densityMatrixArbitrary(a)),
        fc.integer({ min: 1, max: 4 }).chain((b) => densityMatrixArbitrary(b)),
        (rhoA, rhoB) => {
          const joint = kron(rhoA, rhoB);
          const dims = [rhoA.rows, rhoB.rows];
          expectClose(partialTrace(joint, dims, [0]), rhoA, 1e-14, "Tr_B");
          expectClose(partialTrace(joint, dims, [1]), rhoB, 1e-14, "Tr_A");
          expectClose(partialTrace(joint, dims, [0, 1]), joint, 0, "keep everything");
          expectClose(partialTrace(joint, dims, []), ComplexMatrix.from([[1]]), 1e-14, "Tr");
        },
      ),
    );
  });

  it("keeps non-adjacent factors of a three-part product in their original order", () => {
    fc.assert(
      fc.property(
        densityMatrixArbitrary(2),
        densityMatrixArbitrary(3),
        densityMatrixArbitrary(2),
        (a, b, c) => {
          const joint = kronAll([a, b, c]);
          expectClose(partialTrace(joint, [2, 3, 2], [2, 0]), kron(a, c), 1e-14, "Tr_B (A⊗B⊗C)");
          expectClose(partialTrace(joint, [2, 3, 2], [1]), b, 1e-14, "Tr_AC (A⊗B⊗C)");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("gives the maximally mixed state for a Bell state and preserves the trace of any state", () => {
    // |Φ+⟩ = (|00⟩ + |11⟩)/√2
    const bell = new ComplexMatrix(4, 4);
    for (const i of [0, 3]) for (const j of [0, 3]) bell.set(i, j, 0.5);
    expectClose(partialTrace(bell, [2, 2], [1]), ComplexMatrix.diagonal([0.5, 0.5]), 1e-15, "Tr_A |Φ+⟩⟨Φ+|");
    fc.assert(
      fc.property(densityMatrixArbitrary(8), (rho) => {
        expectClose(trace(partialTrace(rho, [2, 2, 2], [1])), [1, 0], 1e-14, "Tr of the reduced state");
      }),
      { numRuns: 50 },
    );
  });

  it("rejects inconsistent dims and keep lists with a RangeError", () => {
    const rho = ComplexMatrix.identity(4);
    expect(() => partialTrace(rho, [2, 3], [0])).toThrow(/must be 6x6/);
    expect(() => partialTrace(rho, [2, 2], [2])).toThrow(RangeError);
    expect(() => partialTrace(rho, [2, 2], [0, 0])).toThrow(RangeError);
    expect(() => partialTrace(rho, [4, 0.5], [0])).toThrow(RangeError);
  });
});
