/** What a site is: a spin-1/2, a fermionic mode (Jordan-Wigner, DESIGN.md) or a truncated bosonic mode. */
export const SITE_KINDS = ["spin", "fermion", "boson"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export interface Site {
  name: string;
  kind: SiteKind;
  /** Local dimension: 2 for spins and fermionic modes, the number of Fock levels |0⟩ … |levels − 1⟩ for bosons. */
  levels: number;
}

/**
 * Largest Hilbert-space dimension a case may describe (2^24): basis indices stay exact small integers,
 * and nothing about the space itself is allocated. Whether an engine can treat such a space is the
 * engine's own limit (its `supports`).
 */
export const MAX_HILBERT_DIMENSION = 2 ** 24;

/**
 * The tensor-product space of a list of sites, site 0 the leftmost Kronecker factor (DESIGN.md): the basis
 * state with local indices (k_0, …, k_{N−1}) has the index Σ_s k_s·stride_s with stride_s = Π_{t>s} d_t.
 */
export class SiteSpace {
  readonly sites: readonly Site[];
  readonly dims: readonly number[];
  readonly strides: readonly number[];
  readonly dimension: number;

  constructor(sites: readonly Site[]) {
    if (sites.length === 0)
      throw new RangeError("invalid argument. A space needs at least one site. Value: 0.");
    let dimension = 1;
    for (const site of sites) {
      if (!Number.isInteger(site.levels) || site.levels < 1) {
        throw new RangeError(
          `invalid argument. Site ${site.name} must have a whole number of levels ≥ 1. Value: ${site.levels}.`,
        );
      }
      if ((site.kind === "spin" || site.kind === "fermion") && site.levels !== 2) {
        throw new RangeError(`invalid argument. A ${site.kind} site has 2 levels. Value: ${site.levels}.`);
      }
      dimension *= site.levels;
    }
    if (dimension > MAX_HILBERT_DIMENSION) {
      throw new RangeError(
        `invalid argument. Hilbert-space dimension must be at most ${MAX_HILBERT_DIMENSION}. Value: ${dimension}.`,
      );
    }
    const strides = new Array<number>(sites.length);
    let stride = 1;
    for (let s = sites.length - 1; s >= 0; s--) {
      strides[s] = stride;
      stride *= sites[s].levels;
    }
    this.sites = sites;
    this.dims = sites.map((site) => site.levels);
    this.strides = strides;
    this.dimension = dimension;
  }

  get size(): number {
    return this.sites.length;
  }

  /** The local index of site s in basis state `state`. */
  localIndex(state: number, s: number): number {
    return Math.floor(state / this.strides[s]) % this.dims[s];
  }

  /** Whether every site has two levels (spins and fermionic modes): Pauli strings span the operators. */
  get isQubitSpace(): boolean {
    return this.dims.every((d) => d === 2);
  }

  /** The spaces are the same (same kinds and levels in the same order). */
  equals(other: SiteSpace): boolean {
    return (
      this === other ||
      (this.size === other.size &&
        this.sites.every(
          (site, s) => site.kind === other.sites[s].kind && site.levels === other.sites[s].levels,
        ))
    );
  }

  /**
   * Offsets Σ_{t ∉ sites} k_t·stride_t of every configuration of the sites not listed, in ascending
   * order: the basis states are offset(k on `sites`) + these offsets.
   */
  complementOffsets(sites: readonly number[]): Int32Array {
    const others: number[] = [];
    for (let s = 0; s < this.size; s++) if (!sites.includes(s)) others.push(s);
    return this.offsetsOf(others);
  }

  /**
   * Offsets Σ_{t ∈ sites} k_t·stride_t of every configuration of the listed sites, the first listed site
   * slowest (a mixed-radix counter over the local indices).
   */
  offsetsOf(sites: readonly number[]): Int32Array {
    let count = 1;
    for (const s of sites) count *= this.dims[s];
    const offsets = new Int32Array(count);
    const digits = new Array<number>(sites.length).fill(0);
    let offset = 0;
    for (let index = 0; index < count; index++) {
      offsets[index] = offset;
      for (let j = sites.length - 1; j >= 0; j--) {
        const s = sites[j];
        digits[j]++;
        offset += this.strides[s];
        if (digits[j] < this.dims[s]) break;
        offset -= this.dims[s] * this.strides[s];
        digits[j] = 0;
      }
    }
    return offsets;
  }
}
