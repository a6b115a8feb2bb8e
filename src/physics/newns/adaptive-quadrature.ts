/**
 * Globally adaptive Gauss-Kronrod (G7/K15) quadrature of a vector-valued integrand on [a, b] with given
 * break points (places where the integrand has a kink, a jump or a narrow peak). The interval with the
 * largest error estimate is bisected until the summed error estimate of every component is below
 * `absoluteTolerance` (QUADPACK's qag strategy, Piessens et al. 1983, with the K15 − G7 difference as
 * error estimate).
 */

// Kronrod nodes on [−1, 1] (non-negative half) and weights, rounded to double precision; the Gauss-7
// weights belong to the odd nodes.
const KRONROD_NODES = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911,
  0.4058451513773972, 0.20778495500789848, 0,
];
const KRONROD_WEIGHTS = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679,
  0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
const GAUSS_WEIGHTS = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

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
