import { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { siteCorrelationOfState } from "./gaussian-state.js";
import type { NewnsModel } from "./newns-model.js";

/** Eigenmode correlation matrix R C_site Rᵀ of a site-basis one (d_j = Σ_α R_jα c_α, R real, 004 eq. (16)). */
export function eigenmodeCorrelationOf(model: NewnsModel, site: ComplexMatrix): ComplexMatrix {
  const R = model.rotation;
  const out = ComplexMatrix.zeros(2);
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      let re = 0;
      let im = 0;
      for (let a = 0; a < 2; a++)
        for (let b = 0; b < 2; b++) {
          re += R[j][a] * R[k][b] * site.re(a, b);
          im += R[j][a] * R[k][b] * site.im(a, b);
        }
      out.set(j, k, re, im);
    }
  return out;
}

/** C_jk = Tr[ρ d_j† d_k] in the eigenmode basis of a two-mode state: the inverse of siteCorrelationOf. */
export function eigenmodeCorrelationOfState(model: NewnsModel, rho: ComplexMatrix): ComplexMatrix {
  return eigenmodeCorrelationOf(model, siteCorrelationOfState(rho));
}
