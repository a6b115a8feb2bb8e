import type { FigureResult } from "../plugins/figure.js";
import type { PropertyStatus } from "../plugins/property.js";

/**
 * The machine-readable result of `qmebench run` (written as reports/out/results.json and rendered by
 * src/report). Plain JSON: no class instances, matrices as {re, im} nested arrays.
 */
export interface RunResults {
  tool: { name: "qmebench"; version: string };
  startedAt: string;
  durationSeconds: number;
  engines: { id: string; title: string; description: string }[];
  properties: { id: string; title: string; source: string }[];
  cases: CaseResults[];
  summary: {
    pass: number;
    fail: number;
    expectedFail: number;
    /** Property × engine × scenario combinations planned that do not apply (listed with their reasons). */
    notApplicable: number;
    error: number;
    /** Failures that the case does not declare as expected: these make `run` exit non-zero. */
    unexpectedFailures: number;
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
  /** Figures of the papers reproduced from the suite's numbers (src/figures). */
  figures: FigureResults[];
}

export interface FigureResults extends FigureResult {
  id: string;
  title: string;
  source: string;
  description: string;
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
  /** The reason given in the case for an expected failure. */
  expectedReason?: string;
  value?: number;
  bound?: number;
  tolerance?: number;
  message: string;
  details?: unknown;
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
