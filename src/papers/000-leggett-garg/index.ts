import type { PaperRoom } from "../../plugins/paper.js";
import correlationFit from "./correlation-fit.js";
import fig1 from "./fig1.js";
import fig2b from "./fig2b.js";
import fig3a from "./fig3a.js";
import lgiUnitaryLimit from "./lgi-unitary-limit.js";

/** Paper 000: Leggett-Garg violations of two flip-flop-coupled qubits between two bosonic baths. */
export const paper000: PaperRoom = {
  paper: "000_47becd3a7196453b.txt",
  title: "Leggett-Garg inequality violations of two flip-flop-coupled qubits between two bosonic baths",
  figures: [fig1, fig2b, fig3a],
  properties: [lgiUnitaryLimit, correlationFit],
};
