import type { Property, PropertyContext } from "./property.js";

/**
 * Whether a property's declared requirements hold for this engine here: the capabilities and traits it
 * needs, and the reference values it grades. These do not change from one parameter point to the next,
 * so where they fail the property is not planned at all (a run shows nothing that could never apply).
 */
export function requirementsMet(property: Property, context: PropertyContext): true | string {
  const requires = property.requires ?? {};
  for (const capability of requires.capabilities ?? []) {
    if (typeof context.engine[capability] !== "function") return `the engine has no ${capability}`;
  }
  if (requires.approximations && !requires.approximations.includes(context.traits.approximation)) {
    return `a property of ${requires.approximations.join(" and ")} engines (this one is ${context.traits.approximation})`;
  }
  if (requires.wrapsAnother && context.traits.wraps === undefined) {
    return "a property of engines that represent another engine's dynamics";
  }
  if (requires.references && context.references.length === 0) {
    return "the case declares no reference value for this engine here";
  }
  if (requires.sameApproximationPeer) {
    const { approximation, wraps } = context.traits;
    if (wraps !== undefined) return "an engine that wraps another is compared through the engine it wraps";
    const peer = context.engines
      .engines()
      .some(
        (e) =>
          e.id !== context.engine.id &&
          e.traits.wraps === undefined &&
          e.traits.approximation === approximation,
      );
    if (!peer) return `no other registered engine computes the ${approximation} approximation`;
  }
  return true;
}

/**
 * Whether a property applies to one engine on one problem: its requirements first, then the size it
 * handles and its own `appliesTo` (equal temperatures, a unique steady state, …); true, or the reason.
 */
export function applicability(property: Property, context: PropertyContext): true | string {
  const met = requirementsMet(property, context);
  if (met !== true) return met;
  const maxDimension = property.requires?.maxDimension;
  if (maxDimension !== undefined && context.problem.dimension > maxDimension) {
    return `checked up to Hilbert-space dimension ${maxDimension} (this system has ${context.problem.dimension})`;
  }
  return property.appliesTo?.(context) ?? true;
}
