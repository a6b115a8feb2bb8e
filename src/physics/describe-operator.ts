import { type ComplexMatrix, frobeniusNorm, trace } from "../linalg/complex-matrix.js";
import type { SiteSpace } from "../operators/site-space.js";
import { assertSiteCount } from "./spin-operators.js";

/** Above this many sites the 8^N Pauli expansion is skipped for a short description. */
const PAULI_EXPANSION_SITES = 6;

export interface DescribeOperatorOptions {
  /** Most terms written out (the largest by |c_P|); the rest are counted. Default 8. */
  maxTerms?: number;
}

const PAULI_LETTERS = ["I", "X", "Y", "Z"];
/** Coefficients below this fraction of the largest one (or below 1e-12) are left out. */
const RELATIVE_CUTOFF = 1e-9;
const ABSOLUTE_CUTOFF = 1e-12;

/**
 * Writes an operator on nSites spins as a sum of Pauli strings, op = Σ_P c_P P with
 * c_P = Tr(P op)/2^N, e.g. `0.5·X0X1 + 0.5·Y0Y1 − 1·Z0` (identity written `I`, the zero operator `0`).
 * Terms are listed site by site from site 0 in the order X < Y < Z < I, so `X0X1` comes before `Z0`,
 * `Z0` before `Z1`, and the identity last. A Hermitian operator has
 * real coefficients; a complex one (non-Hermitian input) is written `(a+bi)`. Used to name conserved
 * quantities in warnings.
 *
 * Each Pauli string maps basis state k to phase·|k ⊕ flips⟩ (X and Y flip a bit), so each trace costs
 * 2^N operations and the whole expansion 8^N.
 */
export function describeOperator(
  op: ComplexMatrix,
  sites: number | SiteSpace,
  options: DescribeOperatorOptions = {},
): string {
  if (typeof sites !== "number" && (!sites.isQubitSpace || sites.size > PAULI_EXPANSION_SITES)) {
    const [re, im] = trace(op);
    return `an operator of Hilbert-Schmidt norm ${formatNumber(frobeniusNorm(op))} and trace ${formatSigned(re)}${Math.abs(im) > 1e-12 ? ` + ${formatNumber(im)}i` : ""}`;
  }
  const nSites = typeof sites === "number" ? sites : sites.size;
  assertSiteCount(nSites);
  const dimension = 2 ** nSites;
  if (op.rows !== dimension || op.cols !== dimension) {
    throw new RangeError(
      `invalid argument. Operator must be ${dimension}x${dimension} for ${nSites} sites. Value: ${op.rows}x${op.cols}.`,
    );
  }
  const maxTerms = options.maxTerms ?? 8;
  if (!Number.isInteger(maxTerms) || maxTerms < 1) {
    throw new RangeError(`invalid argument. maxTerms must be a positive integer. Value: ${maxTerms}.`);
  }

  const terms: { string: number; re: number; im: number }[] = [];
  let largest = 0;
  for (let string = 0; string < 4 ** nSites; string++) {
    const [re, im] = pauliCoefficient(op, string, nSites);
    const magnitude = Math.hypot(re, im);
    if (magnitude > largest) largest = magnitude;
    terms.push({ string, re, im });
  }
  const cutoff = Math.max(ABSOLUTE_CUTOFF, RELATIVE_CUTOFF * largest);
  const kept = terms.filter((t) => Math.hypot(t.re, t.im) > cutoff);
  if (kept.length === 0) return "0";
  const shown = kept
    .slice()
    .sort((x, y) => Math.hypot(y.re, y.im) - Math.hypot(x.re, x.im))
    .slice(0, maxTerms)
    .sort((x, y) => displayOrder(x.string, nSites) - displayOrder(y.string, nSites));

  let text = "";
  shown.forEach((term, index) => {
    const label = pauliLabel(term.string, nSites);
    if (Math.abs(term.im) <= cutoff) {
      const value = formatNumber(Math.abs(term.re));
      if (index === 0) text += `${term.re < 0 ? "−" : ""}${value}·${label}`;
      else text += ` ${term.re < 0 ? "−" : "+"} ${value}·${label}`;
    } else {
      const imaginary = `${formatNumber(Math.abs(term.im))}i`;
      const complex =
        Math.abs(term.re) <= cutoff
          ? `${term.im < 0 ? "−" : ""}${imaginary}`
          : `${formatSigned(term.re)}${term.im < 0 ? "−" : "+"}${imaginary}`;
      text += `${index === 0 ? "" : " + "}(${complex})·${label}`;
    }
  });
  const hidden = kept.length - shown.length;
  if (hidden > 0) text += ` + … (${hidden} more term${hidden === 1 ? "" : "s"})`;
  return text;
}

/**
 * c_P = Tr(P op)/2^N for the Pauli string with letter (string >> 2(N−1−s)) & 3 on site s. P|k⟩ equals
 * phase_k |k ⊕ flips⟩, so Tr(P op) = Σ_k ⟨k|P op|k⟩ = Σ_k P_{k, k⊕flips} op_{k⊕flips, k}.
 */
function pauliCoefficient(op: ComplexMatrix, string: number, nSites: number): [number, number] {
  const dimension = 2 ** nSites;
  let flips = 0;
  for (let s = 0; s < nSites; s++) {
    const letter = (string >> (2 * (nSites - 1 - s))) & 3;
    if (letter === 1 || letter === 2) flips |= 1 << (nSites - 1 - s);
  }
  let sumRe = 0;
  let sumIm = 0;
  for (let row = 0; row < dimension; row++) {
    const column = row ^ flips;
    // P_{row, column} = ∏_s p(letter_s, bit_s of row): I → 1, X → 1, Y → −i (bit 0) or i (bit 1), Z → ±1.
    let phaseRe = 1;
    let phaseIm = 0;
    for (let s = 0; s < nSites; s++) {
      const letter = (string >> (2 * (nSites - 1 - s))) & 3;
      const bit = (row >> (nSites - 1 - s)) & 1;
      if (letter === 3 && bit === 1) {
        phaseRe = -phaseRe;
        phaseIm = -phaseIm;
      } else if (letter === 2) {
        // multiply by −i (bit 0) or +i (bit 1)
        const sign = bit === 0 ? -1 : 1;
        const re = -sign * phaseIm;
        phaseIm = sign * phaseRe;
        phaseRe = re;
      }
    }
    const opRe = op.re(column, row);
    const opIm = op.im(column, row);
    sumRe += phaseRe * opRe - phaseIm * opIm;
    sumIm += phaseRe * opIm + phaseIm * opRe;
  }
  return [sumRe / dimension, sumIm / dimension];
}

/** Sort key of a Pauli string: letters site by site from site 0, ranked X < Y < Z < I. */
function displayOrder(string: number, nSites: number): number {
  let key = 0;
  for (let s = 0; s < nSites; s++) key = 4 * key + ((((string >> (2 * (nSites - 1 - s))) & 3) + 3) % 4);
  return key;
}

function pauliLabel(string: number, nSites: number): string {
  let label = "";
  for (let s = 0; s < nSites; s++) {
    const letter = (string >> (2 * (nSites - 1 - s))) & 3;
    if (letter !== 0) label += `${PAULI_LETTERS[letter]}${s}`;
  }
  return label === "" ? "I" : label;
}

/** Up to 6 significant digits, without trailing zeros. */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function formatSigned(value: number): string {
  return `${value < 0 ? "−" : ""}${formatNumber(Math.abs(value))}`;
}
