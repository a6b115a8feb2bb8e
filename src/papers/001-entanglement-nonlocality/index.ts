import type { PaperRoom } from "../../plugins/paper.js";
import fig6 from "./fig6.js";
import fig8 from "./fig8.js";
import fig12 from "./fig12.js";
import fig15 from "./fig15.js";
import thermalProductGroundStateLocal from "./thermal-product-ground-state-local.js";

/** Paper 001: entanglement against Bell nonlocality of two coupled qubits between biased baths. */
export const paper001: PaperRoom = {
  paper: "001_a04d396bbf339a9e.txt",
  title: "Entanglement and Bell nonlocality of two coupled qubits with bosonic or fermionic baths",
  figures: [fig6, fig8, fig15, fig12],
  properties: [thermalProductGroundStateLocal],
};
