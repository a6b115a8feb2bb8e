"""NESS of paper 003's tilted Ising chain with QuTiP 4.7, for the chain benchmark (bench/chain-ness.ts).

Builds the master equation of the engine `weak-coupling-limit` (003_cb0e800cb11a91bb.txt eqs. (15)-(19))
for the case tilted-ising-chain at its defaults (h = 1, theta = pi/4, lam = 0.01, TL = 1.5, TR = 0.5,
c = d = 1): H_S = h sum sz + lam sum Z'Z' - lam cos(theta) (tL Z'_0 + tR Z'_{N-1}), Z' = cos sz - sin sx,
and for each end spin the Redfield dissipator built on its own field h sz, written in sandwich form
D(rho) = L rho A + A rho L^dag - A L rho - rho L^dag A with A = Z' of the site and
L = sum_w S(w)/2 A(w), S(w) = 2 lam^2 / (1 + exp(-w/T)) (spin bath, flat strength 2 lam^2). Solves
`qutip.steadystate` (default direct solver) and prints N, seconds, t_l = -<sz_l> per site:

    python3 bench/qutip/tilted_chain_ness.py 6
"""
import sys
import time

import numpy as np
import qutip as qt

h, theta, lam, TL, TR = 1.0, np.pi / 4, 0.01, 1.5, 0.5


def site(op, l, N):
    return qt.tensor([op if k == l else qt.qeye(2) for k in range(N)])


def spectrum(w, T):
    return 2 * lam**2 / (1 + np.exp(-w / T))


def chain(N):
    c, s = np.cos(theta), np.sin(theta)
    zp = [c * site(qt.sigmaz(), l, N) - s * site(qt.sigmax(), l, N) for l in range(N)]
    H = sum(h * site(qt.sigmaz(), l, N) for l in range(N))
    H += sum(lam * zp[l] * zp[l + 1] for l in range(N - 1))
    H += -lam * c * (np.tanh(h / TL) * zp[0] + np.tanh(h / TR) * zp[N - 1])
    liouvillian = qt.liouvillian(H)
    for l, T in ((0, TL), (N - 1, TR)):
        # Bohr components of Z' = c sz - s sx with respect to h sz on the site: 0 and +-2h
        lowering = -s * site(qt.sigmam(), l, N)  # removes 2h (sigma- = |down><up| in QuTiP's basis)
        raising = -s * site(qt.sigmap(), l, N)
        diagonal = c * site(qt.sigmaz(), l, N)
        A = zp[l]
        Lam = spectrum(0, T) / 2 * diagonal + spectrum(2 * h, T) / 2 * lowering + spectrum(-2 * h, T) / 2 * raising
        liouvillian += qt.sprepost(Lam, A) + qt.sprepost(A, Lam.dag()) - qt.spre(A * Lam) - qt.spost(Lam.dag() * A)
    return liouvillian


N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
L = chain(N)
start = time.perf_counter()
rho = qt.steadystate(L)
seconds = time.perf_counter() - start
t = [-qt.expect(site(qt.sigmaz(), l, N), rho) for l in range(N)]
print(N, f"{seconds:.3f}", " ".join(f"{x:.10f}" for x in t))
