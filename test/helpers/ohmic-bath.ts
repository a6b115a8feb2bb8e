import type { Operator } from "../../src/operators/operator.js";
import { bathChannels } from "../../src/physics/bath-channels.js";
import type { Bath } from "../../src/physics/problem.js";

/**
 * A bosonic bath named "bath" on site 0 with an ohmic spectrum γ(ω) = coefficient·ω, coupled through
 * `coupling` (one channel if it is Hermitian, two — L and L† — if not; bath-channels.ts rules).
 */
export function ohmicBath(coupling: Operator, temperature: number, coefficient: number): Bath {
  const spectralDensity = { kind: "ohmic" as const, coefficient };
  return {
    name: "bath",
    sites: [0],
    statistics: "boson",
    temperature,
    chemicalPotential: 0,
    couplingLabel: "L",
    coupling,
    spectralDensity,
    channels: bathChannels({
      coupling,
      hermitian: coupling.isHermitian(),
      couplingLabel: "L",
      statistics: "boson",
      temperature,
      chemicalPotential: 0,
      spectralDensity,
    }),
  };
}
