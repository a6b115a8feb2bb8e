import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import type { SiteKind } from "../../src/operators/site-space.js";
import { siteSpace } from "./operators.js";

/** The dense matrix of an operator string on N two-level sites of one kind (spins by default). */
export function operatorMatrix(text: string, nSites: number, kind: SiteKind = "spin"): ComplexMatrix {
  return parseOperatorString(text, siteSpace(nSites, kind)).dense();
}
