/**
 * Globally adaptive Gauss-Kronrod (G7/K15) quadrature of a vector-valued integrand on [a, b] with given
 * break points (places where the integrand has a kink, a jump or a narrow peak). The interval with the
 * largest error estimate is bisected until the summed error estimate of every component is below
 * `absoluteTolerance` (QUADPACK's qag strategy, Piessens et al. 1983, with the K15 − G7 difference as
 * error estimate).
 */

// Kronrod nodes on [−1, 1] (non-negative half) and weights; the Gauss-7 weights belong to the odd nodes.
const KRONROD_NODES = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
  0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.58608723546769113029414483825873, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const KRONROD_WEIGHTS = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204,
  0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const GAUSS_WEIGHTS = [
  0.129484966168869693270611432679082, 0.27970539148927666790146777142378,
  0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
];

/** Writes f(x) into out (length = number of components). */
export type VectorIntegrand = (x: number, out: Float64Array) => void;

export interface QuadratureOptions {
  absoluteTolerance: number;
  /** Upper bound on the number of intervals (a safeguard; the result then carries its error estimate). */
  maxIntervals?: number;
}

export interface QuadratureResult {
  values: Float64Array;
  /** Summed error estimate per component. */
  errors: Float64Array;
  evaluations: number;
}

interface Interval {
  a: number;
  b: number;
  values: Float64Array;
  errors: Float64Array;
  worst: number;
}

function kronrod(
  f: VectorIntegrand,
  a: number,
  b: number,
  components: number,
  scratch: Float64Array,
): Interval {
  const center = (a + b) / 2;
  const half = (b - a) / 2;
  const k = new Float64Array(components);
  const g = new Float64Array(components);
  f(center, scratch);
  for (let c = 0; c < components; c++) {
    k[c] = KRONROD_WEIGHTS[7] * scratch[c];
    g[c] = GAUSS_WEIGHTS[3] * scratch[c];
  }
  for (let i = 0; i < 7; i++) {
    const dx = half * KRONROD_NODES[i];
    const weight = KRONROD_WEIGHTS[i];
    const gaussWeight = i % 2 === 1 ? GAUSS_WEIGHTS[(i - 1) / 2] : 0;
    for (const x of [center - dx, center + dx]) {
      f(x, scratch);
      for (let c = 0; c < components; c++) {
        k[c] += weight * scratch[c];
        g[c] += gaussWeight * scratch[c];
      }
    }
  }
  const errors = new Float64Array(components);
  let worst = 0;
  for (let c = 0; c < components; c++) {
    k[c] *= half;
    errors[c] = Math.abs(k[c] - g[c] * half);
    worst = Math.max(worst, errors[c]);
  }
  return { a, b, values: k, errors, worst };
}

/** ∫_a^b f, splitting first at the break points inside (a, b). */
export function integrateAdaptive(
  f: VectorIntegrand,
  components: number,
  a: number,
  b: number,
  breakPoints: readonly number[],
  options: QuadratureOptions,
): QuadratureResult {
  const maxIntervals = options.maxIntervals ?? 2000;
  const cuts = [a, ...breakPoints.filter((x) => x > a && x < b).sort((x, y) => x - y), b];
  const scratch = new Float64Array(components);
  let rules = 0;
  const rule = (left: number, right: number) => {
    rules++;
    return kronrod(f, left, right, components, scratch);
  };
  const intervals: Interval[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1] > cuts[i]) intervals.push(rule(cuts[i], cuts[i + 1]));
  }
  const totalError = new Float64Array(components);
  const sumErrors = () => {
    totalError.fill(0);
    for (const interval of intervals)
      for (let c = 0; c < components; c++) totalError[c] += interval.errors[c];
    let worst = 0;
    for (let c = 0; c < components; c++) worst = Math.max(worst, totalError[c]);
    return worst;
  };
  while (sumErrors() > options.absoluteTolerance && intervals.length < maxIntervals) {
    let index = 0;
    for (let i = 1; i < intervals.length; i++) if (intervals[i].worst > intervals[index].worst) index = i;
    const { a: left, b: right } = intervals[index];
    const middle = (left + right) / 2;
    if (!(middle > left && middle < right)) break; // interval at machine resolution
    intervals[index] = rule(left, middle);
    intervals.push(rule(middle, right));
  }
  const values = new Float64Array(components);
  for (const interval of intervals) for (let c = 0; c < components; c++) values[c] += interval.values[c];
  return { values, errors: totalError.slice(), evaluations: rules * 15 };
}
