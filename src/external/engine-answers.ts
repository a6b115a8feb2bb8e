import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { BathCurrents, Evolution, MarkovianGenerator, SteadyStateResult } from "../plugins/engine.js";
import { TripletSuperoperator } from "../superoperators/triplet-superoperator.js";
import { ExternalEngineError } from "./external-engine-error.js";

/**
 * How far an answered state may be from Hermitian with unit trace (relative to its largest element):
 * more than round-off, much less than any physics.
 */
const STATE_TOLERANCE = 1e-8;

/** What an answer should have been, for the message: `engine x on case y: steadyState.rho: expected …, got …`. */
function wrong(what: string, field: string, expected: string, got: unknown): never {
  const shown = JSON.stringify(got) ?? String(got);
  throw new ExternalEngineError(
    `${what} answered a wrong value: ${field}: expected ${expected}, got ${shown.length > 120 ? `${shown.slice(0, 117)}...` : shown}`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown, what: string, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) wrong(what, field, "a finite number", value);
  return value;
}

/** An n×n matrix `{ re, im }` of finite numbers. */
function matrixAnswer(value: unknown, n: number, what: string, field: string): ComplexMatrix {
  if (!isRecord(value)) wrong(what, field, `an ${n}×${n} matrix { re, im }`, value);
  const matrix = new ComplexMatrix(n, n);
  for (const [part, offset] of [
    ["re", 0],
    ["im", 1],
  ] as const) {
    const rows = value[part];
    if (
      !Array.isArray(rows) ||
      rows.length !== n ||
      !rows.every((row) => Array.isArray(row) && row.length === n)
    ) {
      wrong(what, `${field}.${part}`, `${n} rows of ${n} numbers`, rows);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        matrix.data[2 * (i * n + j) + offset] = finiteNumber(
          rows[i][j],
          what,
          `${field}.${part}[${i}][${j}]`,
        );
      }
    }
  }
  return matrix;
}

/** A density matrix: n×n, Hermitian and of unit trace within STATE_TOLERANCE (positivity is the properties' job). */
function stateAnswer(value: unknown, n: number, what: string, field: string): ComplexMatrix {
  const rho = matrixAnswer(value, n, what, field);
  let largest = 0;
  let asymmetry = 0;
  let traceRe = 0;
  let traceIm = 0;
  for (let i = 0; i < n; i++) {
    traceRe += rho.re(i, i);
    traceIm += rho.im(i, i);
    for (let j = 0; j < n; j++) {
      largest = Math.max(largest, Math.hypot(rho.re(i, j), rho.im(i, j)));
      asymmetry = Math.max(asymmetry, Math.hypot(rho.re(i, j) - rho.re(j, i), rho.im(i, j) + rho.im(j, i)));
    }
  }
  const scale = Math.max(1, largest);
  if (Math.hypot(traceRe - 1, traceIm) > STATE_TOLERANCE * scale) {
    wrong(
      what,
      field,
      `a state of trace 1 (within ${STATE_TOLERANCE})`,
      `a matrix of trace ${traceRe} + ${traceIm}i`,
    );
  }
  if (asymmetry > STATE_TOLERANCE * scale) {
    wrong(
      what,
      field,
      `a Hermitian matrix (within ${STATE_TOLERANCE})`,
      `a matrix with |ρ − ρ†| up to ${asymmetry}`,
    );
  }
  return rho;
}

/** `{ bath: { energy, particle, heat } }` for exactly the problem's baths. */
export function currentsAnswer(
  value: unknown,
  problem: Problem,
  what: string,
  field: string,
): Record<string, BathCurrents> {
  const names = problem.baths.map((bath) => bath.name);
  if (!isRecord(value)) wrong(what, field, `currents of the baths ${names.join(", ")}`, value);
  const extra = Object.keys(value).find((name) => !names.includes(name));
  if (extra !== undefined) wrong(what, `${field}.${extra}`, `one of the baths ${names.join(", ")}`, extra);
  const currents: Record<string, BathCurrents> = {};
  for (const name of names) {
    const bath = value[name];
    if (!isRecord(bath)) wrong(what, `${field}.${name}`, "{ energy, particle, heat }", bath);
    currents[name] = {
      energy: finiteNumber(bath.energy, what, `${field}.${name}.energy`),
      particle: finiteNumber(bath.particle, what, `${field}.${name}.particle`),
      heat: finiteNumber(bath.heat, what, `${field}.${name}.heat`),
    };
  }
  return currents;
}

/**
 * A steady state: `rho` (a state, or null when the kernel is degenerate and no initial state was given,
 * with `dimension` > 1), `dimension`, `method`, `residual`, optional `warnings`, `conditionEstimate`,
 * `iterations`, and optionally the `currents` at that state.
 */
export function steadyStateAnswer(
  value: unknown,
  problem: Problem,
  what: string,
  initialStateGiven: boolean,
): SteadyStateResult & { currents?: Record<string, BathCurrents> } {
  if (!isRecord(value)) wrong(what, "result", "{ rho, dimension, method, residual }", value);
  const { dimension, method, residual, warnings = [], conditionEstimate, iterations } = value;
  if (!Number.isInteger(dimension) || (dimension as number) < 1) {
    wrong(what, "dimension", "the number of independent steady states (≥ 1)", dimension);
  }
  if (typeof method !== "string") wrong(what, "method", "the name of the method", method);
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === "string")) {
    wrong(what, "warnings", "a list of strings", warnings);
  }
  const rho =
    value.rho === null && (dimension as number) > 1 && !initialStateGiven
      ? null
      : stateAnswer(value.rho, problem.dimension, what, "rho");
  return {
    rho,
    dimension: dimension as number,
    method,
    residual: finiteNumber(residual, what, "residual"),
    warnings: warnings as string[],
    ...(conditionEstimate === undefined
      ? {}
      : { conditionEstimate: finiteNumber(conditionEstimate, what, "conditionEstimate") }),
    ...(iterations === undefined ? {} : { iterations: finiteNumber(iterations, what, "iterations") }),
    ...(value.currents === undefined || rho === null
      ? {}
      : { currents: currentsAnswer(value.currents, problem, what, "currents") }),
  };
}

/** A superoperator `{ rows, cols, re, im }` of non-zeros of its n²×n² matrix (column stacking). */
function tripletsAnswer(value: unknown, n: number, what: string, field: string): TripletSuperoperator {
  if (!isRecord(value)) wrong(what, field, "{ rows, cols, re, im }", value);
  const arrays = (["rows", "cols", "re", "im"] as const).map((key) => {
    const list = value[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === "number" && Number.isFinite(x))) {
      wrong(what, `${field}.${key}`, "a list of finite numbers", list);
    }
    return list as number[];
  });
  const [rows, cols, re, im] = arrays;
  const size = n * n;
  const isIndex = (k: number) => Number.isInteger(k) && k >= 0 && k < size;
  for (const [key, list] of [
    ["rows", rows],
    ["cols", cols],
  ] as const) {
    const bad = list.findIndex((k) => !isIndex(k));
    if (bad >= 0) wrong(what, `${field}.${key}[${bad}]`, `an index in [0, ${size})`, list[bad]);
  }
  if (!arrays.every((list) => list.length === rows.length)) {
    wrong(
      what,
      field,
      "rows, cols, re and im of one length",
      arrays.map((list) => list.length),
    );
  }
  return new TripletSuperoperator(
    n,
    Int32Array.from(rows),
    Int32Array.from(cols),
    Float64Array.from(re),
    Float64Array.from(im),
  );
}

/** `{ liouvillian, bathDissipators: { bath: … } }`, each a triplet superoperator. */
export function generatorAnswer(value: unknown, problem: Problem, what: string): MarkovianGenerator {
  if (!isRecord(value) || !isRecord(value.bathDissipators)) {
    wrong(what, "result", "{ liouvillian, bathDissipators }", value);
  }
  const n = problem.dimension;
  const given = value.bathDissipators as Record<string, unknown>;
  const names = problem.baths.map((bath) => bath.name);
  const extra = Object.keys(given).find((name) => !names.includes(name));
  if (extra !== undefined)
    wrong(what, `bathDissipators.${extra}`, `one of the baths ${names.join(", ")}`, extra);
  return {
    liouvillian: tripletsAnswer(value.liouvillian, n, what, "liouvillian"),
    bathDissipators: Object.fromEntries(
      names.map((name) => [name, tripletsAnswer(given[name], n, what, `bathDissipators.${name}`)]),
    ),
  };
}

/**
 * An evolution `{ states, method, errorEstimate?, steps?, warnings? }`: one n×n matrix per time, the
 * method's name, and its estimated largest error ‖ρ(t) − ρ_exact(t)‖_F. Without an estimate the error is
 * NaN (unknown, never a plausible number) and a warning says so.
 */
export function evolutionAnswer(value: unknown, n: number, count: number, what: string): Evolution {
  if (!isRecord(value)) wrong(what, "result", "{ states, method, errorEstimate }", value);
  const { states, method, errorEstimate, steps, warnings = [] } = value;
  if (!Array.isArray(states) || states.length !== count) {
    wrong(what, "states", `a list of ${count} matrices`, states);
  }
  if (typeof method !== "string") wrong(what, "method", "the name of the method", method);
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === "string")) {
    wrong(what, "warnings", "a list of strings", warnings);
  }
  const estimate =
    errorEstimate === undefined ? Number.NaN : finiteNumber(errorEstimate, what, "errorEstimate");
  return {
    states: states.map((state, k) => matrixAnswer(state, n, what, `states[${k}]`)),
    method,
    errorEstimate: estimate,
    ...(steps === undefined ? {} : { steps: finiteNumber(steps, what, "steps") }),
    warnings: [
      ...(warnings as string[]),
      ...(errorEstimate === undefined
        ? [`${what}: the engine gives no error estimate of its evolution`]
        : []),
    ],
  };
}
