import { type PreparedCase, prepareCase } from "../../src/cases/build-problem.js";
import { validateCaseShape } from "../../src/cases/schema-errors.js";

/** A case written in the test as a plain object (validated against the schema like a file). */
export function inlineCase(document: Record<string, unknown>): PreparedCase {
  const file = `test/${String(document.id)}.yaml`;
  return prepareCase(validateCaseShape(document, file), file);
}

/**
 * One mode of frequency w (a qubit w/2 σz, or an oscillator truncated to `levels` Fock states, w a†a)
 * coupled through its lowering operator to one bosonic bath at temperature T with a flat rate gamma: the
 * textbook thermalisation problem (Breuer & Petruccione Sec. 3.4.6).
 */
export function thermalisingMode(kind: "spin" | "boson", levels = 2): PreparedCase {
  const spin = kind === "spin";
  return inlineCase({
    id: `thermalising-${kind}`,
    title: "A mode in one thermal bath",
    source: { paper: "textbook" },
    description: "A qubit or truncated oscillator relaxing to the Gibbs state of its bath.",
    parameters: {
      w: { value: 1.3, description: "mode frequency" },
      gamma: { value: 0.05, description: "bath rate" },
      T: { value: 0.8, description: "bath temperature" },
    },
    system: {
      sites: [spin ? { name: "q", kind: "spin" } : { name: "m", kind: "boson", levels }],
      hamiltonian: [{ coefficient: spin ? "w/2" : "w", operator: spin ? "Z0" : "n0" }],
      baths: [
        {
          name: "bath",
          coupling: spin ? "sm0" : "a0",
          statistics: "boson",
          temperature: "T",
          spectralDensity: { kind: "flat", strength: "gamma" },
        },
      ],
    },
  });
}
