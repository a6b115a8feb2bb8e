"""Reference trajectories with QuTiP 4.7 `mesolve` for `bench/evolve.bench.ts` (`npm run bench evolve`).

The same two problems as the benchmark, 1001 times from 0 to 20, expectation values only (e_ops):
- flipflop-qubits with the global (Davies) Lindblad generator at dT = 1 (paper 000_47becd3a7196453b.txt
  Sec. III: H = eps/2 (sz0 + sz1) + V (sp0 sm1 + h.c.), rates Gamma (n + 1) down and Gamma n up at each Bohr
  frequency of sigma-minus of each site), from |up, down>, observing sz0 and sz1;
- a 30-level damped oscillator H = w a†a with gamma (n + 1) D[a] + gamma n D[a†] (w = 1.3, gamma = 0.05,
  T = 0.8), from the Fock state |3>, observing a†a.
Prints the mean time per trajectory (best of `repeats` runs of each) and the last values, to compare with
qmebench's:

    python3 bench/qutip/evolve_mesolve.py 5
"""
import sys
import time

import numpy as np
import qutip as qt

from flipflop_global_sweep import Gamma, TM, V, bohr_components, bose, eps


def flipflop_problem(dT=1.0):
    sm, sp, sz, I = qt.sigmam(), qt.sigmap(), qt.sigmaz(), qt.qeye(2)
    sm0, sm1 = qt.tensor(sm, I), qt.tensor(I, sm)
    sp0, sp1 = qt.tensor(sp, I), qt.tensor(I, sp)
    sz0, sz1 = qt.tensor(sz, I), qt.tensor(I, sz)
    T = {"left": TM + dT / 2, "right": TM - dT / 2}
    H = eps / 2 * (sz0 + sz1) + V * (sp0 * sm1 + sm0 * sp1)
    energies, vectors = np.linalg.eigh(H.full())
    c_ops = []
    for name, L in (("left", sm0), ("right", sm1)):
        for op in (L, L.dag()):
            for w, Aw in bohr_components(op, energies, vectors).items():
                rate = Gamma * (bose(w, T[name]) + 1) if w > 0 else Gamma * bose(-w, T[name])
                c_ops.append(np.sqrt(rate) * Aw)
    up, down = qt.basis(2, 0), qt.basis(2, 1)  # qmebench: state 0 is spin up
    rho0 = qt.ket2dm(qt.tensor(up, down))
    return H, rho0, c_ops, [sz0, sz1]


def oscillator_problem(levels=30, w=1.3, gamma=0.05, T=0.8):
    a = qt.destroy(levels)
    n = bose(w, T)
    H = w * a.dag() * a
    c_ops = [np.sqrt(gamma * (n + 1)) * a, np.sqrt(gamma * n) * a.dag()]
    return H, qt.fock_dm(levels, 3), c_ops, [a.dag() * a]


def best_time(problem, times, repeats):
    H, rho0, c_ops, e_ops = problem
    options = qt.Options(atol=1e-10, rtol=1e-8, nsteps=100000)
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = qt.mesolve(H, rho0, times, c_ops, e_ops, options=options)
        best = min(best, time.perf_counter() - started)
    return best, [values[-1] for values in result.expect]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = np.linspace(0.0, 20.0, 1001)
    for name, problem in (
        ("flipflop-qubits global Lindblad", flipflop_problem()),
        ("30-level damped oscillator", oscillator_problem()),
    ):
        seconds, last = best_time(problem, times, repeats)
        print(f"mesolve {name}, 1001 points: {1e3 * seconds:.1f} ms (best of {repeats}); values at t = 20: {last}")


if __name__ == "__main__":
    main()
