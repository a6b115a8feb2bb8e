"""The qmebench problem description (docs/external-engines.md, "The problem") as numpy arrays.

Operators are sums of product terms: a complex coefficient times local factor matrices on the listed
sites (identity elsewhere), or times one block matrix on the listed sites jointly. Site 0 is the
leftmost Kronecker factor. Every operator here is a dense n x n numpy array in the site basis.
"""

import bisect
import math

import numpy as np

from engine_error import EngineError


def matrix(description):
    """{re, im} nested rows -> complex array."""
    return np.array(description["re"], dtype=float) + 1j * np.array(description["im"], dtype=float)


def embedded_block(dims, sites, block):
    """block (on `sites` jointly, first site slowest) tensored with the identity elsewhere."""
    others = [s for s in range(len(dims)) if s not in sites]
    order = list(sites) + others
    rest = int(np.prod([dims[s] for s in others])) if others else 1
    full = np.kron(block, np.eye(rest))
    shape = [dims[s] for s in order]
    tensor = full.reshape(shape + shape)
    inverse = list(np.argsort(order))
    k = len(dims)
    tensor = tensor.transpose(inverse + [k + i for i in inverse])
    n = int(np.prod(dims))
    return tensor.reshape(n, n)


def operator(dims, description):
    """The dense matrix of an operator description."""
    n = int(np.prod(dims))
    out = np.zeros((n, n), dtype=complex)
    for term in description["terms"]:
        coefficient = complex(*term["coefficient"])
        sites = term["sites"]
        if "block" in term:
            out += coefficient * embedded_block(dims, sites, matrix(term["block"]))
            continue
        factors = dict(zip(sites, (matrix(f) for f in term["factors"])))
        product = np.ones((1, 1), dtype=complex)
        for s, d in enumerate(dims):
            product = np.kron(product, factors.get(s, np.eye(d)))
        out += coefficient * product
    return out


class Spectrum:
    """S(omega) of one channel, looked up at the tabulated Bohr frequencies (None where it diverges)."""

    def __init__(self, table):
        self.omega = table["omega"]
        self.rate = table["rate"]
        largest = max((abs(w) for w in self.omega), default=0.0)
        # the adapter's own eigenvalues differ from qmebench's by round-off only
        self.tolerance = 1e-8 * (1.0 + largest)

    def __call__(self, omega):
        """The tabulated S at the nearest frequency; a KeyError when none is within round-off."""
        k = bisect.bisect_left(self.omega, omega)
        nearest = min((i for i in (k - 1, k) if 0 <= i < len(self.omega)),
                      key=lambda i: abs(self.omega[i] - omega), default=None)
        if nearest is None or abs(self.omega[nearest] - omega) > self.tolerance:
            raise KeyError(f"S(omega) is not tabulated at omega = {omega}")
        return self.rate[nearest]

    def same_as(self, other):
        return self.omega == other.omega and self.rate == other.rate


class Channel:
    def __init__(self, dims, description):
        self.label = description["label"]
        self.operator = operator(dims, description["operator"])
        self.spectrum = Spectrum(description["spectrum"])


class Bath:
    def __init__(self, dims, description):
        self.name = description["name"]
        self.sites = description["sites"]
        self.statistics = description["statistics"]
        self.chemical_potential = description["chemicalPotential"]  # the temperature is in the spectra
        self.channels = [Channel(dims, c) for c in description["channels"]]


class Problem:
    """A problem description with its operators as dense arrays."""

    def __init__(self, description):
        self.dims = [site["levels"] for site in description["sites"]]
        self.dimension = description["dimension"]
        self.terms = [(t["support"], operator(self.dims, t["operator"])) for t in description["hamiltonian"]]
        self.hamiltonian = sum((op for _, op in self.terms), np.zeros((self.dimension,) * 2, dtype=complex))
        self.number = operator(self.dims, description["numberOperator"])
        self.baths = [Bath(self.dims, b) for b in description["baths"]]
        self.extra = [(d["rate"], operator(self.dims, d["operator"])) for d in description["extraDissipators"]]

    def local_hamiltonian(self, bath):
        """The terms of H_S whose support lies inside the bath's sites."""
        local = np.zeros_like(self.hamiltonian)
        for support, op in self.terms:
            if all(s in bath.sites for s in support):
                local += op
        return local


def rate_at(bath, label, spectrum, omega):
    """S(omega) at a Bohr frequency a component of `label` needs; an EngineError where it diverges."""
    rate = spectrum(omega)
    if rate is None or not math.isfinite(rate):
        raise EngineError(
            EngineError.RATE_DIVERGENCE,
            f'bath "{bath.name}", channel {label}: the noise spectrum diverges at the Bohr frequency '
            f"omega = {omega}",
        )
    return rate
