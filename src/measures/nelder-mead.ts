export interface NelderMeadOptions {
  /** Edge length of the initial simplex around the start point. */
  initialStep: number;
  /** Stop when the simplex's values and coordinates all lie within this distance of the best vertex. */
  tolerance: number;
  maxEvaluations: number;
}

/**
 * Derivative-free minimisation of f: ℝⁿ → ℝ by the Nelder-Mead simplex method with the standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½; J. A. Nelder and R. Mead,
 * Comput. J. 7, 308 (1965)). Returns the best vertex found.
 */
export function nelderMeadMinimise(
  f: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions,
): { x: Float64Array; value: number; evaluations: number } {
  const n = start.length;
  const simplex: Float64Array[] = [];
  const values: number[] = [];
  for (let k = 0; k <= n; k++) {
    const vertex = Float64Array.from(start);
    if (k > 0) vertex[k - 1] += options.initialStep;
    simplex.push(vertex);
    values.push(f(vertex));
  }
  let evaluations = n + 1;
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const pointAlong = (scale: number) => {
    const worst = simplex[n];
    for (let i = 0; i < n; i++) trial[i] = centroid[i] + scale * (worst[i] - centroid[i]);
    evaluations++;
    return f(trial);
  };
  const replaceWorst = (value: number) => {
    simplex[n].set(trial);
    values[n] = value;
  };
  while (evaluations < options.maxEvaluations) {
    const order = values.map((_, k) => k).sort((p, q) => values[p] - values[q]);
    const sortedSimplex = order.map((k) => simplex[k]);
    const sortedValues = order.map((k) => values[k]);
    simplex.splice(0, n + 1, ...sortedSimplex);
    values.splice(0, n + 1, ...sortedValues);
    if (hasConverged(simplex, values, options.tolerance)) break;
    centroid.fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k][i] / n;
    const reflected = pointAlong(-1);
    if (reflected < values[0]) {
      const reflectedPoint = Float64Array.from(trial);
      const expanded = pointAlong(-2);
      if (expanded < reflected) replaceWorst(expanded);
      else {
        trial.set(reflectedPoint);
        replaceWorst(reflected);
      }
    } else if (reflected < values[n - 1]) {
      replaceWorst(reflected);
    } else {
      const contracted = reflected < values[n] ? pointAlong(-0.5) : pointAlong(0.5);
      if (contracted < Math.min(reflected, values[n])) replaceWorst(contracted);
      else {
        for (let k = 1; k <= n; k++) {
          for (let i = 0; i < n; i++) simplex[k][i] = simplex[0][i] + 0.5 * (simplex[k][i] - simplex[0][i]);
          values[k] = f(simplex[k]);
        }
        evaluations += n;
      }
    }
  }
  let best = 0;
  for (let k = 1; k <= n; k++) if (values[k] < values[best]) best = k;
  return { x: simplex[best], value: values[best], evaluations };
}

function hasConverged(simplex: Float64Array[], values: number[], tolerance: number): boolean {
  const n = simplex.length - 1;
  for (let k = 1; k <= n; k++) {
    if (Math.abs(values[k] - values[0]) > tolerance) return false;
    for (let i = 0; i < n; i++) if (Math.abs(simplex[k][i] - simplex[0][i]) > tolerance) return false;
  }
  return true;
}
