"""The engines of the QuTiP adapter: what `describe` says of them, and what each supports.

Each engine is built from the problem description alone (never from a case id). Traits say what the
engine is, so qmebench's properties and figures treat it as they treat its own engine of that kind.
Only the standard library is imported here: `describe` and `supports` answer without numpy or QuTiP.
"""

import importlib
import importlib.util
import sys

CAPABILITIES = ["steadyState", "currents", "evolve", "generator"]


class Engine:
    def __init__(self, id, title, description, traits, build, max_dimension, options=None, needs="hamiltonian"):
        self.id = id
        self.title = title
        self.description = description
        self.traits = traits
        #: the function of generators.py that builds this engine's generator
        self.builder = build
        self.max_dimension = max_dimension
        self.options = options or {}
        #: which Bohr frequencies the spectra must be tabulated at (BathDescription.tabulated)
        self.needs = needs

    def describe(self):
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "traits": self.traits,
            "capabilities": CAPABILITIES,
            "options": self.options,
            "maxDimension": self.max_dimension,
        }

    def build(self, problem, options):
        return getattr(importlib.import_module("generators"), self.builder)(problem, options)

    def supports(self, problem):
        """True, or the reason this engine cannot treat the problem (a description, not yet decoded)."""
        missing = qutip_missing()
        if missing:
            return missing
        if problem["dimension"] > self.max_dimension:
            return f"Hilbert-space dimension {problem['dimension']} exceeds the limit {self.max_dimension} of this engine"
        for bath in problem["baths"]:
            if not bath["tabulated"][self.needs]:
                return f"bath {bath['name']}: S(omega) is not tabulated at the Bohr frequencies this engine needs"
        return True


def qutip_missing():
    """Why QuTiP cannot be used by this interpreter, or None."""
    missing = [name for name in ("numpy", "scipy", "qutip") if importlib.util.find_spec(name) is None]
    if missing:
        return f"{', '.join(missing)} not installed for {sys.executable} (Debian: apt-get install python3-qutip)"
    return None


class RedfieldEngine(Engine):
    def supports(self, problem):
        answer = super().supports(problem)
        if answer is not True:
            return answer
        from generators import hermitian_couplings
        from problem_description import Problem

        for bath in Problem(problem).baths:
            couplings = hermitian_couplings(bath)
            if isinstance(couplings, str):
                return couplings
        return True


ENGINES = [
    Engine(
        "qutip-global-lindblad",
        "QuTiP global Lindblad",
        "Born-Markov-secular (Davies) master equation built with QuTiP: jump operators sqrt(S(omega)) A(omega), "
        "the Bohr components of each bath channel in the eigenbasis of the whole H_S; qutip.liouvillian and "
        "qutip.steadystate. Lamb shift neglected.",
        {"approximation": "secular", "markovian": True, "lindbladForm": True},
        "global_lindblad",
        max_dimension=32,
    ),
    Engine(
        "qutip-local-lindblad",
        "QuTiP local Lindblad",
        "Local Lindblad master equation built with QuTiP: each bath's jump operators are the Bohr components of "
        "its channels with respect to the terms of H_S on the bath's own sites; the rest of H_S enters only "
        "-i[H_S, rho]. qutip.liouvillian and qutip.steadystate.",
        {"approximation": "local", "markovian": True, "lindbladForm": True},
        "local_lindblad",
        max_dimension=256,
        needs="local",
    ),
    RedfieldEngine(
        "qutip-redfield",
        "QuTiP Bloch-Redfield",
        "Bloch-Redfield master equation from qutip.bloch_redfield_tensor, without the secular approximation "
        "unless secCutoff is set; Lamb shift neglected. A bath's non-Hermitian coupling pair L, L^dag with one "
        "spectrum enters as its Hermitian parts; fermionic leads are not supported.",
        {"approximation": "bloch-redfield", "markovian": True, "lindbladForm": False},
        "bloch_redfield",
        max_dimension=16,
        options={
            "secCutoff": {
                "description": "QuTiP's sec_cutoff: keep the pairs with |omega - omega'| < secCutoff * Delta, Delta the "
                "smallest non-zero Bohr frequency of H_S (use_secular=True); none: every pair (use_secular=False)",
                "type": "number",
                "default": "none",
                "values": ["none"],
                "minimum": 0,
            }
        },
    ),
]

BY_ID = {engine.id: engine for engine in ENGINES}
