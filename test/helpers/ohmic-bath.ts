import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { bathChannels } from "../../src/physics/bath-channels.js";
import type { Bath } from "../../src/physics/problem.js";

/**
 * A bosonic bath named "bath" on site 0 with an ohmic spectrum γ(ω) = coefficient·ω, coupled through
 * `coupling` (one channel if it is Hermitian, two — L and L† — if not; bath-channels.ts rules).
 */
export function ohmicBath(coupling: ComplexMatrix, temperature: number, coefficient: number): Bath {
  return {
    name: "bath",
    sites: [0],
    statistics: "boson",
    temperature,
    chemicalPotential: 0,
    couplingLabel: "L",
    channels: bathChannels({
      coupling,
      couplingLabel: "L",
      statistics: "boson",
      temperature,
      chemicalPotential: 0,
      spectralDensity: { kind: "ohmic", coefficient },
    }),
  };
}
