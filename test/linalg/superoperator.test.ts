import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  adjoint,
  ComplexMatrix,
  commutator,
  kron,
  multiply,
  product,
  scale,
  subtract,
  trace,
  traceOfProduct,
  transpose,
} from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { expm } from "../../src/linalg/expm.js";
import {
  addLindbladDissipatorInPlace,
  adjointSuperoperator,
  applySuperoperator,
  choiMatrix,
  hamiltonianSuperoperator,
  lindbladDissipator,
  lindbladLiouvillian,
  spost,
  spre,
  sprepost,
  unvec,
  vec,
} from "../../src/linalg/superoperator.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  complexMatrixArbitrary,
  densityMatrixArbitrary,
  hermitianArbitrary,
  lindbladianArbitrary,
  withDimension,
} from "../helpers/random-operators.js";

/** Three random n×n matrices for one random n in 1..5. */
const threeMatrices = withDimension(1, 5, (n) =>
  fc.tuple(complexMatrixArbitrary(n), complexMatrixArbitrary(n), complexMatrixArbitrary(n)),
);

describe("column-stacking vectorisation", () => {
  it("puts ρ_ij at index i + j·n, and unvec inverts vec", () => {
    const rho = ComplexMatrix.from([
      [1, 2],
      [3, 4],
    ]);
    expectClose(vec(rho), ComplexMatrix.from([[1], [3], [2], [4]]), 0, "vec");
    fc.assert(
      fc.property(withDimension(1, 6, complexMatrixArbitrary), (a) => expectClose(unvec(vec(a)), a, 0)),
    );
  });

  it("satisfies vec(AρB) = (Bᵀ ⊗ A) vec(ρ) for sprepost, spre and spost", () => {
    fc.assert(
      fc.property(threeMatrices, ([a, rho, b]) => {
        const n = a.rows;
        const identity = ComplexMatrix.identity(n);
        expectClose(sprepost(a, b), kron(transpose(b), a), 1e-15, "sprepost = Bᵀ⊗A");
        expectClose(spre(a), kron(identity, a), 1e-15, "spre = I⊗A");
        expectClose(spost(b), kron(transpose(b), identity), 1e-15, "spost = Bᵀ⊗I");
        expectClose(applySuperoperator(sprepost(a, b), rho), product(a, rho, b), 1e-14, "AρB");
        expectClose(unvec(multiply(spre(a), vec(rho))), multiply(a, rho), 1e-14, "Aρ");
        expectClose(unvec(multiply(spost(b), vec(rho))), multiply(rho, b), 1e-14, "ρB");
      }),
    );
  });

  it("builds −i[H, ρ] and γ(LρL† − ½{L†L, ρ})", () => {
    fc.assert(
      fc.property(threeMatrices, fc.double({ min: 0, max: 3, noNaN: true }), ([h, l, rho], rate) => {
        expectClose(
          applySuperoperator(hamiltonianSuperoperator(h), rho),
          scale(commutator(h, rho), 0, -1),
          1e-14,
          "−i[H, ρ]",
        );
        const lDaggerL = multiply(adjoint(l), l);
        const expected = scale(
          subtract(
            product(l, rho, adjoint(l)),
            scale(add(multiply(lDaggerL, rho), multiply(rho, lDaggerL)), 0.5),
          ),
          rate,
        );
        expectClose(applySuperoperator(lindbladDissipator(l, rate), rho), expected, 1e-13, "D[L]ρ");
        const target = hamiltonianSuperoperator(h);
        addLindbladDissipatorInPlace(target, l, rate);
        expectClose(target, lindbladLiouvillian(h, [{ operator: l, rate }]), 1e-15, "in-place sum");
      }),
    );
  });
});

describe("Lindblad generators (random H and jump operators)", () => {
  it("preserve the trace and Hermiticity: Tr L(ρ) = 0 and L(ρ)† = L(ρ) for Hermitian ρ", () => {
    fc.assert(
      fc.property(
        withDimension(1, 4, (n) => fc.tuple(lindbladianArbitrary(n), hermitianArbitrary(n))),
        ([{ liouvillian }, rho]) => {
          const image = applySuperoperator(liouvillian, rho);
          expectClose(trace(image), [0, 0], 1e-13, "Tr L(ρ)");
          expectClose(image, adjoint(image), 1e-13, "L(ρ) − L(ρ)†");
          // the trace row Σ_i L[i + i·n, ·] vanishes
          const n = rho.rows;
          for (let column = 0; column < n * n; column++) {
            let re = 0;
            let im = 0;
            for (let i = 0; i < n; i++) {
              re += liouvillian.re(i + i * n, column);
              im += liouvillian.im(i + i * n, column);
            }
            expectClose([re, im], [0, 0], 1e-13, `trace row, column ${column}`);
          }
        },
      ),
    );
  });

  it("generate CPTP maps: e^{Lt} sends density matrices to density matrices and has a positive Choi matrix", () => {
    fc.assert(
      fc.property(
        withDimension(2, 4, (n) => fc.tuple(lindbladianArbitrary(n), densityMatrixArbitrary(n))),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        ([{ liouvillian, n }, rho], t) => {
          const propagator = expm(scale(liouvillian, t));
          const evolved = applySuperoperator(propagator, rho);
          expectClose(trace(evolved), [1, 0], 1e-12, "Tr ρ(t)");
          expectClose(evolved, adjoint(evolved), 1e-12, "ρ(t) − ρ(t)†");
          expect(Math.min(...hermitianEigenvalues(evolved))).toBeGreaterThanOrEqual(-1e-10);
          const choi = choiMatrix(propagator, n);
          expect(Math.min(...hermitianEigenvalues(choi))).toBeGreaterThanOrEqual(-1e-10);
          expectClose(trace(choi), [n, 0], 1e-12, "Tr C = n (trace preserving)");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("choiMatrix", () => {
  it("is n·|Ω⟩⟨Ω| for the identity map and not positive for the transpose map", () => {
    const n = 3;
    const choiOfIdentity = choiMatrix(ComplexMatrix.identity(n * n));
    // eigenvalues of Σ_ij |i⟩⟨j| ⊗ |i⟩⟨j|: n once, 0 otherwise
    expectClose(hermitianEigenvalues(choiOfIdentity), [0, 0, 0, 0, 0, 0, 0, 0, 3], 1e-14, "spectrum");
    // transpose: ρ ↦ ρᵀ sends vec index i + j·n to j + i·n; its Choi matrix is the swap, eigenvalue −1.
    const transposeMap = new ComplexMatrix(n * n, n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) transposeMap.set(j + i * n, i + j * n, 1);
    expect(Math.min(...hermitianEigenvalues(choiMatrix(transposeMap)))).toBeCloseTo(-1, 14);
  });

  it("equals Σ_ij |i⟩⟨j| ⊗ S(|i⟩⟨j|) for a Kraus map S(ρ) = KρK†", () => {
    fc.assert(
      fc.property(
        withDimension(1, 4, (n) => complexMatrixArbitrary(n)),
        (k) => {
          const n = k.rows;
          const choi = choiMatrix(sprepost(k, adjoint(k)));
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              const unit = new ComplexMatrix(n, n).set(i, j, 1);
              const block = product(k, unit, adjoint(k));
              for (let a = 0; a < n; a++) {
                for (let b = 0; b < n; b++) {
                  expectClose(
                    [choi.re(i * n + a, j * n + b), choi.im(i * n + a, j * n + b)],
                    [block.re(a, b), block.im(a, b)],
                    1e-14,
                    `C[(${i},${a}), (${j},${b})]`,
                  );
                }
              }
            }
          }
        },
      ),
    );
  });
});

describe("adjointSuperoperator", () => {
  it("is the Heisenberg picture: Tr[X† S(ρ)] = Tr[S‡(X)† ρ], and L‡(1) = 0 for a trace-preserving L", () => {
    fc.assert(
      fc.property(
        withDimension(1, 4, (n) =>
          fc.tuple(lindbladianArbitrary(n), complexMatrixArbitrary(n), complexMatrixArbitrary(n)),
        ),
        ([{ liouvillian, n }, x, rho]) => {
          const heisenberg = adjointSuperoperator(liouvillian);
          expectClose(
            traceOfProduct(adjoint(x), applySuperoperator(liouvillian, rho)),
            traceOfProduct(adjoint(applySuperoperator(heisenberg, x)), rho),
            1e-12,
            "duality",
          );
          expectClose(
            applySuperoperator(heisenberg, ComplexMatrix.identity(n)),
            new ComplexMatrix(n, n),
            1e-13,
            "L‡(1)",
          );
        },
      ),
    );
  });
});

describe("argument checks", () => {
  it("throws RangeErrors naming the shape", () => {
    expect(() => spre(new ComplexMatrix(2, 3))).toThrow(/must be square. Value: 2x3/);
    expect(() => sprepost(ComplexMatrix.identity(2), ComplexMatrix.identity(3))).toThrow(RangeError);
    expect(() => applySuperoperator(new ComplexMatrix(5, 5), ComplexMatrix.identity(2))).toThrow(/n²×n²/);
    expect(() => applySuperoperator(new ComplexMatrix(4, 4), ComplexMatrix.identity(3))).toThrow(
      /must be 2x2/,
    );
    expect(() => unvec(new ComplexMatrix(5, 1))).toThrow(RangeError);
    expect(() => lindbladDissipator(ComplexMatrix.identity(2), Number.NaN)).toThrow(/rate/);
  });
});
