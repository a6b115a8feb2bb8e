"""Bohr-frequency components A(omega) = sum_{E_b - E_a = omega} |a><a|A|b><b| of an operator.

The same rule as qmebench (src/physics/bohr-frequencies.ts): all n^2 differences E_b - E_a are sorted and
split where neighbours differ by more than max(1e-12, 1e-9 * (E_max - E_min)); a cluster's frequency is
its median; a component whose elements are all at most 1e-14 ||A||_F is dropped (Breuer & Petruccione,
The Theory of Open Quantum Systems, eq. (3.120)). omega > 0 lowers the energy.
"""

import numpy as np

RELATIVE_TOLERANCE = 1e-9
ABSOLUTE_TOLERANCE = 1e-12
NEGLIGIBLE = 1e-14


def frequency_clusters(energies):
    """[(omega, flat indices a*n + b of its pairs)] for ascending energies, omega ascending."""
    n = len(energies)
    differences = (energies[np.newaxis, :] - energies[:, np.newaxis]).ravel()  # [a, b] = E_b - E_a
    tolerance = max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * (energies[-1] - energies[0])) if n else 0.0
    order = np.argsort(differences, kind="stable")
    values = differences[order]
    breaks = np.nonzero(np.diff(values) > tolerance)[0] + 1
    clusters = []
    for members in np.split(order, breaks):
        sorted_values = np.sort(differences[members])
        clusters.append((float(np.median(sorted_values)), members))
    return clusters


def bohr_components(operator, energies, vectors):
    """[(omega, A(omega) in the site basis)] of `operator` for the eigendecomposition (energies, vectors)."""
    n = len(energies)
    flat = (vectors.conj().T @ operator @ vectors).ravel()
    threshold = NEGLIGIBLE * np.linalg.norm(operator)
    components = []
    for omega, members in frequency_clusters(energies):
        elements = flat[members]
        if np.all(np.abs(elements) <= threshold):
            continue
        # sum over the cluster's pairs of <a|A|b> |a><b|: (n x m) @ (m x n), cheap for few pairs
        a, b = np.divmod(members, n)
        components.append((omega, (vectors[:, a] * elements) @ vectors[:, b].conj().T))
    return components
