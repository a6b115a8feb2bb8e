import type { Figure } from "../plugins/figure.js";

/** The figures of the papers reproduced in the report, in report order within each case. */
export const BUILTIN_FIGURES: readonly Figure[] = [];
