import type { PaperRoom } from "../../plugins/paper.js";
import chainIdentity from "./chain-identity.js";
import engineComparison from "./engine-comparison.js";
import fig4 from "./fig4.js";
import fig5 from "./fig5.js";
import fig6 from "./fig6.js";
import flatProfile from "./flat-profile.js";
import perturbativeLimit from "./perturbative-limit.js";
import profileAgainstLength from "./profile-against-length.js";
import twoSpinLimit from "./two-spin-limit.js";

/** Paper 003: temperature profiles of weakly coupled spin chains between two baths. */
export const paper003: PaperRoom = {
  paper: "003_cb0e800cb11a91bb.txt",
  title: "Nonequilibrium steady states and temperature profiles of weakly coupled quantum spin chains",
  figures: [fig4, fig5, fig6, profileAgainstLength, engineComparison],
  properties: [twoSpinLimit, chainIdentity, perturbativeLimit, flatProfile],
};
