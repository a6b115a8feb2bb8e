import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/package-root.js";

const POINTS = 20_001;
const REPEATS = 5;

/**
 * Whole-process throughput of `qmebench sweep flipflop-qubits --engine global-lindblad --vary dT=0:2:20001 --csv`
 * (node start-up, case loading, every steady state, observables, currents and the CSV output): the
 * median and the best of five runs (machines shared with other work vary by ±20% from run to run). The target is ≥ 50× QuTiP 4.7 `steadystate` (≈ 230 steady states/s), i.e. ≥ 11,500/s.
 */
export async function measureSweepThroughput(): Promise<void> {
  const cli = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js");
  const args = [
    cli,
    "sweep",
    "flipflop-qubits",
    "--engine",
    "global-lindblad",
    "--vary",
    `dT=0:2:${POINTS}`,
    "--csv",
  ];
  const seconds: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (run.status !== 0) throw new Error(`sweep failed (${run.status}): ${run.stderr}`);
    const rows = run.stdout.trim().split("\n").length - 1;
    if (rows !== POINTS) throw new Error(`sweep printed ${rows} rows, expected ${POINTS}`);
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[(REPEATS - 1) / 2];
  console.log(
    `${"sweep flipflop-qubits global-lindblad 20001 pts (process)".padEnd(52)} ${(POINTS / median).toFixed(0).padStart(10)} steady states/s  (median ${median.toFixed(2)} s, best ${seconds[0].toFixed(2)} s of ${REPEATS})`,
  );
}
