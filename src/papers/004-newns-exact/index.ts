import type { PaperRoom } from "../../plugins/paper.js";
import epaAccuracy from "./epa-accuracy.js";
import epaCoherenceRate from "./epa-coherence-rate.js";
import epaInterferenceInvariants from "./epa-interference-invariants.js";
import fig3 from "./fig3.js";
import fig4 from "./fig4.js";
import fig5 from "./fig5.js";
import landauerConsistency from "./landauer-consistency.js";
import newnsThermalisation from "./newns-thermalisation.js";
import { biasValidityMap, couplingValidityMap } from "./validity-maps.js";

/** Paper 004: an exactly solvable pair of fermionic modes between tight-binding (Newns) leads. */
export const paper004: PaperRoom = {
  paper: "004_3bda4ae6cebee785.txt",
  title: "Exactly solvable pair of fermionic modes between two tight-binding leads",
  figures: [couplingValidityMap, biasValidityMap, fig3, fig4, fig5],
  properties: [
    landauerConsistency,
    newnsThermalisation,
    epaInterferenceInvariants,
    epaCoherenceRate,
    epaAccuracy,
  ],
};
