import { InputError } from "../input-error.js";
import { ComplexMatrix } from "../linalg/complex-matrix.js";

const S = Math.SQRT1_2;

/** Single-site kets in the site basis (state 0 = spin up), as [re0, im0, re1, im1]. */
const SINGLE_SITE_KETS: Record<string, readonly number[]> = {
  up: [1, 0, 0, 0],
  down: [0, 0, 1, 0],
  "x+": [S, 0, S, 0],
  "x-": [S, 0, -S, 0],
  "y+": [S, 0, 0, S],
  "y-": [S, 0, 0, -S],
};

/** Two-qubit Bell kets over |00⟩, |01⟩, |10⟩, |11⟩ (real amplitudes). */
const BELL_KETS: Record<string, readonly number[]> = {
  "phi+": [S, 0, 0, S],
  "phi-": [S, 0, 0, -S],
  "psi+": [0, S, S, 0],
  "psi-": [0, S, -S, 0],
};

function projector(amplitudes: readonly number[][]): ComplexMatrix {
  const n = amplitudes.length;
  const rho = new ComplexMatrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [ar, ai] = amplitudes[i];
      const [br, bi] = amplitudes[j];
      rho.set(i, j, ar * br + ai * bi, ai * br - ar * bi); // a_i · conj(b_j)
    }
  }
  return rho;
}

/**
 * An initial density matrix from its name: a product of single-site states separated by commas
 * (`up,down`, `x+,x+`) or a Bell state of two qubits (`phi+`, `phi-`, `psi+`, `psi-`).
 */
export function parseInitialState(text: string, nSites: number, where = "--initial"): ComplexMatrix {
  const name = text.trim();
  if (name in BELL_KETS) {
    if (nSites !== 2) {
      throw new InputError({
        file: where,
        path: "",
        expected: "a product state: Bell states need exactly 2 sites",
        got: name,
      });
    }
    return projector(BELL_KETS[name].map((a) => [a, 0]));
  }
  const factors = name.split(",").map((s) => s.trim());
  if (factors.length !== nSites) {
    throw new InputError({
      file: where,
      path: "",
      expected: `${nSites} comma-separated single-site states (${Object.keys(SINGLE_SITE_KETS).join(", ")}) or one of ${Object.keys(BELL_KETS).join(", ")}`,
      got: name,
    });
  }
  let amplitudes: number[][] = [[1, 0]];
  for (const factor of factors) {
    const ket = SINGLE_SITE_KETS[factor];
    if (!ket) {
      throw new InputError({
        file: where,
        path: "",
        expected: `single-site states from ${Object.keys(SINGLE_SITE_KETS).join(", ")}`,
        got: factor,
      });
    }
    const next: number[][] = [];
    for (const [ar, ai] of amplitudes) {
      for (let s = 0; s < 2; s++) {
        const br = ket[2 * s];
        const bi = ket[2 * s + 1];
        next.push([ar * br - ai * bi, ar * bi + ai * br]);
      }
    }
    amplitudes = next;
  }
  return projector(amplitudes);
}
