import type { ObservedValues } from "../measures/trajectory-observables.js";
import type { ClaimOutcome, FigureClaim, FigureResult } from "../plugins/figure.js";
import type { PropertyStatus } from "../plugins/property.js";

/**
 * The machine-readable result of `qmebench run` (written as reports/out/results.json and rendered by
 * src/report). Plain JSON: no class instances, matrices as {re, im} nested arrays.
 */
export interface RunResults {
  tool: { name: "qmebench"; version: string };
  /** Where and with what the numbers were made (baselines record it too). */
  provenance: Provenance;
  /** The seed of the randomised checks (`--seed`). */
  seed: number;
  /** The run's plan: its fingerprint and size, and the shard this file holds if it is one. */
  plan: { fingerprint: string; units: number; shard?: { index: number; count: number } };
  /** A shard's unit results by position in the plan, for `qmebench merge` (absent in a whole run). */
  unitResults?: UnitResult[];
  startedAt: string;
  durationSeconds: number;
  engines: { id: string; title: string; description: string }[];
  properties: { id: string; title: string; source: string }[];
  cases: CaseResults[];
  summary: {
    pass: number;
    fail: number;
    /** Failures theory predicts, declared by the case (`outcome: fail`). */
    expectedFail: number;
    /** Measured refutations of a paper's claim, declared by the case (`outcome: refuted`). */
    refuted: number;
    /** Property × engine × scenario combinations planned that do not apply (listed with their reasons). */
    notApplicable: number;
    error: number;
    /** Failures that the case does not declare as expected: these make `run` exit non-zero. */
    unexpectedFailures: number;
    /** The verdicts on the figures' claims. */
    claims: Record<ClaimOutcome["verdict"], number>;
  };
}

export interface CaseResults {
  id: string;
  title: string;
  source: string;
  description: string;
  /** Resolved default parameters. */
  parameters: Record<string, number | string>;
  /** Named parameter points where the properties are checked (e.g. `equilibrium`, `biased`). */
  scenarios: ScenarioResults[];
  /** Sweeps run for plots: one series per engine and quantity. */
  sweeps: SweepResults[];
  /** Time evolutions the case declares (`trajectories`): one series per engine that evolves it. */
  trajectories: TrajectoryResults[];
  /** Figures of the papers reproduced from the suite's numbers (src/figures). */
  figures: FigureResults[];
}

export interface FigureResults extends Omit<FigureResult, "verdicts"> {
  id: string;
  title: string;
  source: string;
  description: string;
  /** Each claim of the paper about the figure with the verdict of the suite's numbers on it. */
  claims: (FigureClaim & Omit<ClaimOutcome, "claim">)[];
  /** Data that cannot show anything: a chart of zeros only, of missing values only, of a single point. */
  dataNotes: string[];
  /** Set when computing the figure failed: the message (the report shows it instead of the charts). */
  error?: string;
}

export interface ScenarioResults {
  name: string;
  description: string;
  /** The parameter overrides of the scenario. */
  overrides: Record<string, number | string>;
  engines: EngineScenarioResults[];
}

export interface EngineScenarioResults {
  engine: string;
  /** Present when the engine does not support the case: the reason. */
  unsupported?: string;
  /** Steady-state summary (same keys as `solve --json` observables), when computed. */
  observables?: Record<string, unknown>;
  warnings: string[];
  /** The properties that apply here, checked. */
  checks: CheckResult[];
  /** The properties planned here that do not apply to this engine or problem, with the reason. */
  notApplicable: { property: string; reason: string }[];
}

export interface CheckResult {
  property: string;
  status: PropertyStatus;
  /** True when the case declares that this engine is expected to fail this property here. */
  expectedFailure: boolean;
  /**
   * What the case declares: `fail`, a failure theory predicts (local Lindblad misses the Gibbs state), or
   * `refuted`, a measured refutation of the paper's claim that the property tests.
   */
  expectedOutcome?: "fail" | "refuted";
  /** The reason given in the case for an expected failure. */
  expectedReason?: string;
  value?: number;
  bound?: number;
  tolerance?: number;
  message: string;
  details?: unknown;
  /** Time the check took (not compared with baselines: it depends on the machine). */
  seconds?: number;
}

export interface SweepResults {
  name: string;
  description: string;
  /** Parameter varied along the x axis. */
  parameter: string;
  values: number[];
  /**
   * One entry per engine: quantity name → y values (null where the engine has no value at that point),
   * and the first failure of the series, if any, with its point.
   */
  series: { engine: string; quantities: Record<string, (number | null)[]>; failure?: string }[];
}

export interface TrajectoryResults {
  id: string;
  title: string;
  description: string;
  /** The initial state as the case writes it (the syntax of `evolve --initial`). */
  initial: string;
  /** The parameter overrides it is evolved at (the case's defaults otherwise). */
  overrides: Record<string, number | string>;
  times: number[];
  /** The observed operators as the case writes them, in order. */
  observables: string[];
  series: TrajectorySeries[];
}

/** One engine's evolution of a declared trajectory, as `evolve --json` reports it. */
export interface TrajectorySeries {
  engine: string;
  /** How ρ(t) was computed and its error estimate max_t ‖ρ(t) − ρ_exact(t)‖_F (absent after a failure). */
  evolution?: { method: string; errorEstimate: number; steps?: number };
  /** ⟨O⟩(t) by observable: numbers for a Hermitian O, {re, im} otherwise (empty after a failure). */
  observables: Record<string, ObservedValues>;
  /** What went wrong along the way (a state leaving the state space, with its eigenvalue and time). */
  warnings: string[];
  /** Why the engine has no trajectory, when it failed. */
  failure?: string;
}

/** The machine and software a run was made with. */
export interface Provenance {
  qmebench: string;
  node: string;
  platform: string;
  arch: string;
  /** The commit of the working directory's git checkout, when there is one. */
  gitCommit?: string;
}

/** What one unit of the plan produced (run-plan.ts), at its position. */
export type UnitResult =
  | { position: number; kind: "checks"; caseId: string; scenario: string; result: EngineScenarioResults }
  | {
      position: number;
      kind: "sweep";
      caseId: string;
      sweep: string;
      result: SweepResults["series"][number] | null;
    }
  | {
      position: number;
      kind: "trajectory";
      caseId: string;
      trajectory: string;
      result: TrajectorySeries | null;
    }
  | { position: number; kind: "figure"; caseId: string; figure: string; result: FigureResults };
