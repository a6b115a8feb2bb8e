/**
 * Series that a plot draws on top of each other: at every x they share, their y values differ by less
 * than a fraction of the plotted y range, so only the last drawn would be seen without markers. The
 * report says so under the chart.
 */

export interface PlottedSeries {
  name: string;
  x: readonly number[];
  y: readonly (number | null)[];
}

/** Closer than this fraction of the y range counts as on top of each other (about 1 px on a 260 px plot). */
export const COINCIDENCE_TOLERANCE = 0.005;

function plotted(value: number | null | undefined, logarithmic: boolean): number | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  if (!logarithmic) return value;
  return value > 0 ? Math.log10(value) : undefined;
}

/**
 * Groups (of two or more names, in series order) of series that coincide at two or more shared x
 * values and nowhere differ by more than `tolerance` times the y range of all series, measured on
 * the drawn (logarithmic when `logY`) scale. Coincidence is taken transitively.
 */
export function coincidentSeries(
  series: readonly PlottedSeries[],
  logY = false,
  tolerance = COINCIDENCE_TOLERANCE,
): string[][] {
  const points = series.map((s) => {
    const byX = new Map<number, number>();
    s.x.forEach((x, i) => {
      const y = plotted(s.y[i], logY);
      if (Number.isFinite(x) && y !== undefined) byX.set(x, y);
    });
    return byX;
  });
  const all = points.flatMap((p) => [...p.values()]);
  if (all.length === 0) return [];
  const range = Math.max(...all) - Math.min(...all);
  const limit = tolerance * (range > 0 ? range : Math.max(1, Math.abs(all[0])));
  // Union-find over the series indices.
  const parent = series.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let a = 0; a < series.length; a++) {
    for (let b = a + 1; b < series.length; b++) {
      let shared = 0;
      let close = true;
      for (const [x, ya] of points[a]) {
        const yb = points[b].get(x);
        if (yb === undefined) continue;
        shared++;
        if (Math.abs(ya - yb) > limit) {
          close = false;
          break;
        }
      }
      if (close && shared >= 2) parent[root(b)] = root(a);
    }
  }
  const groups = new Map<number, string[]>();
  series.forEach((s, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), s.name]));
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The sentence under a chart naming the groups of coinciding series, or undefined when there are none. */
export function coincidenceNote(groups: readonly string[][]): string | undefined {
  if (groups.length === 0) return undefined;
  const list = (names: readonly string[]) =>
    names.length === 2
      ? `${names[0]} and ${names[1]}`
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const percent = `${COINCIDENCE_TOLERANCE * 100} %`;
  return `Drawn on top of each other (within ${percent} of the y range): ${groups.map(list).join("; ")}; the staggered markers tell them apart.`;
}
