"""The three QuTiP generators, each built from the problem description alone.

Every generator is a QuTiP superoperator in the site basis (column stacking, as qmebench), with one
dissipator per bath for the currents:
- global Lindblad: jump operators sqrt(S(omega)) A(omega), the Bohr components of each bath channel in
  the eigenbasis of the whole H_S (Breuer & Petruccione eq. (3.140)); qutip.liouvillian.
- local Lindblad: the same with the components taken with respect to each bath's local Hamiltonian,
  the terms of H_S on the bath's own sites (as qmebench's local-lindblad); H_S in the coherent part.
- Bloch-Redfield: qutip.bloch_redfield_tensor without the secular approximation (or with QuTiP's
  sec_cutoff), rotated from the eigenbasis it returns to the site basis.
Extra dissipators rate * D[L] are added as collapse operators sqrt(rate) L to all three.
"""

import math

import numpy as np

from bohr_components import bohr_components
from engine_error import EngineError
from problem_description import rate_at


class Generator:
    """L and the bath dissipators D_alpha, QuTiP superoperators in the site basis."""

    def __init__(self, liouvillian, bath_dissipators):
        self.liouvillian = liouvillian
        self.bath_dissipators = bath_dissipators


def _qobj(problem, matrix):
    import qutip

    return qutip.Qobj(matrix, dims=[problem.dims, problem.dims])


def _jump_operators(bath, channel_components):
    """sqrt(S(omega)) A(omega) for each (channel, [(omega, A(omega))]) with a non-zero rate."""
    jumps = []
    for channel, components in channel_components:
        for omega, component in components:
            rate = rate_at(bath, channel.label, channel.spectrum, omega)
            if rate > 0:
                jumps.append(math.sqrt(rate) * component)
    return jumps


def _extra_collapse_operators(problem):
    return [math.sqrt(rate) * op for rate, op in problem.extra if rate > 0]


def _lindblad(problem, jumps_per_bath):
    import qutip

    h = _qobj(problem, problem.hamiltonian)
    # L = -i[H, .] + extra dissipators + the sum of the bath dissipators, each built once
    liouvillian = qutip.liouvillian(h, [_qobj(problem, c) for c in _extra_collapse_operators(problem)])
    dissipators = {
        name: qutip.liouvillian(None, [_qobj(problem, j) for j in jumps]) if jumps else 0 * liouvillian
        for name, jumps in jumps_per_bath.items()
    }
    for dissipator in dissipators.values():
        liouvillian = liouvillian + dissipator
    return Generator(liouvillian, dissipators)


def global_lindblad(problem, options):
    energies, vectors = np.linalg.eigh(problem.hamiltonian)
    return _lindblad(
        problem,
        {
            bath.name: _jump_operators(
                bath, [(c, bohr_components(c.operator, energies, vectors)) for c in bath.channels]
            )
            for bath in problem.baths
        },
    )


def local_lindblad(problem, options):
    jumps = {}
    for bath in problem.baths:
        energies, vectors = np.linalg.eigh(problem.local_hamiltonian(bath))
        jumps[bath.name] = _jump_operators(
            bath, [(c, bohr_components(c.operator, energies, vectors)) for c in bath.channels]
        )
    return _lindblad(problem, jumps)


def hermitian_couplings(bath):
    """
    The Hermitian operators and spectra of a bath for bloch_redfield_tensor, or a reason there are none.
    A Hermitian channel A is itself. A non-Hermitian pair (L, S), (L^dag, S) with one spectrum equals
    the Hermitian pair X = (L + L^dag)/sqrt 2, Y = (L - L^dag)/(i sqrt 2) with that spectrum: the Redfield
    dissipator is sesquilinear in the coupling, F(L, L) + F(L^dag, L^dag) = F(X, X) + F(Y, Y).
    """
    channels = bath.channels
    if len(channels) == 1:
        a = channels[0].operator
        if not np.allclose(a, a.conj().T, rtol=0, atol=1e-12 * max(1.0, np.abs(a).max())):
            return f"bath {bath.name} has a single non-Hermitian channel"
        return [(a, channels[0].spectrum)]
    first, second = channels
    if not first.spectrum.same_as(second.spectrum):
        return (
            f"bath {bath.name} ({bath.statistics}) has channels with different spectra (particle out and in); "
            "QuTiP 4.7's bloch_redfield_tensor takes Hermitian couplings with one spectrum each"
        )
    l = first.operator
    return [((l + l.conj().T) / math.sqrt(2), first.spectrum), ((l - l.conj().T) / (1j * math.sqrt(2)), first.spectrum)]


def _redfield_spectrum(bath, coupling, spectrum, energies, vectors):
    """S(omega) for QuTiP, after checking that no component it weights has a divergent rate."""
    for omega, _ in bohr_components(coupling, energies, vectors):
        rate_at(bath, "(a Hermitian part of the coupling)", spectrum, omega)
    cache = {}

    def evaluate(omega):
        # QuTiP asks at every pair of levels; a divergent S there multiplies a vanishing component
        if omega not in cache:
            rate = spectrum(omega)
            cache[omega] = 0.0 if rate is None else rate
        return cache[omega]

    return evaluate


def bloch_redfield(problem, options):
    import qutip

    cutoff = options.get("secCutoff", "none")
    h = _qobj(problem, problem.hamiltonian)
    energies, vectors = np.linalg.eigh(problem.hamiltonian)
    couplings = {}
    for bath in problem.baths:
        parts = hermitian_couplings(bath)
        if isinstance(parts, str):
            raise EngineError(EngineError.UNSUPPORTED, parts)
        couplings[bath.name] = [
            [_qobj(problem, a), _redfield_spectrum(bath, a, s, energies, vectors)] for a, s in parts
        ]
    secular = {"use_secular": cutoff != "none", "sec_cutoff": 0.1 if cutoff == "none" else float(cutoff)}
    extra = [_qobj(problem, c) for c in _extra_collapse_operators(problem)]

    def site_basis(tensor, kets):
        # vec(V X V^dag) = (conj(V) kron V) vec X: R_site = S R_eigen S^dag
        v = np.column_stack([k.full().ravel() for k in kets])
        s = np.kron(v.conj(), v)
        return qutip.Qobj(s @ tensor.full() @ s.conj().T, dims=[[problem.dims] * 2] * 2, superrep="super")

    every = [a for parts in couplings.values() for a in parts]
    tensor, kets = qutip.bloch_redfield_tensor(h, every, c_ops=extra, **secular)
    liouvillian = site_basis(tensor, kets)
    coherent = qutip.liouvillian(h, [])
    dissipators = {}
    for name, parts in couplings.items():
        bath_tensor, bath_kets = qutip.bloch_redfield_tensor(h, parts, **secular)
        dissipators[name] = site_basis(bath_tensor, bath_kets) - coherent
    return Generator(liouvillian, dissipators)
