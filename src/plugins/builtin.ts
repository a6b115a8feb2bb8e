import bellTemperatureGradient from "../../properties/bell-temperature-gradient.js";
import completePositivity from "../../properties/complete-positivity.js";
import correlationFit from "../../properties/correlation-fit.js";
import couplingIndependence from "../../properties/coupling-independence.js";
import currentConservation from "../../properties/current-conservation.js";
import energyCoherenceAtEquilibrium from "../../properties/energy-coherence-at-equilibrium.js";
import epaAccuracy from "../../properties/epa-accuracy.js";
import epaCoherenceRate from "../../properties/epa-coherence-rate.js";
import epaInterferenceInvariants from "../../properties/epa-interference-invariants.js";
import gibbsState from "../../properties/gibbs-state.js";
import hermiticityPreservation from "../../properties/hermiticity-preservation.js";
import i3322Bound from "../../properties/i3322-bound.js";
import krausCompleteness from "../../properties/kraus-completeness.js";
import krausCorrelationAgreement from "../../properties/kraus-correlation-agreement.js";
import krausFixedPoint from "../../properties/kraus-fixed-point.js";
import landauerConsistency from "../../properties/landauer-consistency.js";
import lgiUnitaryLimit from "../../properties/lgi-unitary-limit.js";
import luedersBound from "../../properties/lueders-bound.js";
import newnsThermalisation from "../../properties/newns-thermalisation.js";
import nonlocalImpliesEntangled from "../../properties/nonlocal-implies-entangled.js";
import referenceValues from "../../properties/reference-values.js";
import secondLaw from "../../properties/second-law.js";
import steadyStatePositivity from "../../properties/steady-state-positivity.js";
import thermalProductGroundStateLocal from "../../properties/thermal-product-ground-state-local.js";
import tracePreservation from "../../properties/trace-preservation.js";
import tsirelsonBound from "../../properties/tsirelson-bound.js";
import type { Property } from "./property.js";
import { builtinEngineRegistry } from "./builtin-engines.js";
import type { PluginRegistry } from "./registry.js";

/** The built-in properties, in report order. */
export const BUILTIN_PROPERTIES: readonly Property[] = [
  tracePreservation,
  hermiticityPreservation,
  completePositivity,
  steadyStatePositivity,
  gibbsState,
  secondLaw,
  currentConservation,
  tsirelsonBound,
  i3322Bound,
  nonlocalImpliesEntangled,
  thermalProductGroundStateLocal,
  bellTemperatureGradient,
  energyCoherenceAtEquilibrium,
  referenceValues,
  landauerConsistency,
  newnsThermalisation,
  epaInterferenceInvariants,
  epaCoherenceRate,
  epaAccuracy,
  krausFixedPoint,
  krausCompleteness,
  krausCorrelationAgreement,
  luedersBound,
  lgiUnitaryLimit,
  couplingIndependence,
  correlationFit,
];

/** The built-in engines and properties. */
export function builtinRegistry(): PluginRegistry {
  const registry = builtinEngineRegistry();
  for (const property of BUILTIN_PROPERTIES) registry.registerProperty(property);
  return registry;
}
