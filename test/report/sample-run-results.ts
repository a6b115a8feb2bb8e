import type { RunResults } from "../../src/runner/results.js";

/**
 * A small but realistic run for the report tests: the flip-flop qubits of paper 000 with two engines
 * that run and one that does not support the case, two scenarios, a passing, an unexpectedly failing,
 * an expectedly failing, a not-applicable and an erroring check, and a temperature-bias sweep with
 * three quantities in which the local engine has missing points, and a trajectory with a Hermitian and a
 * complex observable, two engines that evolve it and one that fails.
 */

/** The Bose function n(ω) = 1/(e^{ω/T} − 1) (DESIGN.md). */
function bose(omega: number, temperature: number): number {
  return 1 / Math.expm1(omega / temperature);
}

export const EXPECTED_FAILURE_REASON =
  "The local jump operators σ∓ at the bare frequency eps relax each qubit to its own Gibbs state, not the Gibbs state of H_S (000_47becd3a7196453b.txt Sec. III).";

export const UNSUPPORTED_REASON =
  "the Newns exact solution needs two fermionic modes; this case has spin sites";

export const TINY_TRACE_ERROR = 3.2e-13;

/** The evidence of the refuted claim of the sample figure. */
export const CLAIM_EVIDENCE = "fitted exponent −1.0004 ± 0.00001 against −1: off by 4e-4 > 1e-4";
export const SECOND_LAW_VALUE = -0.0123456;

/** A note and an error message of the sample figures, looked for in the rendered page. */
export const FIGURE_NOTE = "fitted exponent −1.0004 ± 0.002 (paper: −1)";
export const FIGURE_ERROR = "RangeError: no violation window found";

/** A warning and a failure of the sample trajectory's engines, looked for in the rendered page. */
export const TRAJECTORY_WARNING = "ρ(t) leaves the state space: smallest eigenvalue -1.20e-4 at t = 3.5";
export const TRAJECTORY_FAILURE = "RangeError: evolution=dense needs the n²×n² matrix of L";

export function sampleRunResults(): RunResults {
  const eps = 3;
  const V = 1;
  const gamma = 0.05;
  const TM = 1.1;
  const dT = Array.from({ length: 21 }, (_, i) => i * 0.1);
  const times = Array.from({ length: 41 }, (_, i) => i * 0.25);
  // A global-Lindblad-like heat current ∝ Γ ω (n̄(T1) − n̄(T2)) for the two normal-mode frequencies.
  const heat = (bias: number) =>
    [eps - V, eps + V].reduce(
      (sum, omega) => sum + (gamma * omega * (bose(omega, TM + bias / 2) - bose(omega, TM - bias / 2))) / 4,
      0,
    );
  const globalHeat = dT.map(heat);
  const localHeat = dT.map((bias, i) => (i === 7 ? Number.NaN : i === 8 ? null : 1.05 * heat(bias)));
  const entropyProduction = (j: (number | null)[]) =>
    j.map((value, i) => (value === null ? null : value * (1 / (TM - dT[i] / 2) - 1 / (TM + dT[i] / 2))));

  const rho = {
    re: [
      [0.02, 0, 0, 0],
      [0, 0.12, 0.03, 0],
      [0, 0.03, 0.12, 0],
      [0, 0, 0, 0.74],
    ],
    im: [
      [0, 0, 0, 0],
      [0, 0, -0.004, 0],
      [0, 0.004, 0, 0],
      [0, 0, 0, 0],
    ],
  };

  return {
    tool: { name: "qmebench", version: "0.1.0" },
    provenance: { qmebench: "0.1.0", node: "v20.19.0", platform: "linux", arch: "x64" },
    seed: 20261123,
    plan: { fingerprint: "0123456789abcdef", units: 6 },
    startedAt: "2025-11-23T01:15:42.123Z",
    durationSeconds: 3.4,
    engines: [
      {
        id: "global-lindblad",
        title: "Global Lindblad",
        description: "Secular Born-Markov master equation with jump operators between eigenstates of H_S.",
      },
      {
        id: "local-lindblad",
        title: "Local Lindblad",
        description: "Each bath acts on its own site with the bare-site jump operators.",
      },
      { id: "newns-exact", title: "Newns exact", description: "Exact steady state of two fermionic modes." },
    ],
    properties: [
      { id: "trace-preservation", title: "Trace preservation", source: "Tr L(ρ) = 0 for all ρ" },
      { id: "gibbs-state", title: "Gibbs state at equilibrium", source: "Detailed balance (KMS)" },
      { id: "second-law", title: "Second law (Spohn)", source: "001_a04d396bbf339a9e.txt eqs. (33)-(34)" },
      { id: "positivity", title: "Positive steady state", source: "ρ ≥ 0" },
    ],
    cases: [
      {
        id: "flipflop-qubits",
        title: "Flip-flop coupled qubits between two bosonic baths",
        source: "000_47becd3a7196453b.txt Sec. III, eqs. (21)-(22)",
        description: "Two qubits with an XY coupling, each coupled through σ⁻ to its own bosonic bath.",
        parameters: { eps, V, Gamma: gamma, TM, dT: 0, T1: TM, T2: TM, statistics: "boson" },
        scenarios: [
          {
            name: "equilibrium",
            description: "Both baths at TM.",
            overrides: { dT: 0 },
            engines: [
              {
                engine: "global-lindblad",
                observables: { sz: [-0.71, -0.71], purity: 0.57, concurrence: 0, entropy: 0.83 },
                warnings: [],
                checks: [
                  {
                    property: "trace-preservation",
                    status: "pass",
                    expectedFailure: false,
                    value: TINY_TRACE_ERROR,
                    bound: 0,
                    tolerance: 1e-10,
                    message: "max |Tr L(E_ij)| = 3.2e-13",
                  },
                  {
                    property: "gibbs-state",
                    status: "pass",
                    expectedFailure: false,
                    value: 2e-15,
                    tolerance: 1e-8,
                    message: "steady state equals the Gibbs state",
                  },
                ],
                notApplicable: [],
              },
              {
                engine: "local-lindblad",
                observables: { sz: [-0.72, -0.72], purity: 0.58, concurrence: 0, entropy: 0.81 },
                warnings: ["the kernel of the Liouvillian is ill-conditioned (condition estimate 3.1e9)"],
                checks: [
                  {
                    property: "trace-preservation",
                    status: "pass",
                    expectedFailure: false,
                    value: 1e-16,
                    bound: 0,
                    tolerance: 1e-10,
                    message: "max |Tr L(E_ij)| = 1e-16",
                  },
                  {
                    property: "gibbs-state",
                    status: "fail",
                    expectedFailure: true,
                    expectedReason: EXPECTED_FAILURE_REASON,
                    value: 0.0213,
                    tolerance: 1e-8,
                    message: "‖ρ_ss − ρ_Gibbs‖ = 0.0213",
                    details: { steadyState: rho },
                  },
                ],
                notApplicable: [],
              },
              {
                engine: "newns-exact",
                unsupported: UNSUPPORTED_REASON,
                warnings: [],
                checks: [],
                notApplicable: [],
              },
            ],
          },
          {
            name: "biased",
            description: "Hot left bath.",
            overrides: { dT: 1 },
            engines: [
              {
                engine: "global-lindblad",
                warnings: [],
                checks: [
                  {
                    property: "second-law",
                    status: "pass",
                    expectedFailure: false,
                    value: 0.00152,
                    bound: 0,
                    tolerance: 1e-12,
                    message: "σ = 1.52e-3 ≥ 0",
                  },
                ],
                notApplicable: [{ property: "gibbs-state", reason: "the baths are not at one temperature" }],
              },
              {
                engine: "local-lindblad",
                warnings: [],
                checks: [
                  {
                    property: "second-law",
                    status: "fail",
                    expectedFailure: false,
                    value: SECOND_LAW_VALUE,
                    bound: 0,
                    tolerance: 1e-12,
                    message: "entropy production σ = −0.0123 < 0",
                    details: {
                      T1: 1.6,
                      T2: 0.6,
                      currents: { left: { heat: 0.002 }, right: { heat: -0.0021 } },
                    },
                  },
                  {
                    property: "positivity",
                    status: "error",
                    expectedFailure: false,
                    message: "steady-state solver did not converge",
                  },
                ],
                notApplicable: [],
              },
              {
                engine: "newns-exact",
                unsupported: UNSUPPORTED_REASON,
                warnings: [],
                checks: [],
                notApplicable: [],
              },
            ],
          },
        ],
        sweeps: [
          {
            name: "temperature-bias",
            description: "Heat current, concurrence and entropy production against the temperature bias.",
            parameter: "dT",
            values: dT,
            series: [
              {
                engine: "global-lindblad",
                quantities: {
                  "currents.left.heat": globalHeat,
                  "observables.concurrence": dT.map((bias) => Math.max(0, 0.05 * bias - 0.02)),
                  entropyProduction: entropyProduction(globalHeat),
                },
              },
              {
                engine: "local-lindblad",
                quantities: {
                  "currents.left.heat": localHeat,
                  "observables.concurrence": dT.map((bias) => Math.max(0, 0.04 * bias - 0.02)),
                  entropyProduction: entropyProduction(localHeat),
                },
              },
            ],
          },
        ],
        trajectories: [
          {
            id: "excitation-hopping",
            title: "One excitation hops between the qubits and decays",
            description: "From |10⟩: ⟨n0⟩ = cos²(Vt) damped at the rate Γ.",
            initial: "up,down",
            overrides: { Gamma: 0.05 },
            times,
            observables: ["n0", "sp0 sm1"],
            series: [
              {
                engine: "global-lindblad",
                evolution: {
                  method: "dense exp(LΔt) (Padé, scaling and squaring), 1 distinct step(s)",
                  errorEstimate: 5.4e-14,
                  steps: 1,
                },
                observables: {
                  n0: times.map((t) => Math.exp(-gamma * t) * Math.cos(V * t) ** 2),
                  "sp0 sm1": {
                    re: times.map(() => 0),
                    im: times.map((t) => (Math.exp(-gamma * t) * Math.sin(2 * V * t)) / 2),
                  },
                },
                warnings: [],
              },
              {
                engine: "local-lindblad",
                evolution: { method: "krylov (Arnoldi, m ≤ 16, tolerance 1e-10)", errorEstimate: 3.1e-12 },
                observables: {
                  n0: times.map((t) => Math.exp(-1.1 * gamma * t) * Math.cos(V * t) ** 2),
                  "sp0 sm1": {
                    re: times.map(() => 0),
                    im: times.map((t) => (Math.exp(-1.1 * gamma * t) * Math.sin(2 * V * t)) / 2),
                  },
                },
                warnings: [TRAJECTORY_WARNING],
              },
              { engine: "redfield", observables: {}, warnings: [], failure: TRAJECTORY_FAILURE },
            ],
          },
        ],
        figures: [
          {
            id: "bell-against-temperature",
            title: "Bell value against temperature",
            source: "002_2a2ed7907f7a4e96.txt Fig. 1",
            description: "A figure with a line chart, a heat map, notes and a table.",
            charts: [
              {
                kind: "line",
                title: "B against T",
                xLabel: "T",
                yLabel: "B",
                series: [{ name: "global-lindblad", x: [0.1, 0.2, 0.3], y: [2.8, 2.5, null] }],
              },
              {
                kind: "heatmap",
                title: "A map",
                xLabel: "Γ",
                yLabel: "T_M",
                x: [1, 2],
                y: [1, 2],
                z: [
                  [0, 1],
                  [null, 2],
                ],
                colorLabel: "MLGI",
              },
            ],
            notes: [FIGURE_NOTE],
            table: { columns: ["engine", "exponent"], rows: [["global-lindblad", -1.0004]] },
            claims: [
              {
                id: "maximum-at-zero",
                source: "002_2a2ed7907f7a4e96.txt p. 3",
                statement: "B is largest at the lowest temperature",
                quantity: "temperature of the largest B",
                tolerance: "the first grid point",
                verdict: "confirmed",
                evidence: "largest B = 2.8 at T = 0.1, the first point",
              },
              {
                id: "exponent",
                source: "002_2a2ed7907f7a4e96.txt eq. (9)",
                statement: "the fitted exponent is −1",
                quantity: "exponent of the power-law fit",
                tolerance: "±1e-4",
                verdict: "refuted",
                evidence: CLAIM_EVIDENCE,
              },
            ],
            dataNotes: [],
          },
          {
            id: "broken-figure",
            title: "A figure that failed",
            source: "nowhere",
            description: "",
            charts: [],
            claims: [],
            dataNotes: [],
            error: FIGURE_ERROR,
          },
        ],
      },
    ],
    summary: {
      pass: 4,
      fail: 2,
      expectedFail: 1,
      refuted: 0,
      notApplicable: 1,
      error: 1,
      unexpectedFailures: 1,
      claims: { confirmed: 1, refuted: 1, inconclusive: 0 },
    },
  };
}
