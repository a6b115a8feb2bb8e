import type Benchmark from "benchmark";
import { ComplexMatrix } from "../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../src/linalg/eigen.js";
import { symmetricEigen } from "../src/linalg/symmetric-eigen.js";

/**
 * The real symmetric eigensolver (tred2 + tql2) at n = 256 and at n = 924, the size of the largest
 * symmetry blocks of the spin-chain Hamiltonians it is for, and the complex Householder path of
 * hermitianEigen on the same 256×256 matrix for comparison. Deterministic dense inputs.
 */
export function addSymmetricEigenBenchmarks(suite: Benchmark.Suite): void {
  const a256 = symmetricTestMatrix(256);
  const a924 = symmetricTestMatrix(924);
  const complex256 = new ComplexMatrix(256, 256);
  for (let k = 0; k < a256.length; k++) complex256.data[2 * k] = a256[k];
  suite
    .add("linalg: symmetricEigen 256×256", () => symmetricEigen(a256, 256))
    .add("linalg: symmetricEigen 924×924", () => symmetricEigen(a924, 924))
    .add("linalg: hermitianEigen 256×256 (complex, same matrix)", () => hermitianEigen(complex256));
}

/** A dense symmetric n×n matrix with entries sin(i² + 7j + 1) in [−1, 1] (i ≥ j). */
function symmetricTestMatrix(n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * i + 7 * j + 1);
  }
  return a;
}
