import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { openCase } from "../src/cases/open-case.js";
import { EngineConnection, PROTOCOL_VERSION } from "../src/external/engine-connection.js";
import { EngineProcess } from "../src/external/engine-process.js";
import { registerExternalEngines } from "../src/external/register-external-engines.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { describeProblem } from "../src/physics/problem-description.js";
import type { ExternalEngineSpec } from "../src/plugins/external-engine-spec.js";

const POINTS = 1000;
const ROUND_TRIPS = 2000;
const ADAPTER = join(PACKAGE_ROOT, "adapters", "qutip", "qmebench_qutip.py");

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

function spec(command: string[]): ExternalEngineSpec {
  return { command, cwd: PACKAGE_ROOT, timeoutSeconds: 120, origin: "bench" };
}

/** A python3 that imports QuTiP (Debian's python3-qutip), or undefined. */
function qutipPython(): string | undefined {
  return ["python3", "/usr/bin/python3"].find(
    (python) => spawnSync(python, ["-c", "import qutip"], { stdio: "ignore" }).status === 0,
  );
}

/**
 * The cost of engines in another process: the synchronous bridge's round trip (a Node fake engine that
 * answers at once, test/fixtures/fake-engine.mjs, with and without a problem description), the QuTiP
 * adapter's start-up (process and describe; then the first steady state, which imports QuTiP), its cost
 * per point of a 1000-point sweep of flipflop-qubits (supports, steady state and currents, as `sweep`
 * asks) next to the built-in engines, the same points as one JSON-RPC batch (the adapter's own cost), and
 * the whole `qmebench sweep --csv` process.
 */
export function measureExternalEngines(): void {
  const prepared = openCase("flipflop-qubits");
  const problem = prepared.problemAt({ dT: 0.5 });
  const description = JSON.stringify(describeProblem(problem));

  const fake = new EngineProcess(
    spec([process.execPath, join(PACKAGE_ROOT, "test", "fixtures", "fake-engine.mjs")]),
  );
  const connection = new EngineConnection(fake);
  connection.call("describe", { protocol: PROTOCOL_VERSION }, "fake");
  for (const [label, raw] of [
    ["describe (no problem)", undefined],
    [`supports (a ${description.length}-byte description)`, description],
  ] as const) {
    const started = process.hrtime.bigint();
    for (let k = 0; k < ROUND_TRIPS; k++) {
      connection.call(
        raw ? "supports" : "describe",
        { engine: "fake-depolarising", options: {} },
        "fake",
        raw,
      );
    }
    console.log(
      `${`bridge round trip, ${label}`.padEnd(52)} ${((seconds(started) / ROUND_TRIPS) * 1e6).toFixed(0).padStart(10)} µs/call`,
    );
  }
  fake.close();

  const python = qutipPython();
  if (!python) {
    console.log("QuTiP adapter: skipped (no python3 imports qutip; Debian: apt-get install python3-qutip)");
    return;
  }
  const registry = builtinEngineRegistry();
  let started = process.hrtime.bigint();
  registerExternalEngines(registry, [spec([python, ADAPTER])]);
  console.log(
    `${"QuTiP adapter start-up (process, describe)".padEnd(52)} ${(seconds(started) * 1e3).toFixed(0).padStart(10)} ms`,
  );
  started = process.hrtime.bigint();
  registry.engine("qutip-global-lindblad").steadyState!(problem, {});
  console.log(
    `${"QuTiP adapter first steady state (imports QuTiP)".padEnd(52)} ${(seconds(started) * 1e3).toFixed(0).padStart(10)} ms`,
  );

  const values = Array.from({ length: POINTS }, (_, k) => k / (POINTS - 1));
  for (const id of [
    "qutip-global-lindblad",
    "qutip-local-lindblad",
    "qutip-redfield",
    "global-lindblad",
    "redfield",
  ]) {
    const engine = registry.engine(id);
    started = process.hrtime.bigint();
    for (const dT of values) {
      const point = prepared.problemAt({ dT });
      const options = registry.optionsFor(engine, point);
      engine.supports(point, options);
      const rho = engine.steadyState!(point, options).rho!;
      engine.currents!(point, options, rho);
    }
    console.log(
      `${`sweep ${POINTS} pts, ${id}`.padEnd(52)} ${((seconds(started) / POINTS) * 1e3).toFixed(2).padStart(10)} ms/point`,
    );
  }

  // the adapter alone: one line holding every point's request (a JSON-RPC batch), one line of answers
  const adapter = new EngineProcess(spec([python, ADAPTER]));
  const batch = values.map((dT, k) => {
    const text = JSON.stringify(describeProblem(prepared.problemAt({ dT })));
    return `{"jsonrpc":"2.0","id":${k},"method":"steadyState","params":{"engine":"qutip-global-lindblad","options":{},"currents":true,"problem":${text}}}`;
  });
  adapter.request(`[${batch[0]}]`); // imports QuTiP
  started = process.hrtime.bigint();
  adapter.request(`[${batch.join(",")}]`);
  console.log(
    `${`batch of ${POINTS} steady states, qutip-global-lindblad`.padEnd(52)} ${((seconds(started) / POINTS) * 1e3).toFixed(2).padStart(10)} ms/point`,
  );
  adapter.close();

  const config = join(mkdtempSync(join(tmpdir(), "qmebench-bench-")), "qmebench.config.json");
  writeFileSync(config, JSON.stringify({ engines: [{ command: [python, ADAPTER] }] }));
  started = process.hrtime.bigint();
  const cli = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js");
  const run = spawnSync(
    process.execPath,
    [
      cli,
      "--config",
      config,
      "sweep",
      "flipflop-qubits",
      "--engine",
      "qutip-global-lindblad",
      "--vary",
      `dT=0:1:${POINTS}`,
      "--csv",
    ],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) throw new Error(`sweep failed (${run.status}): ${run.stderr}`);
  console.log(
    `${`qmebench sweep --csv, ${POINTS} pts, qutip-global-lindblad`.padEnd(52)} ${seconds(started).toFixed(2).padStart(10)} s (process)`,
  );
}
