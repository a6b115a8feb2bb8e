/**
 * Least-squares fit of y = A·x^p on log-log axes: ln y = ln A + p ln x. Returns the exponent p, its
 * standard error √(s²/S_xx) with s² = Σ residual²/(n − 2), and the prefactor A = e^{ln A}.
 */
export interface PowerLawFit {
  exponent: number;
  stderr: number;
  prefactor: number;
}

export function fitPowerLaw(x: readonly number[], y: readonly number[]): PowerLawFit | null {
  const points = x
    .map((xi, i) => [Math.log(xi), Math.log(y[i])])
    .filter(([u, v]) => Number.isFinite(u) && Number.isFinite(v));
  const n = points.length;
  if (n < 2) return null;
  const meanU = points.reduce((s, [u]) => s + u, 0) / n;
  const meanV = points.reduce((s, [, v]) => s + v, 0) / n;
  const sxx = points.reduce((s, [u]) => s + (u - meanU) ** 2, 0);
  if (sxx === 0) return null;
  const exponent = points.reduce((s, [u, v]) => s + (u - meanU) * (v - meanV), 0) / sxx;
  const intercept = meanV - exponent * meanU;
  const residuals = points.reduce((s, [u, v]) => s + (v - intercept - exponent * u) ** 2, 0);
  const stderr = n > 2 ? Math.sqrt(residuals / (n - 2) / sxx) : Number.NaN;
  return { exponent, stderr, prefactor: Math.exp(intercept) };
}
