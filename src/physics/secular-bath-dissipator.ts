import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { addLindbladDissipatorInPlace } from "../linalg/superoperator.js";
import { forEachBohrComponent } from "./bohr-components.js";
import type { Bath } from "./problem.js";

/**
 * Adds the secular (Davies) dissipator of one bath, with respect to a reference Hamiltonian whose
 * eigendecomposition is given, to `target`:
 *   D(ρ) = Σ_channels Σ_ω S(ω) [A(ω) ρ A(ω)† − ½{A(ω)†A(ω), ρ}],
 * with A(ω) the Bohr components of the channel operator (ω > 0 lowers the energy) and S(ω) the
 * channel's noise spectrum (Breuer & Petruccione, The Theory of Open Quantum Systems, eq. (3.140)).
 * With the eigendecomposition of H_S this is the global master equation; with that of the part of H_S
 * on the bath's own sites it is the local one.
 */
export function addSecularBathDissipatorInPlace(
  target: ComplexMatrix,
  bath: Bath,
  eigen: HermitianEigenDecomposition,
): ComplexMatrix {
  for (const channel of bath.channels) {
    forEachBohrComponent(channel.operator, eigen, (omega, component) => {
      const rate = channel.spectrum(omega);
      if (!Number.isFinite(rate) || rate < 0) {
        throw new RangeError(
          `bath "${bath.name}", channel ${channel.label}: the noise spectrum at the Bohr frequency ω = ${omega} is ${rate}; ` +
            "a finite non-negative rate is needed (a zero-frequency component of a flat bosonic bath diverges)",
        );
      }
      if (rate > 0) addLindbladDissipatorInPlace(target, component, rate);
    });
  }
  return target;
}
