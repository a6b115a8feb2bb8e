import { InputError } from "../input-error.js";
import { ComplexMatrix, kronAll } from "../linalg/complex-matrix.js";
import type { SiteKind, SiteSpace } from "../operators/site-space.js";

const S = Math.SQRT1_2;

/** Spin kets in the site basis (state 0 = spin up), as [re0, im0, re1, im1]. */
const SPIN_KETS = new Map<string, readonly number[]>([
  ["up", [1, 0, 0, 0]],
  ["down", [0, 0, 1, 0]],
  ["x+", [S, 0, S, 0]],
  ["x-", [S, 0, -S, 0]],
  ["y+", [S, 0, 0, S]],
  ["y-", [S, 0, 0, -S]],
]);

/** Fermionic modes: occupied is Jordan-Wigner spin up (state 0), empty is state 1 (DESIGN.md). */
const FERMION_KETS = new Map<string, readonly number[]>([
  ["empty", [0, 0, 1, 0]],
  ["full", [1, 0, 0, 0]],
]);

/** Two-qubit Bell kets over |00⟩, |01⟩, |10⟩, |11⟩ (real amplitudes). */
const BELL_KETS = new Map<string, readonly number[]>([
  ["phi+", [S, 0, 0, S]],
  ["phi-", [S, 0, 0, -S]],
  ["psi+", [0, S, S, 0]],
  ["psi-", [0, S, -S, 0]],
]);

/** The single-site states each kind of site accepts, as written after `--initial`. */
export const SITE_STATES: Readonly<Record<SiteKind, readonly string[]>> = {
  spin: [...SPIN_KETS.keys()],
  fermion: [...FERMION_KETS.keys()],
  boson: ["fock:n", "coherent:α", "thermal:n̄"],
};

/** The named states, as a list for messages. */
export const NAMED_STATES_TEXT =
  "comma-separated single-site states, one per site (spin: " +
  `${SITE_STATES.spin.join(", ")}; fermion: ${SITE_STATES.fermion.join(", ")}; boson: ${SITE_STATES.boson.join(", ")}) ` +
  `or a Bell state of two qubits (${[...BELL_KETS.keys()].join(", ")})`;

/**
 * Largest probability a bosonic state may lose to the truncation of its mode (the weight of the Fock
 * states |levels⟩, |levels + 1⟩, … it would have): beyond it the case keeps too few levels for the state.
 */
export const TRUNCATION_TOLERANCE = 1e-6;

/** |ψ⟩⟨ψ| of amplitudes [re, im] per basis state. */
function projector(amplitudes: readonly (readonly number[])[]): ComplexMatrix {
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

/** A ket [re0, im0, re1, im1, …] as amplitude pairs. */
const pairsOf = (ket: readonly number[]) =>
  Array.from({ length: ket.length / 2 }, (_, k) => [ket[2 * k], ket[2 * k + 1]]);

/** `1+0.5i`, `-2i`, `i`, `3` as [re, im]; undefined when it is not a complex number. */
export function parseComplex(text: string): [number, number] | undefined {
  const t = text.replace(/\s+/g, "");
  if (t === "") return undefined;
  if (!t.endsWith("i")) {
    const re = Number(t);
    return Number.isFinite(re) ? [re, 0] : undefined;
  }
  const body = t.slice(0, -1);
  // the sign that starts the imaginary part: the last + or − not at the start and not in an exponent
  let split = -1;
  for (let k = body.length - 1; k > 0; k--) {
    if ((body[k] === "+" || body[k] === "-") && !/[eE]/.test(body[k - 1])) {
      split = k;
      break;
    }
  }
  const realText = split < 0 ? "" : body.slice(0, split);
  const imaginaryText = split < 0 ? body : body.slice(split);
  const re = realText === "" ? 0 : Number(realText);
  const im = /^[+-]?$/.test(imaginaryText) ? (imaginaryText === "-" ? -1 : 1) : Number(imaginaryText);
  return Number.isFinite(re) && Number.isFinite(im) ? [re, im] : undefined;
}

/**
 * The density matrix of a bosonic mode with `levels` Fock states: `fock:n` (|n⟩), `coherent:α`
 * (|α⟩ = e^{−|α|²/2} Σ αᵏ/√k! |k⟩), `thermal:n̄` (p_k = n̄ᵏ/(1 + n̄)^{k+1}); undefined for another word.
 * A state that loses more than TRUNCATION_TOLERANCE of its weight to the truncation is refused.
 */
function bosonState(
  token: string,
  levels: number,
  fail: (expected: string) => never,
): ComplexMatrix | undefined {
  const [kind, argument] = token.split(/:(.*)/s, 2);
  if (argument === undefined) return undefined;
  const truncated = (kept: number, what: string) => {
    if (1 - kept > TRUNCATION_TOLERANCE) {
      fail(
        `a state that fits into the mode's ${levels} levels (${what} leaves a weight ${(1 - kept).toExponential(2)} above them, more than ${TRUNCATION_TOLERANCE})`,
      );
    }
  };
  if (kind === "fock") {
    const n = Number(argument);
    if (!Number.isInteger(n) || n < 0 || n >= levels) fail(`fock:n with a whole number 0 ≤ n < ${levels}`);
    const amplitudes = Array.from({ length: levels }, (_, k) => [k === n ? 1 : 0, 0]);
    return projector(amplitudes);
  }
  if (kind === "coherent") {
    const alpha = parseComplex(argument);
    if (!alpha) fail("coherent:α with a complex number α such as 1, -0.5i or 1+0.5i");
    const [ar, ai] = alpha!;
    // c_k = e^{−|α|²/2} α^k / √k!, by the recurrence c_k = c_{k−1} α/√k
    const amplitudes: number[][] = [[Math.exp(-(ar * ar + ai * ai) / 2), 0]];
    for (let k = 1; k < levels; k++) {
      const [cr, ci] = amplitudes[k - 1];
      const root = Math.sqrt(k);
      amplitudes.push([(cr * ar - ci * ai) / root, (cr * ai + ci * ar) / root]);
    }
    const kept = amplitudes.reduce((sum, [re, im]) => sum + re * re + im * im, 0);
    truncated(kept, `coherent:${argument}`);
    return projector(amplitudes.map(([re, im]) => [re / Math.sqrt(kept), im / Math.sqrt(kept)]));
  }
  if (kind === "thermal") {
    const mean = Number(argument);
    if (!Number.isFinite(mean) || mean < 0) fail("thermal:n̄ with a mean occupation n̄ ≥ 0");
    const ratio = mean / (1 + mean);
    const weights = Array.from({ length: levels }, (_, k) => ratio ** k / (1 + mean));
    const kept = weights.reduce((a, b) => a + b, 0);
    truncated(kept, `thermal:${argument}`);
    return ComplexMatrix.diagonal(weights.map((w) => w / kept));
  }
  return undefined;
}

/**
 * An initial density matrix from its name: a product of single-site states separated by commas, one per
 * site, by the site's kind (`up,down`, `x+,x+` for spins; `empty`, `full` for fermionic modes; `fock:2`,
 * `coherent:1+0.5i`, `thermal:0.3` for bosonic modes), or a Bell state of two two-level sites (`phi+`,
 * `phi-`, `psi+`, `psi-`). Anything else is an InputError naming `where` and the valid choices.
 */
export function parseInitialState(text: string, space: SiteSpace, where = "--initial"): ComplexMatrix {
  const name = text.trim();
  const bell = BELL_KETS.get(name);
  if (bell) {
    if (space.size !== 2 || !space.isQubitSpace) {
      throw new InputError({
        file: where,
        path: "",
        expected: `a state of these ${space.size} site(s): Bell states need exactly 2 two-level sites; ${NAMED_STATES_TEXT}`,
        got: JSON.stringify(name),
      });
    }
    return projector(bell.map((amplitude) => [amplitude, 0]));
  }
  const tokens = name.split(",").map((s) => s.trim());
  if (tokens.length !== space.size) {
    throw new InputError({
      file: where,
      path: "",
      expected: `${space.size} site state(s) (${space.sites.map((site) => `${site.name}: ${site.kind}`).join(", ")}): ${NAMED_STATES_TEXT}`,
      got: `${tokens.length} in ${JSON.stringify(name)}`,
    });
  }
  const factors = tokens.map((token, s) => {
    const { kind, levels, name: siteName } = space.sites[s];
    const fail = (expected: string): never => {
      throw new InputError({
        file: where,
        path: `site ${s} (${siteName}, a ${kind}${kind === "boson" ? ` with ${levels} levels` : ""})`,
        expected,
        got: JSON.stringify(token),
      });
    };
    const ket =
      kind === "spin" ? SPIN_KETS.get(token) : kind === "fermion" ? FERMION_KETS.get(token) : undefined;
    if (ket) return projector(pairsOf(ket));
    const state = kind === "boson" ? bosonState(token, levels, fail) : undefined;
    return state ?? fail(`a ${kind} state: one of ${SITE_STATES[kind].join(", ")}`);
  });
  return kronAll(factors);
}
