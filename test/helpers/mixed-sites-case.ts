import type { PreparedCase } from "../../src/cases/build-problem.js";
import { inlineCase } from "./inline-case.js";

/**
 * Every kind of site in one system (dimension 24): a spin, a bosonic mode with three Fock levels and two
 * fermionic modes whose hopping carries no string but whose lead coupling c3 carries σz on site 2 (the
 * Jordan-Wigner strings run over the fermionic sites only). A spin bath on the spin, an ohmic cavity bath
 * on the mode, a flat fermionic lead on site 3 and dephasing of the spin: what a problem description must
 * carry exactly.
 */
export function mixedSitesCase(): PreparedCase {
  return inlineCase({
    id: "mixed-sites",
    title: "A spin, a truncated mode and two fermionic modes",
    source: { paper: "test" },
    description: "Every site kind, a bosonic bath, a fermionic lead and an extra dissipator.",
    parameters: {
      w: { value: 1.1, description: "spin splitting" },
      W: { value: 0.9, description: "mode frequency" },
      e: { value: 0.7, description: "dot energy" },
      g: { value: 0.2, description: "hopping" },
      k: { value: 0.15, description: "spin-mode coupling" },
      gamma: { value: 0.03, description: "bath rates" },
      T: { value: 0.6, description: "temperature" },
      mu: { value: 0.5, description: "lead chemical potential" },
    },
    system: {
      sites: [
        { name: "s", kind: "spin" },
        { name: "m", kind: "boson", levels: 3 },
        { name: "f2", kind: "fermion" },
        { name: "f3", kind: "fermion" },
      ],
      hamiltonian: [
        { coefficient: "w/2", operator: "Z0" },
        { coefficient: "W", operator: "n1" },
        { coefficient: "e", operator: "n2" },
        { coefficient: "e", operator: "n3" },
        { coefficient: "g", operator: "cdag2 c3", hermitianConjugate: true },
        { coefficient: "k", operator: "x1 Z0" },
      ],
      baths: [
        {
          name: "spins",
          coupling: "X0",
          statistics: "spin",
          temperature: "T",
          spectralDensity: { kind: "flat", strength: "gamma" },
        },
        {
          name: "cavity",
          coupling: "a1",
          statistics: "boson",
          temperature: "T",
          spectralDensity: { kind: "ohmic", coefficient: "gamma" }, // a1 has a component at ω = 0
        },
        {
          name: "lead",
          coupling: "c3",
          statistics: "fermion",
          temperature: "T",
          chemicalPotential: "mu",
          spectralDensity: { kind: "flat", strength: "gamma" },
        },
      ],
      dissipators: [{ name: "dephasing", rate: 0.01, operator: "Z0" }],
    },
  });
}
