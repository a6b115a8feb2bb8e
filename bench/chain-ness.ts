import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { writeFileAtomic } from "../src/atomic-write.js";
import { PACKAGE_ROOT } from "../src/package-root.js";

const ENGINES = ["global-lindblad", "local-lindblad", "redfield", "weak-coupling-limit", "perturbative"];
const SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** A point slower than this ends the engine's row (the next size would take several times longer). */
const ROW_BUDGET_SECONDS = 60;

interface ChainPoint {
  engine: string;
  N: number;
  seconds?: number;
  peakMegabytes?: number;
  method?: string;
  residual?: number;
  iterations?: number;
  unsupported?: string;
}

/**
 * NESS time and peak memory against the chain length N on the case tilted-ising-chain (paper 003's
 * tilted Ising chain, θ = π/4, λ = 0.01), for every engine with method auto, each point in its own
 * process, up to N = 12 or the engine's limit. Prints a table and writes reports/bench/chain-ness.json.
 * Targets on two cores: N = 6 under 1 s, N = 7 under 10 s, N = 8 under 60 s for global and local Lindblad
 * and the weak-coupling equation, under 4 GB at N = 8; the perturbative engine at N = 12 under 10 s.
 */
export function measureChainNess(): void {
  const script = join(PACKAGE_ROOT, "dist", "bench", "chain-ness-point.js");
  const points: ChainPoint[] = [];
  console.log("tilted-ising-chain NESS (method auto): engine, N, seconds, peak MB, method, residual");
  for (const engine of ENGINES) {
    for (const N of SIZES) {
      const run = spawnSync(process.execPath, [script, engine, String(N)], { encoding: "utf8" });
      if (run.status !== 0)
        throw new Error(`chain point ${engine} N=${N} failed (${run.status}): ${run.stderr}`);
      const point: ChainPoint = { engine, N, ...JSON.parse(run.stdout) };
      points.push(point);
      if (point.unsupported) {
        console.log(`  ${engine.padEnd(16)} N=${N}  refused: ${point.unsupported}`);
        break;
      }
      console.log(
        `  ${engine.padEnd(16)} N=${String(N).padEnd(2)} ${point.seconds!.toFixed(3).padStart(9)} s ` +
          `${point.peakMegabytes!.toFixed(0).padStart(6)} MB  ${point.method} ${point.residual!.toExponential(1)}`,
      );
      if (point.seconds! > ROW_BUDGET_SECONDS) break;
    }
  }
  const file = join(PACKAGE_ROOT, "reports", "bench", "chain-ness.json");
  writeFileAtomic(file, `${JSON.stringify({ case: "tilted-ising-chain", points }, null, 2)}\n`);
  console.log(`  written: ${relative(process.cwd(), file)}`);
}
