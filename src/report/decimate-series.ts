/**
 * Thins a long series for drawing while keeping its shape: the points are split into
 * ⌊maxPoints/3⌋ consecutive buckets and each bucket keeps its smallest and largest y (in their
 * original order), so peaks survive. A bucket containing a missing value (null or NaN) also keeps
 * one null, so the drawn line still breaks there. The result has at most `maxPoints` points; series
 * with at most `maxPoints` points are returned unchanged (copied).
 */
export function decimateSeries(
  x: readonly number[],
  y: readonly (number | null)[],
  maxPoints: number,
): { x: number[]; y: (number | null)[] } {
  if (x.length !== y.length) {
    throw new RangeError(
      `invalid argument. A series needs as many x as y values. Value: ${x.length} and ${y.length}.`,
    );
  }
  if (!Number.isInteger(maxPoints) || maxPoints < 3) {
    throw new RangeError(`invalid argument. maxPoints must be an integer ≥ 3. Value: ${maxPoints}.`);
  }
  const n = x.length;
  if (n <= maxPoints) return { x: [...x], y: [...y] };
  const bucketCount = Math.floor(maxPoints / 3);
  const keptX: number[] = [];
  const keptY: (number | null)[] = [];
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const start = Math.floor((bucket * n) / bucketCount);
    const end = Math.floor(((bucket + 1) * n) / bucketCount);
    let minIndex = -1;
    let maxIndex = -1;
    let nullIndex = -1;
    for (let i = start; i < end; i++) {
      const value = y[i];
      if (value === null || !Number.isFinite(value)) {
        if (nullIndex < 0) nullIndex = i;
        continue;
      }
      if (minIndex < 0 || value < (y[minIndex] as number)) minIndex = i;
      if (maxIndex < 0 || value > (y[maxIndex] as number)) maxIndex = i;
    }
    const kept = [...new Set([minIndex, maxIndex, nullIndex])].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of kept) {
      keptX.push(x[i]);
      keptY.push(i === nullIndex ? null : y[i]);
    }
  }
  return { x: keptX, y: keptY };
}
