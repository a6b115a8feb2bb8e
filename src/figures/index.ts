import type { Figure } from "../plugins/figure.js";
import paper000Fig1 from "./paper-000-fig1.js";
import paper000Fig2b from "./paper-000-fig2b.js";
import paper000Fig3a from "./paper-000-fig3a.js";
import paper001Fig6 from "./paper-001-fig6.js";
import paper001Fig8 from "./paper-001-fig8.js";
import paper001Fig12 from "./paper-001-fig12.js";
import paper001Fig15 from "./paper-001-fig15.js";
import paper002Fig1 from "./paper-002-fig1.js";
import paper002Fig3 from "./paper-002-fig3.js";
import paper004Fig3 from "./paper-004-fig3.js";
import paper004Fig4 from "./paper-004-fig4.js";
import paper004Fig5 from "./paper-004-fig5.js";
import { biasValidityMap, couplingValidityMap } from "./paper-004-validity-maps.js";

/** The figures of the papers reproduced in the report, in report order within each case. */
export const BUILTIN_FIGURES: readonly Figure[] = [
  paper000Fig1,
  paper000Fig2b,
  paper000Fig3a,
  paper001Fig6,
  paper001Fig8,
  paper001Fig15,
  paper001Fig12,
  paper002Fig1,
  paper002Fig3,
  couplingValidityMap,
  biasValidityMap,
  paper004Fig3,
  paper004Fig4,
  paper004Fig5,
];
