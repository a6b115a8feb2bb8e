import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  adjoint,
  ComplexMatrix,
  commutator,
  hermitianPart,
  isHermitian,
  kron,
  kronAll,
  multiply,
  product,
  trace,
  traceOfProduct,
  transpose,
} from "../../src/linalg/complex-matrix.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary } from "../helpers/random-operators.js";

const square = (n: number) => complexMatrixArbitrary(n);

describe("ComplexMatrix algebra", () => {
  it("satisfies the mixed-product rule (A⊗B)(C⊗D) = AC ⊗ BD", () => {
    fc.assert(
      fc.property(square(2), square(3), square(2), square(3), (a, b, c, d) => {
        expectClose(multiply(kron(a, b), kron(c, d)), kron(multiply(a, c), multiply(b, d)), 1e-14);
      }),
    );
  });

  it("puts site 0 leftmost: (|1⟩ on site 0) ⊗ (|0⟩ on site 1) is basis state 2", () => {
    const one = ComplexMatrix.from([[0], [1]]);
    const zero = ComplexMatrix.from([[1], [0]]);
    const state = kronAll([one, zero]);
    expect(state.re(2, 0)).toBe(1);
  });

  it("has (AB)† = B†A†, Tr(AB) = Tr(BA) = traceOfProduct, and a Jacobi identity for commutators", () => {
    fc.assert(
      fc.property(square(3), square(3), square(3), (a, b, c) => {
        expectClose(adjoint(multiply(a, b)), multiply(adjoint(b), adjoint(a)), 1e-14, "(AB)†");
        expectClose(traceOfProduct(a, b), trace(multiply(b, a)), 1e-13, "Tr(AB)");
        expectClose(transpose(transpose(a)), a, 0, "(Aᵀ)ᵀ");
        const jacobi = add(
          add(commutator(a, commutator(b, c)), commutator(b, commutator(c, a))),
          commutator(c, commutator(a, b)),
        );
        expectClose(jacobi, new ComplexMatrix(3, 3), 1e-13, "Jacobi identity");
        expect(isHermitian(hermitianPart(a))).toBe(true);
        expectClose(product(a, b, c), multiply(multiply(a, b), c), 1e-14, "product");
      }),
    );
  });
});
