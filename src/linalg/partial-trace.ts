import { ComplexMatrix } from "./complex-matrix.js";

/**
 * Partial trace over every subsystem not listed in `keep`:
 *   (Tr_traced ρ)_{a a'} = Σ_t ρ_{(a,t),(a',t)},
 * for ρ on ⊗_k C^{dims[k]} with subsystem 0 leftmost (most significant, DESIGN.md). The kept subsystems
 * stay in their original order whatever the order of `keep`. `keep = []` gives the 1×1 matrix [Tr ρ].
 */
export function partialTrace(
  rho: ComplexMatrix,
  dims: readonly number[],
  keep: readonly number[],
): ComplexMatrix {
  const total = dims.reduce((p, d) => p * d, 1);
  if (dims.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new RangeError(
      `invalid argument. Subsystem dimensions must be positive integers. Value: [${dims}].`,
    );
  }
  if (rho.rows !== rho.cols || rho.rows !== total) {
    throw new RangeError(
      `invalid argument. Density matrix must be ${total}x${total} for dims [${dims}]. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  const kept = new Array<boolean>(dims.length).fill(false);
  for (const k of keep) {
    if (!Number.isInteger(k) || k < 0 || k >= dims.length || kept[k]) {
      throw new RangeError(
        `invalid argument. Kept subsystems must be distinct indices below ${dims.length}. Value: [${keep}].`,
      );
    }
    kept[k] = true;
  }
  // Split every full index into its kept part and its traced part (mixed-radix digits, site 0 first).
  const keptIndex = new Int32Array(total);
  const tracedIndex = new Int32Array(total);
  let keptDimension = 1;
  for (let k = 0; k < dims.length; k++) if (kept[k]) keptDimension *= dims[k];
  for (let index = 0; index < total; index++) {
    let rest = index;
    let stride = total;
    let keptPart = 0;
    let tracedPart = 0;
    for (let k = 0; k < dims.length; k++) {
      stride /= dims[k];
      const digit = Math.floor(rest / stride);
      rest -= digit * stride;
      if (kept[k]) keptPart = keptPart * dims[k] + digit;
      else tracedPart = tracedPart * dims[k] + digit;
    }
    keptIndex[index] = keptPart;
    tracedIndex[index] = tracedPart;
  }
  const out = new ComplexMatrix(keptDimension, keptDimension);
  const o = out.data;
  const d = rho.data;
  for (let i = 0; i < total; i++) {
    for (let j = 0; j < total; j++) {
      if (tracedIndex[i] !== tracedIndex[j]) continue;
      const to = 2 * (keptIndex[i] * keptDimension + keptIndex[j]);
      o[to] += d[2 * (i * total + j)];
      o[to + 1] += d[2 * (i * total + j) + 1];
    }
  }
  return out;
}
