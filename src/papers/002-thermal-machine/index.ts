import type { PaperRoom } from "../../plugins/paper.js";
import bellTemperatureGradient from "./bell-temperature-gradient.js";
import fig1 from "./fig1.js";
import fig3 from "./fig3.js";

/** Paper 002: an autonomous two-qubit thermal machine with a strong symmetry and Bell-nonlocal steady states. */
export const paper002: PaperRoom = {
  paper: "002_2a2ed7907f7a4e96.txt",
  title: "Autonomous two-qubit thermal machine producing Bell-nonlocal steady states",
  figures: [fig1, fig3],
  properties: [bellTemperatureGradient],
};
