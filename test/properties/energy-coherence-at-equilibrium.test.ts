/**
 * energy-coherence-at-equilibrium: with all baths at one T and μ the steady state has no coherence in the
 * eigenbasis of H_S (l1 norm ≤ 1e-8), also for the non-secular Bloch-Redfield equation: "the population
 * space and the coherence space are decoupled" (001 eq. (28), Sec. 5). The local master equation relaxes
 * to the Gibbs state of the bare sites, which commutes with H_S only for identical sites: at any detuning
 * it leaves energy coherence of order δ (004 Sec. II, eqs. (7)-(8); case expectation).
 * Source (the property's own): 001_a04d396bbf339a9e.txt eq. (28) and Sec. 5.
 */
import { describe, it } from "vitest";
import energyCoherenceAtEquilibrium from "../../properties/energy-coherence-at-equilibrium.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { atEquilibrium, engineInputs } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

const localNewns = (delta: number, why: string) => ({
  name: `local-lindblad on newns-double-dot (equilibrium), δ = ${delta}: ${why}`,
  case: newns,
  scenario: "equilibrium",
  set: { delta },
  engine: "local-lindblad",
});

describe("energy-coherence-at-equilibrium", () => {
  registerHarness(
    [
      propertyTester(energyCoherenceAtEquilibrium, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "redfield", "kraus"],
            atEquilibrium(flipflop, bosonic, fermionic, newns),
            "populations and coherences decouple",
          ),
          {
            name: "newns-exact at equilibrium: the reduced global Gibbs state is diagonal in the eigenbasis (004 eq. (39))",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-exact",
          },
          {
            name: "local-lindblad on flipflop-qubits (equilibrium): identical qubits, the bare Gibbs state commutes with H_S",
            case: flipflop,
            scenario: "equilibrium",
            engine: "local-lindblad",
          },
          localNewns(0, "equal site energies, the bare Gibbs state commutes with H_S"),
        ],
        fail: [
          localNewns(
            0.1,
            "the bare Gibbs state of hL ≠ hR does not commute with the tunnelling (case expectation)",
          ),
          localNewns(2e-8, "coherence 0.93δ = 1.9e-8, just beyond the tolerance 1e-8"),
          {
            name: "local-lindblad on zhang-wang-bosonic at equal temperatures, de = 1: detuned qubits",
            case: bosonic,
            scenario: "equilibrium",
            set: { de: 1 },
            engine: "local-lindblad",
          },
        ],
        notApplicable: [
          {
            name: "flipflop-qubits biased: coherence out of equilibrium is allowed",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
          },
          {
            name: "longstaff-machine with dephasing noise (non-thermal dissipators)",
            case: longstaff,
            scenario: "local-noise",
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
