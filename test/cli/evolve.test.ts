import { describe, expect, it } from "vitest";
import { qmebench } from "../helpers/cli.js";

describe("qmebench evolve", () => {
  it("prints the trajectory with its method and error; without dissipation one excitation hops as cos²(Vt)", () => {
    // flipflop-qubits at Γ → 0: |10⟩ ↔ |01⟩ at the coupling V = 1, so ⟨n0⟩ = cos²t and ⟨σ⁺0σ⁻1⟩ = (i/2) sin 2t
    const args = ["evolve", "flipflop-qubits", "--engine", "global-lindblad", "--set", "Gamma=1e-12"];
    const common = [...args, "--initial", "up,down", "--times", "0:10:101", "--observe", "n0, X1, sp0 sm1"];
    const { status, stdout } = qmebench([...common, "--json", "--states", "0,10"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ case: "flipflop-qubits", engine: "global-lindblad", initial: "up,down" });
    expect(result.evolution.method).toMatch(/^dense/);
    expect(result.evolution.errorEstimate).toBeLessThan(1e-12);
    expect(result.times).toHaveLength(101);
    expect(Object.keys(result.observables)).toEqual(["n0", "X1", "sp0 sm1"]);
    result.times.forEach((t: number, k: number) => {
      expect(result.observables.n0[k]).toBeCloseTo(Math.cos(t) ** 2, 9);
      expect(result.observables.X1[k]).toBeCloseTo(0, 12);
      expect(Math.abs(result.observables["sp0 sm1"].re[k])).toBeLessThan(1e-9);
      expect(Math.abs(result.observables["sp0 sm1"].im[k])).toBeCloseTo(Math.abs(Math.sin(2 * t)) / 2, 9);
      expect(result.trace[k]).toBeCloseTo(1, 12);
    });
    expect(result.states.map((s: { time: number }) => s.time)).toEqual([0, 10]);
    expect(result.states[1].re[1][1]).toBeCloseTo(Math.cos(10) ** 2, 9);
    // the Krylov propagator gives the same trajectory within its tolerance
    const krylov = JSON.parse(qmebench([...common, "--json", "--option", "evolution=krylov"]).stdout);
    expect(krylov.evolution.method).toMatch(/^krylov/);
    krylov.observables.n0.forEach((value: number, k: number) =>
      expect(value).toBeCloseTo(result.observables.n0[k], 9),
    );
  });

  it("prints CSV with a time column, the default observables (Z of every spin) and the trace", () => {
    const { status, stdout } = qmebench([
      "evolve",
      "flipflop-qubits",
      "--engine",
      "local-lindblad",
      "--initial",
      "phi+",
      "--times",
      "0.1:100:5:log",
      "--csv",
    ]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("time,Z0,Z1,trace");
    expect(lines).toHaveLength(6);
    expect(Number(lines[1].split(",")[0])).toBeCloseTo(0.1, 14);
    expect(Number(lines[5].split(",")[0])).toBeCloseTo(100, 12);
  });

  it("warns with the size and the time when a Redfield trajectory leaves the state space", () => {
    const { status, stdout, stderr } = qmebench([
      "evolve",
      "flipflop-qubits",
      "--engine",
      "redfield",
      "--set",
      "dT=2",
      "--initial",
      "down,down",
      "--times",
      "0:2:201",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.stateSpace.smallestEigenvalue).toBeLessThan(-1e-5);
    expect(stderr).toMatch(
      /warning: ρ\(t\) leaves the state space: smallest eigenvalue -\d\.\d\de-\d+ at t = /,
    );
  });

  it("exits 2 on bad input, naming the flag and what it takes", () => {
    const base = ["evolve", "flipflop-qubits", "--engine", "global-lindblad"];
    const cases: [string[], RegExp][] = [
      [
        [...base, "--initial", "toString", "--times", "0:1:2"],
        /--initial: expected 2 site state\(s\).*gibbs:T/,
      ],
      [[...base, "--initial", "up,up", "--times", "5:1:10"], /--times: expected times 0 ≤ from ≤ to/],
      [[...base, "--initial", "up,up", "--times", "0:1:2:log"], /from > 0 on a log scale/],
      [
        [...base, "--initial", "up,up", "--times", "0:1:2", "--observe", "Q0"],
        /--observe: in "Q0": factor "Q0" .* its factors are X0, Y0, Z0/,
      ],
      [
        [...base, "--initial", "up,up", "--times", "0:1:2", "--option", "evolution=fast"],
        /one of auto, dense, krylov/,
      ],
      [[...base, "--initial", "steady:nobody", "--times", "0:1:2"], /nobody/],
      [
        ["evolve", "flipflop-qubits", "--engine", "newns-exact", "--initial", "up,up", "--times", "0:1:2"],
        /newns-exact does not support/,
      ],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = qmebench(args);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});

describe("qmebench correlate", () => {
  it("gives ⟨A(τ)B⟩ by the regression theorem: at τ = 0 the stationary ⟨σ⁺0σ⁻0⟩ = ⟨n0⟩ of solve", () => {
    const solved = JSON.parse(
      qmebench(["solve", "flipflop-qubits", "--engine", "global-lindblad", "--json"]).stdout,
    );
    const occupation = (1 + solved.observables.sz[0]) / 2;
    const { status, stdout } = qmebench([
      "correlate",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--a",
      "sp0",
      "--b",
      "sm0",
      "--times",
      "0:50:51",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ a: "sp0", b: "sm0", state: "steady state" });
    expect(result.re[0]).toBeCloseTo(occupation, 12);
    expect(result.im[0]).toBeCloseTo(0, 12);
    // the coherence σ⁻ρ_ss decays: |C(τ)| falls below its start
    expect(Math.hypot(result.re[50], result.im[50])).toBeLessThan(result.re[0]);
    expect(result.errorEstimate).toBeLessThan(1e-10);
  });

  it("--route kraus applies Σ K(τ)·Bρ·K(τ)† and agrees with the regression route to 1e-10, in the steady state and at --at", () => {
    const base = [
      "correlate",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--times",
      "0:40:9",
      "--json",
    ];
    for (const [a, b] of [
      ["sp0", "sm1"],
      ["sm0 sp1", "sp0 sm1"],
      ["Z1", "Z0"],
    ]) {
      for (const state of [[], ["--initial", "up,y+", "--at", "2.5"]]) {
        const args = [...base, "--a", a, "--b", b, ...state];
        const regression = JSON.parse(qmebench(args).stdout);
        const { status, stdout } = qmebench([...args, "--route", "kraus"]);
        expect(status, args.join(" ")).toBe(0);
        const kraus = JSON.parse(stdout);
        expect(regression).toMatchObject({ route: "regression", method: expect.stringMatching(/^dense/) });
        expect(kraus).toMatchObject({
          route: "kraus",
          state: regression.state,
          method: "Kraus operators of exp(Lτ) from its 16×16 Choi matrix, 1-16 per τ",
        });
        expect(kraus.errorEstimate).toBeLessThan(1e-11);
        // a correlation that does not vanish, so that the agreement is not 0 = 0
        expect(
          Math.max(...kraus.re.map((re: number, k: number) => Math.hypot(re, kraus.im[k]))),
        ).toBeGreaterThan(1e-2);
        kraus.tau.forEach((_: number, k: number) => {
          expect(Math.abs(kraus.re[k] - regression.re[k])).toBeLessThan(1e-10);
          expect(Math.abs(kraus.im[k] - regression.im[k])).toBeLessThan(1e-10);
        });
      }
    }
    // σ⁺0 after σ⁻1 in the steady state: a complex correlation (the excitation hops at the coupling V)
    const hop = JSON.parse(qmebench([...base, "--a", "sp0", "--b", "sm1", "--route", "kraus"]).stdout);
    expect(Math.max(...hop.im.map(Math.abs))).toBeGreaterThan(1e-2);
    const text = qmebench(
      ["correlate", "flipflop-qubits", "--engine", "global-lindblad", "--a", "X0", "--b", "X0"].concat([
        "--times",
        "0:1:2",
        "--route",
        "kraus",
      ]),
    ).stdout;
    expect(text).toMatch(/^route kraus: Kraus operators of exp\(Lτ\) from its 16×16 Choi matrix/m);
  });

  it("--route kraus reports a Redfield map that is not completely positive (exit 1) instead of numbers", () => {
    const { status, stdout, stderr } = qmebench([
      "correlate",
      "flipflop-qubits",
      "--engine",
      "redfield",
      "--set",
      "dT=2",
      "--a",
      "Z0",
      "--b",
      "sm0",
      "--times",
      "0:2:21",
      "--route",
      "kraus",
      "--json",
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^qmebench: --route kraus: exp\(Lτ\) is not completely positive, so it has no Kraus form: its Choi matrix has the eigenvalue -\d\.\d\de-\d+ at τ = \d/,
    );
  });

  it("exits 2 for an unknown --route and for route kraus above its dimension limit, with the numbers", () => {
    const base = ["correlate", "--engine", "global-lindblad", "--a", "Z0", "--b", "Z0", "--times", "0:1:2"];
    const unknown = qmebench([...base, "flipflop-qubits", "--route", "qrt"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /--route <route>' argument 'qrt' is invalid\. Allowed choices are regression, kraus/,
    );
    const large = qmebench([...base, "tilted-ising-chain", "--set", "N=5", "--route", "kraus"]);
    expect(large.status).toBe(2);
    expect(large.stderr).toMatch(
      /^qmebench: --route: expected a Hilbert-space dimension n ≤ 16 for route kraus .* 256×256 at most.*, got n = 32 \(a 1024×1024 Choi matrix\)/,
    );
  });

  it("exits 2 for an engine without a generator and for --at without --initial", () => {
    const base = ["correlate", "newns-double-dot", "--a", "n0", "--b", "n0", "--times", "0:1:2"];
    const noGenerator = qmebench([...base, "--engine", "newns-exact"]);
    expect(noGenerator.status).toBe(2);
    expect(noGenerator.stderr).toMatch(
      /no generator: the quantum regression theorem needs a Markovian generator/,
    );
    const noInitial = qmebench([...base, "--engine", "newns-epa", "--at", "1"]);
    expect(noInitial.status).toBe(2);
    expect(noInitial.stderr).toMatch(/--at: expected an --initial state/);
  });
});
