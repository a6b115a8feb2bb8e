import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import {
  coordinatesOfOperator,
  hermitianCoordinatesInto,
  operatorFromCoordinates,
  realRepresentationBuffers,
  realRepresentationInto,
} from "../../src/linalg/hermitian-operator-basis.js";
import { applySuperoperator } from "../../src/linalg/superoperator.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  complexMatrixArbitrary,
  hermitianArbitrary,
  lindbladianArbitrary,
  withDimension,
} from "../helpers/random-operators.js";

describe("Hermitian operator basis", () => {
  it("has real coordinates for Hermitian X and reconstructs any X from its complex coordinates", () => {
    fc.assert(
      fc.property(
        withDimension(1, 6, (n) => fc.tuple(hermitianArbitrary(n), complexMatrixArbitrary(n))),
        ([h, x]) => {
          const n = h.rows;
          const [re, im] = coordinatesOfOperator(h);
          expectClose(im, new Float64Array(n * n), 1e-15, "Im coordinates of a Hermitian matrix");
          expectClose(operatorFromCoordinates(re, null, n), h, 1e-15, "Hermitian round trip");
          expectClose(
            hermitianCoordinatesInto(h, new Float64Array(n * n)),
            re,
            0,
            "coordinates written in place",
          );
          const [xr, xi] = coordinatesOfOperator(x);
          expectClose(operatorFromCoordinates(xr, xi, n), x, 1e-15, "complex round trip");
          // orthonormality: Σ_b x_b² = Tr X² for Hermitian X (Parseval)
          const frobeniusSquared = h.data.reduce((s, v) => s + v * v, 0);
          expectClose(
            re.reduce((s, v) => s + v * v, 0),
            frobeniusSquared,
            1e-13,
            "Parseval",
          );
        },
      ),
    );
  });

  it("represents a Lindbladian by the real matrix M with M·coords(ρ) = coords(L(ρ))", () => {
    fc.assert(
      fc.property(
        withDimension(2, 4, (n) => fc.tuple(lindbladianArbitrary(n), hermitianArbitrary(n))),
        ([{ liouvillian, n }, rho]) => {
          const { matrix } = realRepresentationInto(liouvillian, n, realRepresentationBuffers(n));
          const [x] = coordinatesOfOperator(rho);
          const m = n * n;
          const image = new Float64Array(m);
          for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) image[a] += matrix[a * m + b] * x[b];
          const [expected] = coordinatesOfOperator(applySuperoperator(liouvillian, rho));
          expectClose(image, expected, 1e-12, "M x");
        },
      ),
    );
  });

  it("rejects superoperators that do not preserve Hermiticity or have non-finite entries", () => {
    const buffers = realRepresentationBuffers(2);
    expect(() => realRepresentationInto(scale(ComplexMatrix.identity(4), 0, 1), 2, buffers)).toThrow(
      /Hermitian operators to Hermitian operators/,
    );
    const withInfinity = new ComplexMatrix(4, 4).set(1, 2, Number.POSITIVE_INFINITY);
    expect(() => realRepresentationInto(withInfinity, 2, buffers)).toThrow(/finite/);
  });
});
