import { type ComplexMatrix, multiply } from "../linalg/complex-matrix.js";
import {
  annihilation,
  bosonNumber,
  creation,
  isMultipleOfIdentity,
  pauliX,
  pauliY,
  pauliZ,
  quadratureP,
  quadratureX,
  sigmaMinus,
  sigmaPlus,
  twoLevelOccupation,
} from "./local-factors.js";
import { Operator, type ProductTerm } from "./operator.js";
import type { SiteKind, SiteSpace } from "./site-space.js";

/** The factors each kind of site accepts, as written in operator strings (followed by the site index). */
export const FACTORS_BY_KIND: Readonly<Record<SiteKind, readonly string[]>> = {
  spin: ["X", "Y", "Z", "sp", "sm", "n"],
  fermion: ["c", "cdag", "n", "X", "Y", "Z", "sp", "sm"],
  boson: ["a", "adag", "n", "x", "p"],
};

const FACTOR_PATTERN = /^(?:I|([A-Za-z]+)(\d+))$/;
const SEPARATED_FACTORS = /[^\s*]+/g;

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

/** The matrix of a non-fermionic factor on a site with `levels` states, or undefined if unknown. */
function localFactor(name: string, kind: SiteKind, levels: number): ComplexMatrix | undefined {
  if (kind === "boson") {
    switch (name) {
      case "a":
        return annihilation(levels);
      case "adag":
        return creation(levels);
      case "n":
        return bosonNumber(levels);
      case "x":
        return quadratureX(levels);
      case "p":
        return quadratureP(levels);
    }
    return undefined;
  }
  switch (name) {
    case "X":
      return pauliX();
    case "Y":
      return pauliY();
    case "Z":
      return pauliZ();
    case "sp":
      return sigmaPlus();
    case "sm":
      return sigmaMinus();
    case "n":
      return twoLevelOccupation();
  }
  return undefined;
}

/**
 * Parses a product of site factors, e.g. `sp0 sm1`, `X0*X1`, `cdag0 c1` or `adag1 a1`, into an operator
 * on the space. Factors are separated by whitespace or `*` and multiplied in written order; `I` is the
 * identity. Which factors a site accepts depends on its kind (FACTORS_BY_KIND):
 * - spins (and the Jordan-Wigner qubit of a fermionic mode): `X<k>`, `Y<k>`, `Z<k>` (Pauli matrices),
 *   `sp<k>` (σ⁺ = |0⟩⟨1|), `sm<k>` (σ⁻ = |1⟩⟨0|), `n<k>` ((1 + σz)/2);
 * - fermionic modes: `c<k>` = (∏_{j<k} σz_j) σ⁻_k with the string over the fermionic sites before k,
 *   `cdag<k>` = c_k†, `n<k>` = c_k†c_k (DESIGN.md);
 * - bosonic modes with L levels: `a<k>` (a|m⟩ = √m|m−1⟩), `adag<k>`, `n<k>` = a†a, `x<k>` = (a + a†)/√2,
 *   `p<k>` = i(a† − a)/√2.
 *
 * Support: the modes the operator acts on, i.e. whose ordered product is not a multiple of the identity
 * when the Jordan-Wigner strings are left out: `c1` has support [1], `cdag0 c2` has [0, 2], `cdag1 c1` = n1
 * has [1]. The local master equation keeps a Hamiltonian term for a bath only when this support lies
 * inside the bath's sites.
 */
export function parseOperatorString(text: string, space: SiteSpace): Operator {
  const n = space.size;
  const perSite: (ComplexMatrix | undefined)[] = new Array(n).fill(undefined);
  // The same products without the Jordan-Wigner strings, for the support.
  const perMode: (ComplexMatrix | undefined)[] = new Array(n).fill(undefined);
  let factorCount = 0;
  const multiplyOnto = (list: (ComplexMatrix | undefined)[], site: number, factor: ComplexMatrix) => {
    list[site] = list[site] ? multiply(list[site]!, factor) : factor;
  };
  for (const match of text.matchAll(SEPARATED_FACTORS)) {
    factorCount++;
    const factor = match[0];
    const position = (match.index ?? 0) + 1;
    const parts = FACTOR_PATTERN.exec(factor);
    const fail = (why: string): never => {
      throw new OperatorStringError(`in "${text}": ${why}`, { text, factor, position });
    };
    if (parts === null) {
      fail(
        `unknown factor "${factor}" at position ${position}; expected I or a factor name followed by a site index, e.g. X0`,
      );
    }
    const [, name, index] = parts!;
    if (name === undefined) continue;
    const site = Number(index);
    if (site >= n) {
      fail(
        `site ${site} out of range (the system has ${n} sites) in factor "${factor}" at position ${position}`,
      );
    }
    const { kind, levels } = space.sites[site];
    if (!FACTORS_BY_KIND[kind].includes(name)) {
      fail(
        `factor "${factor}" at position ${position} does not act on site ${site}, a ${kind}${kind === "boson" ? ` with ${levels} levels` : ""}; ` +
          `its factors are ${FACTORS_BY_KIND[kind].map((f) => `${f}${site}`).join(", ")}`,
      );
    }
    if (name === "c" || name === "cdag") {
      const mode = name === "c" ? sigmaMinus() : sigmaPlus();
      for (let j = 0; j < site; j++)
        if (space.sites[j].kind === "fermion") multiplyOnto(perSite, j, pauliZ());
      multiplyOnto(perSite, site, mode);
      multiplyOnto(perMode, site, mode);
    } else {
      const matrix = localFactor(name, kind, levels)!;
      multiplyOnto(perSite, site, matrix);
      multiplyOnto(perMode, site, matrix);
    }
  }
  if (factorCount === 0) {
    throw new OperatorStringError(
      `empty operator string "${text}"; expected a product of factors such as "X0 X1"`,
      { text, factor: null, position: null },
    );
  }
  const sites: number[] = [];
  const factors: ComplexMatrix[] = [];
  let [re, im] = [1, 0];
  perSite.forEach((matrix, site) => {
    if (!matrix) return;
    if (isMultipleOfIdentity(matrix)) {
      [re, im] = [re * matrix.data[0] - im * matrix.data[1], re * matrix.data[1] + im * matrix.data[0]];
      return;
    }
    sites.push(site);
    factors.push(matrix);
  });
  const support: number[] = [];
  perMode.forEach((matrix, site) => {
    if (matrix && !isMultipleOfIdentity(matrix)) support.push(site);
  });
  return new Operator(space, [{ re, im, sites, factors } satisfies ProductTerm], support, text.trim());
}
