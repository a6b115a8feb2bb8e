import completePositivity from "../../properties/complete-positivity.js";
import couplingIndependence from "../../properties/coupling-independence.js";
import currentConservation from "../../properties/current-conservation.js";
import energyCoherenceAtEquilibrium from "../../properties/energy-coherence-at-equilibrium.js";
import engineAgreement from "../../properties/engine-agreement.js";
import gibbsState from "../../properties/gibbs-state.js";
import hermiticityPreservation from "../../properties/hermiticity-preservation.js";
import i3322Bound from "../../properties/i3322-bound.js";
import krausCompleteness from "../../properties/kraus-completeness.js";
import krausFixedPoint from "../../properties/kraus-fixed-point.js";
import luedersBound from "../../properties/lueders-bound.js";
import nonlocalImpliesEntangled from "../../properties/nonlocal-implies-entangled.js";
import referenceValues from "../../properties/reference-values.js";
import secondLaw from "../../properties/second-law.js";
import steadyStateConvergence from "../../properties/steady-state-convergence.js";
import steadyStatePositivity from "../../properties/steady-state-positivity.js";
import tracePreservation from "../../properties/trace-preservation.js";
import trajectoryAgreement from "../../properties/trajectory-agreement.js";
import trajectoryInStateSpace from "../../properties/trajectory-in-state-space.js";
import tsirelsonBound from "../../properties/tsirelson-bound.js";
import type { Property } from "../plugins/property.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { builtinEngineRegistry } from "./engines.js";
import { PAPERS } from "./papers.js";

/** The general properties (properties/), in report order; the papers' own follow them. */
export const GENERAL_PROPERTIES: readonly Property[] = [
  tracePreservation,
  hermiticityPreservation,
  completePositivity,
  steadyStatePositivity,
  trajectoryInStateSpace,
  steadyStateConvergence,
  gibbsState,
  secondLaw,
  currentConservation,
  tsirelsonBound,
  i3322Bound,
  nonlocalImpliesEntangled,
  energyCoherenceAtEquilibrium,
  referenceValues,
  engineAgreement,
  trajectoryAgreement,
  couplingIndependence,
  krausFixedPoint,
  krausCompleteness,
  luedersBound,
];

/** Every built-in property: the general ones, then each paper's. */
export const BUILTIN_PROPERTIES: readonly Property[] = [
  ...GENERAL_PROPERTIES,
  ...PAPERS.flatMap((paper) => paper.properties),
];

/** The built-in engines, properties and figures. */
export function builtinRegistry(): PluginRegistry {
  const registry = builtinEngineRegistry();
  for (const property of BUILTIN_PROPERTIES) registry.registerProperty(property);
  for (const figure of PAPERS.flatMap((paper) => paper.figures)) registry.registerFigure(figure);
  return registry;
}
