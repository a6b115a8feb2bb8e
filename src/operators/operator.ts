import { adjoint, ComplexMatrix, multiply } from "../linalg/complex-matrix.js";
import { isMultipleOfIdentity } from "./local-factors.js";
import type { SiteSpace } from "./site-space.js";

/**
 * coefficient · ⊗_{s ∈ sites} factor_s, with the identity on every other site: one product of local factors.
 * `sites` is ascending and holds only sites whose factor is not the identity. A term may instead carry one
 * `block`: a matrix on all its sites jointly (local index slowest on the first site), for operators that
 * are not products, such as the Bohr components of a coupling on a bath's sites.
 */
export interface ProductTerm {
  re: number;
  im: number;
  sites: readonly number[];
  factors: readonly ComplexMatrix[];
  block?: ComplexMatrix;
}

/**
 * Largest Hilbert-space dimension for which `dense()` builds the full matrix (4096: 256 MiB complex).
 * Engines that need more work with the symbolic form (multiplyLeftInto, multiplyRightInto, expectation).
 */
export const DENSE_OPERATOR_LIMIT = 4096;

/**
 * The action of one product term on basis indices: the non-zeros v of its restricted matrix R (on its
 * sites, coefficient included) at local row and column offsets, and the offsets of the other sites.
 * Element (rowOffset + r, colOffset + r) of the full operator is v for every r in `rest`.
 */
interface TermAction {
  rowOffsets: Int32Array;
  colOffsets: Int32Array;
  re: Float64Array;
  im: Float64Array;
  rest: Int32Array;
}

/**
 * An operator on a space of sites kept as a sum of products of local factors (symbolic): a Hamiltonian,
 * a coupling, a jump operator or an observable. Nothing of size n = dim H is stored; `multiplyLeftInto`
 * and `multiplyRightInto` act on n×m and m×n matrices at a cost of (non-zeros of the local factors) ×
 * n·m / (local dimension), and `dense()` builds the n×n matrix on request, up to DENSE_OPERATOR_LIMIT.
 * Immutable: the arithmetic returns new operators.
 */
export class Operator {
  readonly space: SiteSpace;
  readonly terms: readonly ProductTerm[];
  /**
   * The modes the operator acts on, sorted (the local master equation keeps a Hamiltonian term for a bath
   * when this lies inside the bath's sites): Jordan-Wigner strings do not count, so `c1` acts on [1].
   */
  readonly support: readonly number[];
  /** How the operator was written, e.g. `sp0 sm1` (for messages, reports and the problem description). */
  readonly label: string;
  private actions?: TermAction[];
  private denseMatrix?: ComplexMatrix;

  constructor(space: SiteSpace, terms: readonly ProductTerm[], support: readonly number[], label: string) {
    this.space = space;
    this.terms = terms;
    this.support = support;
    this.label = label;
  }

  get dimension(): number {
    return this.space.dimension;
  }

  /**
   * A matrix on a few sites jointly (D×D with D = Π_{s ∈ sites} d_s, the first listed site slowest) and the
   * identity elsewhere; its support is `support` (default: the sites).
   */
  static onSites(
    space: SiteSpace,
    sites: readonly number[],
    matrix: ComplexMatrix,
    label: string,
    support: readonly number[] = sites,
  ): Operator {
    const sorted = [...sites].sort((a, b) => a - b);
    if (sorted.some((s, k) => s !== sites[k])) {
      throw new RangeError(`invalid argument. Sites must be ascending. Value: [${sites.join(", ")}].`);
    }
    let size = 1;
    for (const s of sites) size *= space.dims[s];
    if (matrix.rows !== size || matrix.cols !== size) {
      throw new RangeError(
        `invalid argument. A matrix on sites [${sites.join(", ")}] must be ${size}x${size}. Value: ${matrix.rows}x${matrix.cols}.`,
      );
    }
    return new Operator(space, [{ re: 1, im: 0, sites, factors: [], block: matrix }], support, label);
  }

  /** c·1 on the space. */
  static identity(space: SiteSpace, re = 1, im = 0, label = "I"): Operator {
    return new Operator(space, [{ re, im, sites: [], factors: [] }], [], label);
  }

  static zero(space: SiteSpace): Operator {
    return new Operator(space, [], [], "0");
  }

  /** A single factor on one site (e.g. σz on site 2), support that site unless it is c·1. */
  static onSite(space: SiteSpace, site: number, factor: ComplexMatrix, label: string): Operator {
    if (factor.rows !== space.dims[site] || factor.cols !== space.dims[site]) {
      throw new RangeError(
        `invalid argument. A factor on site ${site} must be ${space.dims[site]}x${space.dims[site]}. Value: ${factor.rows}x${factor.cols}.`,
      );
    }
    return new Operator(space, [{ re: 1, im: 0, sites: [site], factors: [factor] }], [site], label);
  }

  /** Σ_k c_k O_k over operators on the same space; the support is the union. */
  static sum(
    space: SiteSpace,
    parts: readonly { re: number; im?: number; operator: Operator }[],
    label?: string,
  ): Operator {
    const terms: ProductTerm[] = [];
    const support = new Set<number>();
    for (const { re, im = 0, operator } of parts) {
      assertSameSpace(space, operator);
      if (re === 0 && im === 0) continue;
      for (const term of operator.terms) {
        terms.push({
          re: re * term.re - im * term.im,
          im: re * term.im + im * term.re,
          sites: term.sites,
          factors: term.factors,
          ...(term.block ? { block: term.block } : {}),
        });
      }
      for (const s of operator.support) support.add(s);
    }
    const text =
      label ??
      (parts.map(({ re, im = 0, operator }) => `${formatCoefficient(re, im)}${operator.label}`).join(" + ") ||
        "0");
    return new Operator(
      space,
      terms,
      [...support].sort((a, b) => a - b),
      text,
    );
  }

  scaled(re: number, im = 0): Operator {
    return Operator.sum(
      this.space,
      [{ re, im, operator: this }],
      `${formatCoefficient(re, im)}${this.label}`,
    );
  }

  plus(other: Operator): Operator {
    return Operator.sum(this.space, [
      { re: 1, operator: this },
      { re: 1, operator: other },
    ]);
  }

  /** O†: conjugated coefficients and adjoint factors. */
  adjoint(): Operator {
    return new Operator(
      this.space,
      this.terms.map((term) => ({
        re: term.re,
        im: -term.im,
        sites: term.sites,
        factors: term.factors.map((factor) => adjoint(factor)),
        ...(term.block ? { block: adjoint(term.block) } : {}),
      })),
      this.support,
      /[\s*+]/.test(this.label.trim()) ? `(${this.label})†` : `${this.label}†`,
    );
  }

  /** The product this·other, term by term (factors on shared sites multiplied; identities dropped). */
  times(other: Operator): Operator {
    assertSameSpace(this.space, other);
    const terms: ProductTerm[] = [];
    for (const a of this.terms) {
      for (const b of other.terms) terms.push(productOfTerms(this.space, a, b));
    }
    const support = [...new Set([...this.support, ...other.support])].sort((x, y) => x - y);
    return new Operator(this.space, terms, support, `${this.label} ${other.label}`);
  }

  /** The sites some term acts on (Jordan-Wigner strings included), sorted. */
  get actsOn(): number[] {
    const sites = new Set<number>();
    for (const term of this.terms) for (const s of term.sites) sites.add(s);
    return [...sites].sort((a, b) => a - b);
  }

  /**
   * out += (cr + i ci)·O·x for an n×m matrix x (acting on its row index). x and out must not overlap.
   */
  multiplyLeftInto(x: ComplexMatrix, out: ComplexMatrix, cr = 1, ci = 0): ComplexMatrix {
    const n = this.dimension;
    if (x.rows !== n || out.rows !== n || out.cols !== x.cols) {
      throw new RangeError(
        `invalid argument. multiplyLeftInto needs x with ${n} rows and out of the same shape. Value: ${x.rows}x${x.cols} and ${out.rows}x${out.cols}.`,
      );
    }
    const m = x.cols;
    const X = x.data;
    const Y = out.data;
    for (const action of this.termActions()) {
      const { rowOffsets, colOffsets, re, im, rest } = action;
      for (let z = 0; z < re.length; z++) {
        const vr = cr * re[z] - ci * im[z];
        const vi = cr * im[z] + ci * re[z];
        const p = rowOffsets[z];
        const q = colOffsets[z];
        for (let r = 0; r < rest.length; r++) {
          const to = 2 * (p + rest[r]) * m;
          const from = 2 * (q + rest[r]) * m;
          for (let j = 0; j < 2 * m; j += 2) {
            const xr = X[from + j];
            const xi = X[from + j + 1];
            Y[to + j] += vr * xr - vi * xi;
            Y[to + j + 1] += vr * xi + vi * xr;
          }
        }
      }
    }
    return out;
  }

  /**
   * Calls visit(row, col, re, im) for every stored non-zero of the matrix, term by term (an entry several
   * terms reach comes in several calls, whose sum it is): the sparse form, without building anything of
   * size n².
   */
  forEachEntry(visit: (row: number, col: number, re: number, im: number) => void): void {
    for (const { rowOffsets, colOffsets, re, im, rest } of this.termActions()) {
      for (let z = 0; z < re.length; z++) {
        for (let r = 0; r < rest.length; r++)
          visit(rowOffsets[z] + rest[r], colOffsets[z] + rest[r], re[z], im[z]);
      }
    }
  }

  /**
   * out += (cr + i ci)·x·O for an m×n matrix x (acting on its column index); with `adjoint`, x·O† instead.
   * x and out must not overlap.
   */
  multiplyRightInto(x: ComplexMatrix, out: ComplexMatrix, cr = 1, ci = 0, adjoint = false): ComplexMatrix {
    const n = this.dimension;
    if (x.cols !== n || out.cols !== n || out.rows !== x.rows) {
      throw new RangeError(
        `invalid argument. multiplyRightInto needs x with ${n} columns and out of the same shape. Value: ${x.rows}x${x.cols} and ${out.rows}x${out.cols}.`,
      );
    }
    const m = x.rows;
    const X = x.data;
    const Y = out.data;
    for (const action of this.termActions()) {
      const { rowOffsets, colOffsets, re, im, rest } = action;
      for (let z = 0; z < re.length; z++) {
        // x·O: column (q + r) gets O[p + r, q + r]·x[:, p + r]; x·O†: column (p + r) gets conj(O[p + r, q + r])·x[:, q + r]
        const sign = adjoint ? -1 : 1;
        const vr = cr * re[z] - ci * sign * im[z];
        const vi = cr * sign * im[z] + ci * re[z];
        const from = adjoint ? colOffsets[z] : rowOffsets[z];
        const to = adjoint ? rowOffsets[z] : colOffsets[z];
        for (let i = 0; i < m; i++) {
          const row = 2 * i * n;
          for (let r = 0; r < rest.length; r++) {
            const a = row + 2 * (from + rest[r]);
            const b = row + 2 * (to + rest[r]);
            const xr = X[a];
            const xi = X[a + 1];
            Y[b] += vr * xr - vi * xi;
            Y[b + 1] += vr * xi + vi * xr;
          }
        }
      }
    }
    return out;
  }

  /** Tr[O ρ] for an n×n matrix ρ, as [re, im]. */
  expectation(rho: ComplexMatrix): [number, number] {
    const n = this.dimension;
    if (rho.rows !== n || rho.cols !== n) {
      throw new RangeError(`invalid argument. ρ must be ${n}x${n}. Value: ${rho.rows}x${rho.cols}.`);
    }
    const R = rho.data;
    let sr = 0;
    let si = 0;
    for (const { rowOffsets, colOffsets, re, im, rest } of this.termActions()) {
      for (let z = 0; z < re.length; z++) {
        // Σ_r O[p + r, q + r] ρ[q + r, p + r]
        let ar = 0;
        let ai = 0;
        const p = rowOffsets[z];
        const q = colOffsets[z];
        for (let r = 0; r < rest.length; r++) {
          const k = 2 * ((q + rest[r]) * n + p + rest[r]);
          ar += R[k];
          ai += R[k + 1];
        }
        sr += re[z] * ar - im[z] * ai;
        si += re[z] * ai + im[z] * ar;
      }
    }
    return [sr, si];
  }

  /** The n×n matrix (memoised; a RangeError above DENSE_OPERATOR_LIMIT). */
  dense(): ComplexMatrix {
    if (this.denseMatrix) return this.denseMatrix;
    const n = this.dimension;
    if (n > DENSE_OPERATOR_LIMIT) {
      throw new RangeError(
        `invalid argument. A dense operator is built only up to dimension ${DENSE_OPERATOR_LIMIT} (${(16 * DENSE_OPERATOR_LIMIT ** 2) / 2 ** 20} MiB). Value: ${n}.`,
      );
    }
    const out = new ComplexMatrix(n, n);
    for (const { rowOffsets, colOffsets, re, im, rest } of this.termActions()) {
      for (let z = 0; z < re.length; z++) {
        for (let r = 0; r < rest.length; r++) {
          const k = 2 * ((rowOffsets[z] + rest[r]) * n + colOffsets[z] + rest[r]);
          out.data[k] += re[z];
          out.data[k + 1] += im[z];
        }
      }
    }
    this.denseMatrix = out;
    return out;
  }

  /**
   * The operator restricted to `sites` (a superset of `actsOn`, sorted): the D×D matrix R with
   * O = R ⊗ 1 on the other sites, D = Π_{s ∈ sites} d_s.
   */
  restrictedTo(sites: readonly number[]): ComplexMatrix {
    const acting = this.actsOn;
    if (acting.some((s) => !sites.includes(s))) {
      throw new RangeError(
        `invalid argument. Sites [${sites.join(", ")}] must contain the operator's sites [${acting.join(", ")}]. Value: ${this.label}.`,
      );
    }
    let size = 1;
    for (const s of sites) size *= this.space.dims[s];
    const out = new ComplexMatrix(size, size);
    for (const term of this.terms) {
      const block = termOnSites(this.space, term, sites);
      for (let k = 0; k < out.data.length; k++) out.data[k] += block.data[k];
    }
    return out;
  }

  /**
   * Whether O = O† to a relative 1e-12: exactly on the sites it acts on when they span at most 256 states,
   * otherwise from ⟨u|O v⟩ = ⟨O u|v⟩ on seeded random vectors (a non-Hermitian O fails that almost surely).
   */
  isHermitian(tolerance = 1e-12): boolean {
    const acting = this.actsOn;
    let size = 1;
    for (const s of acting) size *= this.space.dims[s];
    if (size <= 256) {
      const r = this.restrictedTo(acting);
      let worst = 0;
      let largest = 1;
      for (let i = 0; i < size; i++) {
        for (let j = i; j < size; j++) {
          const ij = 2 * (i * size + j);
          const ji = 2 * (j * size + i);
          worst = Math.max(worst, Math.hypot(r.data[ij] - r.data[ji], r.data[ij + 1] + r.data[ji + 1]));
          largest = Math.max(largest, Math.hypot(r.data[ij], r.data[ij + 1]));
        }
      }
      return worst <= tolerance * largest;
    }
    const n = this.dimension;
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648 - 0.5;
    };
    for (let probe = 0; probe < 2; probe++) {
      const u = new ComplexMatrix(n, 1);
      const v = new ComplexMatrix(n, 1);
      for (let k = 0; k < 2 * n; k++) {
        u.data[k] = random();
        v.data[k] = random();
      }
      const ov = this.multiplyLeftInto(v, new ComplexMatrix(n, 1));
      const ou = this.multiplyLeftInto(u, new ComplexMatrix(n, 1));
      // ⟨u|O v⟩ − conj(⟨v|O u⟩)
      let ar = 0;
      let ai = 0;
      let scale = 0;
      for (let k = 0; k < n; k++) {
        const [ur, ui, vr, vi] = [u.data[2 * k], u.data[2 * k + 1], v.data[2 * k], v.data[2 * k + 1]];
        const [pr, pi, qr, qi] = [ov.data[2 * k], ov.data[2 * k + 1], ou.data[2 * k], ou.data[2 * k + 1]];
        ar += ur * pr + ui * pi - (qr * vr + qi * vi);
        ai += ur * pi - ui * pr - (qr * vi - qi * vr);
        scale += Math.hypot(ur, ui) * Math.hypot(pr, pi) + Math.hypot(vr, vi) * Math.hypot(qr, qi);
      }
      if (Math.hypot(ar, ai) > tolerance * Math.max(scale, Number.MIN_VALUE) * 10) return false;
    }
    return true;
  }

  /**
   * An upper bound on the largest |⟨i|O|j⟩| (Σ over terms of |c| Π max|factor entries|): a scale for
   * tolerances that needs no dense matrix.
   */
  get entryBound(): number {
    let bound = 0;
    for (const term of this.terms) {
      let size = Math.hypot(term.re, term.im);
      for (const factor of term.factors) {
        let largest = 0;
        for (let k = 0; k < factor.data.length; k += 2) {
          largest = Math.max(largest, Math.hypot(factor.data[k], factor.data[k + 1]));
        }
        size *= largest;
      }
      bound += size;
    }
    return bound;
  }

  /** The compiled term actions, built on first use. */
  private termActions(): TermAction[] {
    this.actions ??= this.terms.map((term) => ({
      ...termEntries(this.space, term),
      rest: this.space.complementOffsets(term.sites),
    }));
    return this.actions;
  }
}

/** Non-zeros of a term's restricted matrix c·⊗ factors, at the offsets of their local indices. */
function termEntries(
  space: SiteSpace,
  term: ProductTerm,
): Pick<TermAction, "rowOffsets" | "colOffsets" | "re" | "im"> {
  if (term.block) {
    const offsets = space.offsetsOf(term.sites);
    const size = offsets.length;
    const rows: number[] = [];
    const cols: number[] = [];
    const re: number[] = [];
    const im: number[] = [];
    const d = term.block.data;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        const br = d[2 * (i * size + j)];
        const bi = d[2 * (i * size + j) + 1];
        if (br === 0 && bi === 0) continue;
        rows.push(offsets[i]);
        cols.push(offsets[j]);
        re.push(term.re * br - term.im * bi);
        im.push(term.re * bi + term.im * br);
      }
    }
    return {
      rowOffsets: Int32Array.from(rows),
      colOffsets: Int32Array.from(cols),
      re: Float64Array.from(re),
      im: Float64Array.from(im),
    };
  }
  let rows = [0];
  let cols = [0];
  let re = [term.re];
  let im = [term.im];
  term.sites.forEach((site, k) => {
    const factor = term.factors[k];
    const d = factor.rows;
    const stride = space.strides[site];
    const nextRows: number[] = [];
    const nextCols: number[] = [];
    const nextRe: number[] = [];
    const nextIm: number[] = [];
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) {
        const fr = factor.data[2 * (a * d + b)];
        const fi = factor.data[2 * (a * d + b) + 1];
        if (fr === 0 && fi === 0) continue;
        for (let z = 0; z < rows.length; z++) {
          nextRows.push(rows[z] + a * stride);
          nextCols.push(cols[z] + b * stride);
          nextRe.push(re[z] * fr - im[z] * fi);
          nextIm.push(re[z] * fi + im[z] * fr);
        }
      }
    }
    rows = nextRows;
    cols = nextCols;
    re = nextRe;
    im = nextIm;
  });
  return {
    rowOffsets: Int32Array.from(rows),
    colOffsets: Int32Array.from(cols),
    re: Float64Array.from(re),
    im: Float64Array.from(im),
  };
}

/** A term as a matrix on `sites` (a superset of its own sites): its entries, repeated over the extra sites. */
function termOnSites(space: SiteSpace, term: ProductTerm, sites: readonly number[]): ComplexMatrix {
  const offsets = space.offsetsOf(sites);
  const size = offsets.length;
  const local = new Map(Array.from(offsets, (offset, index) => [offset, index]));
  const out = new ComplexMatrix(size, size);
  const entries = termEntries(space, term);
  const free = space.offsetsOf(sites.filter((s) => !term.sites.includes(s)));
  for (let z = 0; z < entries.re.length; z++) {
    for (let f = 0; f < free.length; f++) {
      const row = local.get(entries.rowOffsets[z] + free[f])!;
      const col = local.get(entries.colOffsets[z] + free[f])!;
      out.data[2 * (row * size + col)] += entries.re[z];
      out.data[2 * (row * size + col) + 1] += entries.im[z];
    }
  }
  return out;
}

function productOfTerms(space: SiteSpace, a: ProductTerm, b: ProductTerm): ProductTerm {
  const sites = [...new Set([...a.sites, ...b.sites])].sort((x, y) => x - y);
  if (a.block || b.block) {
    // products involving a block become one block on the union of the sites
    const product = multiply(termOnSites(space, a, sites), termOnSites(space, b, sites));
    return { re: 1, im: 0, sites, factors: [], block: product };
  }
  const keptSites: number[] = [];
  const factors: ComplexMatrix[] = [];
  let re = a.re * b.re - a.im * b.im;
  let im = a.re * b.im + a.im * b.re;
  for (const site of sites) {
    const fa = a.factors[a.sites.indexOf(site)];
    const fb = b.factors[b.sites.indexOf(site)];
    const product = fa && fb ? multiply(fa, fb) : (fa ?? fb);
    if (isMultipleOfIdentity(product)) {
      // c·1 on this site: fold c into the coefficient
      const [cr, ci] = [product.data[0], product.data[1]];
      [re, im] = [re * cr - im * ci, re * ci + im * cr];
      continue;
    }
    keptSites.push(site);
    factors.push(product);
  }
  return { re, im, sites: keptSites, factors };
}

function assertSameSpace(space: SiteSpace, operator: Operator): void {
  if (!space.equals(operator.space)) {
    throw new RangeError(`invalid argument. Operators must act on the same sites. Value: ${operator.label}.`);
  }
}

/** `2·`, `(0.5+1i)·`, or nothing for a coefficient of 1. */
function formatCoefficient(re: number, im: number): string {
  if (im === 0) return re === 1 ? "" : re === -1 ? "−" : `${Number(re.toPrecision(6))}·`;
  return `(${Number(re.toPrecision(6))}${im >= 0 ? "+" : "-"}${Number(Math.abs(im).toPrecision(6))}i)·`;
}
