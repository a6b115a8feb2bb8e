/**
 * The external-engine bridge (src/external) against a fake engine program (test/fixtures/fake-engine.mjs):
 * a well-behaved engine is an engine like the built-in ones, and every way a program can misbehave —
 * crash, hang, garbage, a non-state, a wrong shape, a malformed describe — becomes an error naming the
 * engine (with its standard error's tail), never a crash of the caller or a plausible number.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinEngineRegistry } from "../../src/builtins/engines.js";
import { taskContext } from "../../src/builtins/task-context.js";
import { openCase } from "../../src/cases/open-case.js";
import { EngineConnection } from "../../src/external/engine-connection.js";
import { EngineProcess } from "../../src/external/engine-process.js";
import { ExternalEngineError } from "../../src/external/external-engine-error.js";
import { registerExternalEngines } from "../../src/external/register-external-engines.js";
import { ComplexMatrix, maxAbsDifference, trace } from "../../src/linalg/complex-matrix.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import type { ExternalEngineSpec } from "../../src/plugins/external-engine-spec.js";
import { applySuperoperator } from "../../src/superoperators/superoperator.js";
import { InputError } from "../../src/input-error.js";
import { SteadyStateError } from "../../src/solvers/steady-state-result.js";
import { solveProblem } from "../../src/runner/solve.js";
import { solveSweepChunk } from "../../src/runner/sweep-chunk.js";
import { checkProperty } from "../../src/runner/check-property.js";
import { propertyContextAt } from "../../src/runner/property-context.js";
import { checkSite } from "../../src/testing/check-site.js";
import steadyStatePositivity from "../../properties/steady-state-positivity.js";

const FAKE = join(PACKAGE_ROOT, "test", "fixtures", "fake-engine.mjs");
const flipflop = openCase("flipflop-qubits");
const problem = flipflop.problemAt({});

function spec(behaviour: string, timeoutSeconds = 20): ExternalEngineSpec {
  return {
    command: [process.execPath, FAKE, behaviour],
    cwd: PACKAGE_ROOT,
    timeoutSeconds,
    origin: `test: ${behaviour}`,
  };
}

function isRunning(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (blocking, a few ms at a time) until the process is gone or the time is up. */
function waitUntilGone(pid: number | undefined, ms: number): boolean {
  const end = Date.now() + ms;
  while (isRunning(pid) && Date.now() < end) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  return !isRunning(pid);
}

const opened: EngineProcess[] = [];
function connect(behaviour: string, timeoutSeconds?: number): EngineConnection {
  const process = new EngineProcess(spec(behaviour, timeoutSeconds));
  opened.push(process);
  return new EngineConnection(process);
}
afterAll(() => {
  for (const process of opened) process.close();
});

describe("a well-behaved external engine", () => {
  const registry = builtinEngineRegistry();
  registerExternalEngines(registry, [spec("good")]);
  const engine = registry.engine("fake-depolarising");
  const options = registry.optionsFor(engine, problem);

  it("is registered with the metadata its program describes, under the place it was configured", () => {
    expect(engine.traits).toEqual({ approximation: "secular", markovian: true, lindbladForm: true });
    expect(engine.options?.rate).toMatchObject({ type: "number", default: 1, minimum: 0 });
    expect(registry.originOf("engine", "fake-depolarising")).toBe("test: good");
    expect(options).toEqual({ rate: 1 });
    expect(() => registry.optionsFor(engine, problem, { rate: -1 })).toThrow(/rate.*≥ 0/);
  });

  it("answers with the state its program computes, checked and in the site basis", () => {
    const steady = engine.steadyState!(problem, options);
    expect(steady.dimension).toBe(1);
    expect(steady.method).toBe("fixture");
    const expected = ComplexMatrix.identity(4);
    expected.data.forEach((x, k) => (expected.data[k] = x / 4));
    expect(maxAbsDifference(steady.rho!, expected)).toBe(0);
    expect(engine.currents!(problem, options, steady.rho!)).toEqual({
      left: { energy: 0, particle: 0, heat: 0 },
      right: { energy: 0, particle: 0, heat: 0 },
    });
  });

  it("sends a generator whose kernel is its steady state and which preserves the trace", () => {
    const { liouvillian, bathDissipators } = engine.generator!(problem, { rate: 2 });
    const x = ComplexMatrix.from(
      [
        [0.3, 0.1, 0, 0.2],
        [0.4, 0.1, 0, 0],
        [0, 0, 0.5, 0.7],
        [0.2, 0, 0.1, 0.1],
      ],
      [
        [0, 0.1, 0, 0],
        [0, 0, 0.3, 0],
        [0.2, 0, 0, 0],
        [0, 0, 0, 0.1],
      ],
    );
    // κ(Tr X · 1/n − X): traceless image, fixed point 1/n
    const image = applySuperoperator(liouvillian, x);
    expect(Math.hypot(...trace(image))).toBeLessThan(1e-15);
    const [tr] = trace(x);
    expect(image.re(0, 0)).toBeCloseTo(2 * (tr / 4 - x.re(0, 0)), 14);
    expect(image.im(1, 2)).toBeCloseTo(-2 * x.im(1, 2), 14);
    expect(Object.keys(bathDissipators)).toEqual(["left", "right"]);
  });

  it("evolves, and runs through solve like a built-in engine", () => {
    const rho0 = ComplexMatrix.diagonal([1, 0, 0, 0]);
    const evolution = engine.evolve!(problem, options, rho0, [0.5, 1]);
    expect(evolution).toMatchObject({ method: "exact (depolarising)", errorEstimate: 0, warnings: [] });
    expect(evolution.states).toHaveLength(2);
    // e^{−κt} ρ0 + (1 − e^{−κt})/4 at κ = t = 1
    expect(evolution.states[1].re(0, 0)).toBeCloseTo(Math.exp(-1) + (1 - Math.exp(-1)) / 4, 15);
    expect(evolution.states[1].re(1, 1)).toBeCloseTo((1 - Math.exp(-1)) / 4, 15);
    const result = solveProblem(problem, engine, options);
    expect(result.engine).toBe("fake-depolarising");
    expect(result.observables?.purity).toBeCloseTo(0.25, 15); // the fixed point I/4: Tr ρ² = 4 · (1/4)²
    expect(result.entropyProduction).toBe(0);
  });

  it("declines a problem above its declared size without asking its program", () => {
    const chain = openCase("tilted-ising-chain").problemAt({ N: 7 });
    expect(engine.supports(chain, options)).toMatch(/dimension 128 exceeds the limit 64/);
  });

  it("turns a non-state, a wrong shape and a reported failure into errors naming the engine", () => {
    const nonState = registry.engine("fake-non-state");
    expect(() => nonState.steadyState!(problem, {})).toThrow(ExternalEngineError);
    expect(() => nonState.steadyState!(problem, {})).toThrow(
      /engine fake-non-state on case flipflop-qubits .*rho: expected a state of trace 1 .*trace 4/,
    );
    expect(() => registry.engine("fake-wrong-shape").steadyState!(problem, {})).toThrow(
      /fake-wrong-shape .*rho\.re: expected 4 rows of 4 numbers/,
    );
    expect(() => registry.engine("fake-no-steady-state").steadyState!(problem, {})).toThrow(SteadyStateError);
  });
});

describe("a misbehaving external engine", () => {
  it("that crashes: the call fails with its exit and standard error, the next call starts it again", () => {
    const connection = connect("crash");
    connection.call("describe", { protocol: 1 }, "fake");
    const call = () =>
      connection.call(
        "steadyState",
        { engine: "fake-crash", options: {} },
        "engine fake-crash",
        '{"dimension":4}',
      );
    expect(call).toThrow(
      /exited with code 3 before answering; its standard error ends: fake-crash: segmentation fault \(simulated\)/,
    );
    expect(connection.call("describe", { protocol: 1 }, "fake")).toMatchObject({ protocol: 1 }); // started again
    expect(call).toThrow(/exited with code 3/);
    expect(call).toThrow(/exited with code 3/);
    expect(call).toThrow(/not started again after 3 failures/);
  });

  it("that hangs: killed after the timeout, the call fails", () => {
    const connection = connect("hang", 0.3);
    connection.call("describe", { protocol: 1 }, "fake");
    const pid = connection.process.processId;
    expect(isRunning(pid)).toBe(true);
    expect(() =>
      connection.call(
        "steadyState",
        { engine: "fake-hang", options: {} },
        "engine fake-hang",
        '{"dimension":4}',
      ),
    ).toThrow(/no answer within 0.3 s; the engine process was killed/);
    expect(waitUntilGone(pid, 2000)).toBe(true);
  });

  it("that writes garbage: the call fails quoting it, the process is discarded", () => {
    const connection = connect("garbage");
    connection.call("describe", { protocol: 1 }, "fake");
    const pid = connection.process.processId;
    expect(() =>
      connection.call(
        "steadyState",
        { engine: "fake-garbage", options: {} },
        "engine fake-garbage",
        '{"dimension":4}',
      ),
    ).toThrow(/engine fake-garbage: answered steadyState with a line that is not JSON: .*NaN/);
    expect(waitUntilGone(pid, 2000)).toBe(true);
    expect(connection.call("describe", { protocol: 1 }, "fake")).toMatchObject({ protocol: 1 });
    expect(connection.process.processId).not.toBe(pid);
  });

  it("is an error on the checks that use it in a run, and an error row in a sweep", () => {
    const registry = builtinEngineRegistry();
    registerExternalEngines(registry, [spec("crash")]);
    const engine = registry.engine("fake-crash");
    const site = checkSite({ registry, prepared: flipflop, scenario: flipflop.scenarios[0], engine });
    const outcome = checkProperty(steadyStatePositivity, propertyContextAt(site, steadyStatePositivity));
    expect(outcome.status).toBe("error");
    expect(outcome.message).toMatch(/ExternalEngineError: .*exited with code 3.*segmentation fault/);
    const points = solveSweepChunk(
      {
        case: "flipflop-qubits",
        engine: "fake-crash",
        parameter: "dT",
        values: [0, 0.5],
        overrides: {},
        options: {},
      },
      taskContext({ plugins: [] }, registry),
    );
    expect(points.map((p) => ("error" in p ? p.error : "solved"))).toEqual([
      expect.stringMatching(/exited with code 3/),
      expect.stringMatching(/exited with code 3/),
    ]);
  });
});

describe("a program that does not answer describe", () => {
  const register = (behaviour: string, timeoutSeconds?: number) => () =>
    registerExternalEngines(builtinEngineRegistry(), [spec(behaviour, timeoutSeconds)]);

  it("is an input error naming where it was configured and what went wrong", () => {
    expect(register("exit")).toThrow(InputError);
    expect(register("exit")).toThrow(
      /test: exit: command: expected a program that answers describe .*exited with code 1 .*cannot import the numerics module/,
    );
    expect(register("silent", 0.3)).toThrow(/test: silent: command: .*no answer within 0.3 s/);
    expect(register("bad-describe")).toThrow(
      /test: bad-describe: describe: engines\[0\]\.traits\.approximation: expected one of secular, local/,
    );
    expect(() =>
      registerExternalEngines(builtinEngineRegistry(), [{ ...spec("good"), command: ["/no/such/program"] }]),
    ).toThrow(/cannot start \/no\/such\/program: spawn \/no\/such\/program ENOENT/);
  });

  it("with an id a built-in engine has is refused", () => {
    const registry = builtinEngineRegistry();
    registerExternalEngines(registry, [spec("good")]);
    expect(() => registerExternalEngines(registry, [spec("good")])).toThrow(
      /test: good: id: expected an engine id not already registered \(by test: good\)/,
    );
  });
});

describe("shutting an engine program down", () => {
  it("ends a well-behaved program, and kills one that ignores the end of its input", () => {
    for (const behaviour of ["good", "stubborn"]) {
      const process = new EngineProcess(spec(behaviour));
      new EngineConnection(process).call("describe", { protocol: 1 }, "fake");
      const pid = process.processId;
      expect(isRunning(pid), behaviour).toBe(true);
      process.close();
      expect(waitUntilGone(pid, 3000), behaviour).toBe(true);
      expect(() => process.request("{}")).toThrow(/shut down/);
    }
  });
});
