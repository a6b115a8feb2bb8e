import type Benchmark from "benchmark";
import {
  addScaledInPlace,
  ComplexMatrix,
  hermitianPart,
  kron,
  multiply,
} from "../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../src/linalg/eigen.js";
import { expm } from "../src/linalg/expm.js";
import { steadyStateOfMatrix as steadyState } from "../src/solvers/dense-steady-state.js";
import { lindbladLiouvillian } from "../src/linalg/superoperator.js";

/**
 * Linear-algebra kernel benchmarks: complex matrix products in the interleaved storage of ComplexMatrix
 * and, for comparison, in split re/im storage (the reason for the storage choice), the Hermitian
 * eigensolver, expm and the steady-state solver on a random two-qubit Lindbladian (fast path, and the
 * SVD path for comparison) and on one with a two-dimensional kernel. Inputs come from a fixed-seed
 * generator, so runs are comparable.
 */
export function addLinalgBenchmarks(suite: Benchmark.Suite): void {
  const random = mulberry32(20240607);
  const a4 = randomMatrix(4, random);
  const b4 = randomMatrix(4, random);
  const a16 = randomMatrix(16, random);
  const b16 = randomMatrix(16, random);
  const split = {
    a4: SplitComplexMatrix.fromInterleaved(a4),
    b4: SplitComplexMatrix.fromInterleaved(b4),
    a16: SplitComplexMatrix.fromInterleaved(a16),
    b16: SplitComplexMatrix.fromInterleaved(b16),
  };
  const hermitian4 = hermitianPart(a4);
  const hermitian16 = hermitianPart(a16);
  const generator16 = scaleInPlace(randomMatrix(16, random), 0.25);
  const hamiltonian = hermitianPart(randomMatrix(4, random));
  const jumps = [
    { operator: randomMatrix(4, random), rate: 0.3 },
    { operator: randomMatrix(4, random), rate: 0.1 },
  ];
  const liouvillian = lindbladLiouvillian(hamiltonian, jumps);
  // Collective decay J⁻ = σ⁻⊗1 + 1⊗σ⁻ has the singlet as a dark state: a two-dimensional kernel.
  const lowering = ComplexMatrix.from([
    [0, 0],
    [1, 0],
  ]);
  const collectiveLowering = kron(lowering, ComplexMatrix.identity(2));
  addScaledInPlace(collectiveLowering, kron(ComplexMatrix.identity(2), lowering), 1);
  const degenerate = lindbladLiouvillian(ComplexMatrix.diagonal([1, 0, 0, -1]), [
    { operator: collectiveLowering, rate: 0.4 },
  ]);
  const mixed = ComplexMatrix.diagonal([0.25, 0.25, 0.25, 0.25]);

  suite
    .add("linalg: multiply 4×4 (interleaved re/im)", () => multiply(a4, b4))
    .add("linalg: multiply 4×4 (split re/im)", () => split.a4.multiply(split.b4))
    .add("linalg: multiply 16×16 (interleaved re/im)", () => multiply(a16, b16))
    .add("linalg: multiply 16×16 (split re/im)", () => split.a16.multiply(split.b16))
    .add("linalg: hermitianEigen 4×4", () => hermitianEigen(hermitian4))
    .add("linalg: hermitianEigen 16×16", () => hermitianEigen(hermitian16))
    .add("linalg: expm 16×16", () => expm(generator16))
    .add("linalg: lindbladLiouvillian 2 qubits, 2 jumps", () => lindbladLiouvillian(hamiltonian, jumps))
    .add("linalg: steadyState 2 qubits (16×16 Liouvillian)", () => steadyState(liouvillian))
    .add("linalg: steadyState 2 qubits, 2-dim kernel + initial state", () =>
      steadyState(degenerate, { initialState: mixed }),
    )
    .add("linalg: steadyState 2 qubits, SVD path", () => steadyState(liouvillian, { svd: true }));
}

/** Split storage (separate real and imaginary arrays), only for the storage comparison above. */
class SplitComplexMatrix {
  constructor(
    readonly n: number,
    readonly re: Float64Array,
    readonly im: Float64Array,
  ) {}

  static fromInterleaved(a: ComplexMatrix): SplitComplexMatrix {
    const size = a.rows * a.cols;
    const re = new Float64Array(size);
    const im = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      re[k] = a.data[2 * k];
      im[k] = a.data[2 * k + 1];
    }
    return new SplitComplexMatrix(a.rows, re, im);
  }

  /** The same i-k-j loop order as `multiply` in complex-matrix.ts. */
  multiply(b: SplitComplexMatrix): SplitComplexMatrix {
    const n = this.n;
    const re = new Float64Array(n * n);
    const im = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        const ar = this.re[i * n + k];
        const ai = this.im[i * n + k];
        if (ar === 0 && ai === 0) continue;
        for (let j = 0; j < n; j++) {
          const br = b.re[k * n + j];
          const bi = b.im[k * n + j];
          re[i * n + j] += ar * br - ai * bi;
          im[i * n + j] += ar * bi + ai * br;
        }
      }
    }
    return new SplitComplexMatrix(n, re, im);
  }
}

function randomMatrix(n: number, random: () => number): ComplexMatrix {
  const m = new ComplexMatrix(n, n);
  for (let k = 0; k < m.data.length; k++) m.data[k] = 2 * random() - 1;
  return m;
}

function scaleInPlace(a: ComplexMatrix, factor: number): ComplexMatrix {
  for (let k = 0; k < a.data.length; k++) a.data[k] *= factor;
  return a;
}

/** Small deterministic PRNG (mulberry32) returning numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
