/** The interior maximum of a function of the bias, or why there is none. */
export type CriticalBias =
  | { found: true; bias: number; value: number }
  | { found: false; reason: string; bias: number; value: number };

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Critical nonequilibrium temperature difference (001_a04d396bbf339a9e.txt eq. (35)): the bias ΔT at which
 * a correlation measure (concurrence, I2, I3) is extremal at fixed mean temperature, (∂C/∂ΔT)_Tm = 0. The
 * paper assumes a unique extremum; here the largest of `points` evenly spaced samples in [from, to] brackets
 * the maximum and a golden-section search narrows the bracket to `tolerance`. When the largest sample is
 * an end point the derivative has no root inside the interval: `found` is false, with that end point.
 * A flat function (every sample equal, e.g. a measure that is 0 throughout) has no extremum either.
 */
export function criticalBias(
  measure: (bias: number) => number,
  range: { from: number; to: number; points?: number; tolerance?: number },
): CriticalBias {
  const { from, to } = range;
  const points = range.points ?? 41;
  const tolerance = range.tolerance ?? 1e-6 * Math.abs(to - from);
  if (!(to > from) || !Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`invalid argument. The bias range must satisfy from < to. Value: [${from}, ${to}].`);
  }
  if (!Number.isInteger(points) || points < 3) {
    throw new RangeError(`invalid argument. Number of points must be an integer ≥ 3. Value: ${points}.`);
  }
  const step = (to - from) / (points - 1);
  const samples = Array.from({ length: points }, (_, k) => measure(from + k * step));
  let best = 0;
  for (let k = 1; k < points; k++) if (samples[k] > samples[best]) best = k;
  if (samples.every((s) => s === samples[0])) {
    return { found: false, reason: "the measure is constant on the interval", bias: from, value: samples[0] };
  }
  if (best === 0 || best === points - 1) {
    return {
      found: false,
      reason: "the maximum lies at an end of the interval: no root of the derivative inside it",
      bias: from + best * step,
      value: samples[best],
    };
  }
  let low = from + (best - 1) * step;
  let high = from + (best + 1) * step;
  let left = high - GOLDEN * (high - low);
  let right = low + GOLDEN * (high - low);
  let leftValue = measure(left);
  let rightValue = measure(right);
  while (high - low > tolerance) {
    if (leftValue >= rightValue) {
      high = right;
      right = left;
      rightValue = leftValue;
      left = high - GOLDEN * (high - low);
      leftValue = measure(left);
    } else {
      low = left;
      left = right;
      leftValue = rightValue;
      right = low + GOLDEN * (high - low);
      rightValue = measure(right);
    }
  }
  const bias = (low + high) / 2;
  return { found: true, bias, value: measure(bias) };
}

/** A critical bias for a claim's evidence: its value, or why there is none inside the interval. */
export function describeCriticalBias(c: CriticalBias | undefined): string {
  if (!c) return "not searched";
  const bias = c.bias.toPrecision(3);
  return c.found ? bias : `none inside (${c.reason}; largest at ${bias})`;
}
