import { ComplexMatrix, kronAll } from "../linalg/complex-matrix.js";
import { annihilationFactors } from "./jordan-wigner.js";
import {
  assertSiteCount,
  OCCUPATION,
  PAULI_I,
  PAULI_X,
  PAULI_Y,
  PAULI_Z,
  SIGMA_MINUS,
  SIGMA_PLUS,
} from "./spin-operators.js";

const EXPECTED_FACTORS = "I, X<k>, Y<k>, Z<k>, sp<k>, sm<k>, n<k>, c<k>, cdag<k>";
const FACTOR_PATTERN = /^(?:I|(X|Y|Z|sp|sm|n|cdag|c)(\d+))$/;
const SEPARATED_FACTORS = /[^\s*]+/g;

const SINGLE_SITE_FACTORS: Record<string, ComplexMatrix> = {
  X: PAULI_X,
  Y: PAULI_Y,
  Z: PAULI_Z,
  sp: SIGMA_PLUS,
  sm: SIGMA_MINUS,
  n: OCCUPATION,
};

/** Where an operator string went wrong: the whole text, and the offending factor with its 1-based position. */
export interface OperatorStringErrorDetail {
  text: string;
  factor: string | null;
  position: number | null;
}

/** A malformed operator string; the message names the factor, its position and what was expected. */
export class OperatorStringError extends Error {
  readonly detail: OperatorStringErrorDetail;

  constructor(message: string, detail: OperatorStringErrorDetail) {
    super(message);
    this.name = "OperatorStringError";
    this.detail = detail;
  }
}

export interface ParsedOperator {
  operator: ComplexMatrix;
  /** Sites (sorted) where the operator differs from a multiple of the identity. */
  support: number[];
}

/**
 * Parses a product of site factors, e.g. `sp0 sm1`, `X0*X1` or `cdag0 c1`, into an operator on
 * nSites sites. Factors are separated by whitespace or `*` and multiplied in written order:
 * `I` (identity), `X<k>`, `Y<k>`, `Z<k>` (Pauli matrices), `sp<k>` (σ⁺ = |0⟩⟨1|), `sm<k>` (σ⁻ = |1⟩⟨0|),
 * `n<k>` ((1 + σz)/2), and the Jordan-Wigner fermions `c<k>` = (∏_{j<k} σz_j) σ⁻_k and `cdag<k>` = c_k†
 * (DESIGN.md), with k a site index.
 *
 * Every factor is a product of single-site matrices, and matrices on different sites commute, so the
 * operator is the Kronecker product over sites of each site's matrices multiplied in written order.
 *
 * Support: the sites (modes) the operator acts on, i.e. whose ordered product is not a multiple of the
 * identity when the Jordan-Wigner σz strings are left out. A fermion operator acts on its modes, not on
 * the modes its string passes: `c1` has support [1], `cdag0 c2` has [0, 2], `cdag1 c1` = n1 has [1].
 * The local master equation keeps a Hamiltonian term for a bath only when this support lies inside the
 * bath's sites, so a lead coupled through `c1` sees h_1 n_1 alone (the string commutes with it).
 */
export function parseOperatorString(text: string, nSites: number): ParsedOperator {
  assertSiteCount(nSites);
  const perSite: ComplexMatrix[] = [];
  for (let site = 0; site < nSites; site++) perSite.push(PAULI_I);
  // The same products without the Jordan-Wigner strings, for the support.
  const perMode: ComplexMatrix[] = [...perSite];
  let factorCount = 0;
  for (const match of text.matchAll(SEPARATED_FACTORS)) {
    factorCount++;
    const factor = match[0];
    const position = (match.index ?? 0) + 1;
    const parts = FACTOR_PATTERN.exec(factor);
    if (parts === null) {
      throw new OperatorStringError(
        `unknown factor "${factor}" at position ${position} in "${text}"; expected one of ${EXPECTED_FACTORS}`,
        { text, factor, position },
      );
    }
    const [, name, index] = parts;
    if (name === undefined) continue;
    const site = Number(index);
    if (site >= nSites) {
      throw new OperatorStringError(
        `site ${site} out of range (the system has ${nSites} sites) in factor "${factor}" at position ${position} in "${text}"`,
        { text, factor, position },
      );
    }
    if (name === "c" || name === "cdag") {
      const factors = annihilationFactors(site, nSites);
      if (name === "cdag") factors[site] = SIGMA_PLUS;
      for (let j = 0; j <= site; j++) perSite[j] = multiply2x2(perSite[j], factors[j]);
      perMode[site] = multiply2x2(perMode[site], factors[site]);
    } else {
      perSite[site] = multiply2x2(perSite[site], SINGLE_SITE_FACTORS[name]);
      perMode[site] = multiply2x2(perMode[site], SINGLE_SITE_FACTORS[name]);
    }
  }
  if (factorCount === 0) {
    throw new OperatorStringError(
      `empty operator string "${text}"; expected a product of factors from ${EXPECTED_FACTORS}, e.g. "X0 X1"`,
      { text, factor: null, position: null },
    );
  }
  const support: number[] = [];
  for (let site = 0; site < nSites; site++) if (!isMultipleOfIdentity(perMode[site])) support.push(site);
  return { operator: kronAll(perSite), support };
}

function multiply2x2(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const out = new Float64Array(8);
  const x = a.data;
  const y = b.data;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      let re = 0;
      let im = 0;
      for (let k = 0; k < 2; k++) {
        const xr = x[2 * (2 * i + k)];
        const xi = x[2 * (2 * i + k) + 1];
        const yr = y[2 * (2 * k + j)];
        const yi = y[2 * (2 * k + j) + 1];
        re += xr * yr - xi * yi;
        im += xr * yi + xi * yr;
      }
      out[2 * (2 * i + j)] = re;
      out[2 * (2 * i + j) + 1] = im;
    }
  }
  return new ComplexMatrix(2, 2, out);
}

/** Site products are exact (entries 0, ±1, ±i), so exact comparison is safe here. */
function isMultipleOfIdentity(m: ComplexMatrix): boolean {
  const d = m.data;
  return d[2] === 0 && d[3] === 0 && d[4] === 0 && d[5] === 0 && d[0] === d[6] && d[1] === d[7];
}
