"""Reference sweep with QuTiP 4.7 for `qmebench sweep flipflop-qubits --engine global-lindblad`.

Builds the same global (Davies) Lindblad generator as qmebench (paper 000_47becd3a7196453b.txt Sec. III:
H = eps/2 (sz0 + sz1) + V (sp0 sm1 + h.c.), baths on sites 0 and 1 coupled through sigma-minus, rates
Gamma (n + 1) down and Gamma n up at each Bohr frequency) and solves `qutip.steadystate` at each point of
dT from 0 to 2. Prints CSV like qmebench (dT, sz0, sz1, heat current of the left bath) and, on stderr,
the throughput. Used to cross-check numbers and to measure the baseline of the sweep benchmark:

    python3 bench/qutip/flipflop_global_sweep.py 2001 > /tmp/qutip.csv
"""
import sys
import time

import numpy as np
import qutip as qt

eps, V, Gamma, TM = 3.0, 1.0, 0.05, 1.1


def bose(omega, T):
    return 1.0 / np.expm1(omega / T)


def bohr_components(A, energies, vectors):
    """A(w) = sum_{E_b - E_a = w} |a><a|A|b><b| in the site basis, grouped by frequency."""
    At = vectors.conj().T @ A.full() @ vectors
    comps = {}
    for a in range(len(energies)):
        for b in range(len(energies)):
            if abs(At[a, b]) < 1e-14:
                continue
            w = round(energies[b] - energies[a], 9)
            M = comps.setdefault(w, np.zeros_like(At))
            M[a, b] += At[a, b]
    return {w: qt.Qobj(vectors @ M @ vectors.conj().T, dims=A.dims) for w, M in comps.items()}


def main():
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 2001
    sm, sp, sz, I = qt.sigmam(), qt.sigmap(), qt.sigmaz(), qt.qeye(2)
    sm0, sm1 = qt.tensor(sm, I), qt.tensor(I, sm)
    sp0, sp1 = qt.tensor(sp, I), qt.tensor(I, sp)
    sz0, sz1 = qt.tensor(sz, I), qt.tensor(I, sz)
    started = time.perf_counter()
    print("dT,sz0,sz1,heat_left")
    for dT in np.linspace(0.0, 2.0, points):
        T = {"left": TM + dT / 2, "right": TM - dT / 2}
        H = eps / 2 * (sz0 + sz1) + V * (sp0 * sm1 + sm0 * sp1)
        energies, vectors = np.linalg.eigh(H.full())
        c_ops, left_ops = [], []
        for name, L in (("left", sm0), ("right", sm1)):
            for op in (L, L.dag()):
                for w, Aw in bohr_components(op, energies, vectors).items():
                    rate = Gamma * (bose(w, T[name]) + 1) if w > 0 else Gamma * bose(-w, T[name])
                    c_ops.append(np.sqrt(rate) * Aw)
                    if name == "left":
                        left_ops.append(np.sqrt(rate) * Aw)
        rho = qt.steadystate(H, c_ops)
        D_left = sum(qt.lindblad_dissipator(c) for c in left_ops)
        heat = (H * qt.vector_to_operator(D_left * qt.operator_to_vector(rho))).tr().real
        print(f"{dT},{qt.expect(sz0, rho)},{qt.expect(sz1, rho)},{heat}")
    elapsed = time.perf_counter() - started
    print(f"{points} steady states in {elapsed:.2f} s: {points / elapsed:.0f} per second", file=sys.stderr)


if __name__ == "__main__":
    main()
