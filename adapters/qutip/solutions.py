"""Steady states, currents, evolution and triplets of a generator (generators.py), in qmebench's shapes.

Conventions (docs/external-engines.md): rho in the site basis as {re, im}; vec rho by column stacking;
currents positive from the bath into the system, J^E = Tr[H D(rho)], J^N = Tr[N D(rho)], J^Q = J^E - mu J^N.
"""

import numpy as np

from engine_error import EngineError
from problem_description import matrix

#: Up to this Hilbert-space dimension the kernel of L is found by an SVD (degenerate steady states).
KERNEL_CHECK_LIMIT = 16
#: A singular value of L at most this fraction of max |L_ij| counts as zero (as qmebench's dense method).
RANK_TOLERANCE = 1e-10


def as_json(rho):
    return {"re": rho.real.tolist(), "im": rho.imag.tolist()}


def _vec(rho):
    return rho.flatten(order="F")


def _unvec(v, n):
    return v.reshape((n, n), order="F")


def _normalised(rho):
    rho = (rho + rho.conj().T) / 2
    return rho / np.trace(rho).real


def _residual(superoperator, rho):
    v = _vec(rho)
    applied = superoperator.data @ v
    return float(np.linalg.norm(applied) / (np.abs(superoperator.data.data).max() * np.linalg.norm(v)))


def steady_state(problem, generator, initial_state=None):
    """{rho, dimension, method, residual, warnings}: qutip.steadystate, the kernel checked by an SVD up to n = 16."""
    import qutip

    n = problem.dimension
    liouvillian = generator.liouvillian
    if n <= KERNEL_CHECK_LIMIT:
        dense = liouvillian.full()
        u, singular, vh = np.linalg.svd(dense)
        kernel = int(np.sum(singular <= RANK_TOLERANCE * np.abs(dense).max()))
        if kernel == 0:
            raise EngineError(
                EngineError.NO_STEADY_STATE,
                f"L has no kernel: its smallest singular value is {singular[-1]:.3g} (max |L_ij| = {np.abs(dense).max():.3g})",
            )
        if kernel > 1:
            if initial_state is None:
                return {
                    "rho": None,
                    "dimension": kernel,
                    "method": "svd",
                    "residual": 0.0,
                    "warnings": [f"the steady state is not unique: dim ker L = {kernel}; give an initial state"],
                }
            # rho_inf = sum_k Tr[l_k^dag rho0] r_k with left and right kernels biorthogonalised
            right = vh[-kernel:].conj().T
            left = u[:, -kernel:]
            weights = np.linalg.solve(left.conj().T @ right, left.conj().T @ _vec(matrix(initial_state)))
            rho = _normalised(_unvec(right @ weights, n))
            return {
                "rho": as_json(rho),
                "dimension": kernel,
                "method": "svd",
                "residual": _residual(liouvillian, rho),
                "warnings": [],
            }
    rho = _normalised(qutip.steadystate(liouvillian).full())
    return {
        "rho": as_json(rho),
        "dimension": 1,
        "method": "qutip.steadystate (direct)",
        "residual": _residual(liouvillian, rho),
        "warnings": [],
    }


def currents(problem, generator, rho):
    """{bath: {energy, particle, heat}} at the state rho (a numpy array)."""
    out = {}
    v = _vec(rho)
    for bath in problem.baths:
        change = _unvec(generator.bath_dissipators[bath.name].data @ v, problem.dimension)
        energy = float(np.trace(problem.hamiltonian @ change).real)
        particle = float(np.trace(problem.number @ change).real)
        out[bath.name] = {"energy": energy, "particle": particle, "heat": energy - bath.chemical_potential * particle}
    return out


#: mesolve's tolerances (atol, rtol), and the looser ones whose difference from it is the error estimate
EVOLUTION_TOLERANCES = (1e-12, 1e-10)
ESTIMATE_TOLERANCES = (1e-10, 1e-8)


def evolve(problem, generator, rho0, times):
    """
    {states, method, errorEstimate}: rho(t) = exp(L t) rho0 at each time (non-decreasing, from t = 0) by
    qutip.mesolve; the estimate is the largest Frobenius distance from a run at 100 times looser tolerances
    (an upper estimate of the error of the looser run, so a pessimistic one of the reported run's).
    """
    import qutip

    distinct = sorted(set([0.0] + [float(t) for t in times]))
    initial = qutip.Qobj(rho0, dims=[problem.dims] * 2)

    def run(atol, rtol):
        options = qutip.Options(atol=atol, rtol=rtol, nsteps=1000000)
        result = qutip.mesolve(generator.liouvillian, initial, distinct, [], [], options=options)
        return {t: state.full() for t, state in zip(distinct, result.states)}

    states = run(*EVOLUTION_TOLERANCES)
    looser = run(*ESTIMATE_TOLERANCES)
    estimate = max(float(np.linalg.norm(states[t] - looser[t])) for t in distinct)
    atol, rtol = EVOLUTION_TOLERANCES
    return {
        "states": [as_json(states[float(t)]) for t in times],
        "method": f"qutip.mesolve (atol {atol:g}, rtol {rtol:g})",
        "errorEstimate": estimate,
    }


def triplets(superoperator):
    """The non-zeros {rows, cols, re, im} of a superoperator's n^2 x n^2 matrix."""
    coo = superoperator.data.tocoo()
    return {
        "rows": coo.row.tolist(),
        "cols": coo.col.tolist(),
        "re": coo.data.real.tolist(),
        "im": coo.data.imag.tolist(),
    }
