import { formatNumber } from "../plugins/outcome.js";
import type { SolveResult } from "../runner/solve.js";

/** Human-readable summary of a solve result (the default output of `qmebench solve`). */
export function formatSolveResult(result: SolveResult): string {
  const lines = [`${result.case} with ${result.engine}`];
  const params = Object.entries(result.parameters)
    .map(([k, v]) => `${k}=${typeof v === "number" ? formatNumber(v) : v}`)
    .join(" ");
  lines.push(`parameters: ${params}`);
  lines.push(`steady-state kernel dimension: ${result.steadyState.dimension}`);
  if (result.steadyState.re && result.steadyState.im) {
    lines.push("steady state (site basis):");
    const { re, im } = result.steadyState;
    for (let i = 0; i < re.length; i++) {
      lines.push(
        `  ${re[i].map((x, j) => `${formatNumber(x).padStart(9)}${Math.abs(im[i][j]) > 1e-14 ? `${im[i][j] >= 0 ? "+" : "-"}${formatNumber(Math.abs(im[i][j]))}i` : ""}`).join("  ")}`,
      );
    }
  }
  if (result.observables) {
    lines.push("observables:");
    for (const [k, v] of Object.entries(result.observables)) {
      const text = Array.isArray(v)
        ? v.map((x) => formatNumber(x as number)).join(", ")
        : formatNumber(v as number);
      lines.push(`  ${k.padEnd(16)} ${text}`);
    }
  }
  if (result.currents) {
    lines.push("currents (positive from the bath into the system):");
    for (const [bath, c] of Object.entries(result.currents)) {
      lines.push(
        `  ${bath.padEnd(10)} energy ${formatNumber(c.energy)}  particle ${formatNumber(c.particle)}  heat ${formatNumber(c.heat)}`,
      );
    }
  }
  if (result.entropyProduction !== null)
    lines.push(`entropy production: ${formatNumber(result.entropyProduction)}`);
  return lines.join("\n");
}
