import { ComplexMatrix, maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { formatNumber } from "../src/plugins/outcome.js";
import { defineProperty, type PropertyContext, type ReferenceValue } from "../src/plugins/property.js";

/** The engine's value of a reference quantity: `steadyState`, `observables.<name>[.<i>]`, `currents.<bath>.<kind>`, `entropyProduction`. */
function measuredValue(context: PropertyContext, quantity: string): number | ComplexMatrix | undefined {
  if (quantity === "steadyState") return context.steadyState()?.rho ?? undefined;
  if (quantity === "entropyProduction") return context.entropyProduction();
  const [head, ...path] = quantity.split(".");
  let value: unknown =
    head === "observables" ? context.observables() : head === "currents" ? context.currents() : undefined;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" ? value : undefined;
}

function deviation(reference: ReferenceValue, measured: number | ComplexMatrix): number {
  if (reference.value instanceof ComplexMatrix) {
    if (!(measured instanceof ComplexMatrix)) return Number.POSITIVE_INFINITY;
    return maxAbsDifference(measured, reference.value);
  }
  return typeof measured === "number" ? Math.abs(measured - reference.value) : Number.POSITIVE_INFINITY;
}

/**
 * Agreement with the reference values the case declares for this engine and parameter point (closed
 * formulas from the papers, each with its source). Passes when every |measured − reference| ≤ its tolerance;
 * the value reported is the worst deviation-to-tolerance ratio.
 */
export default defineProperty({
  id: "reference-values",
  title: "Agreement with the case's reference values",
  source: "The references declared in each case file (paper and equation given per reference)",
  requires: { references: true },
  check(context) {
    const rows = context.references.map((reference) => {
      const measured = measuredValue(context, reference.quantity);
      const delta = measured === undefined ? Number.NaN : deviation(reference, measured);
      return { reference, measured, delta, ok: delta <= reference.tolerance };
    });
    const worst = rows.reduce((a, b) =>
      !(b.delta / b.reference.tolerance <= a.delta / a.reference.tolerance) ? b : a,
    );
    const failed = rows.filter((r) => !r.ok);
    const describe = (r: (typeof rows)[number]) =>
      `${r.reference.quantity} (${r.reference.source}): deviation ${formatNumber(r.delta)}, tolerance ${formatNumber(r.reference.tolerance)}`;
    return {
      status: failed.length === 0 ? "pass" : "fail",
      value: worst.delta,
      bound: 0,
      tolerance: worst.reference.tolerance,
      message:
        failed.length === 0
          ? `${rows.length} reference value(s) reproduced; worst: ${describe(worst)}`
          : `${failed.length} of ${rows.length} reference value(s) missed: ${failed.map(describe).join("; ")}`,
      details: failed.map((r) => ({
        quantity: r.reference.quantity,
        source: r.reference.source,
        description: r.reference.description,
        expected: r.reference.value instanceof ComplexMatrix ? r.reference.value.toJSON() : r.reference.value,
        measured: r.measured instanceof ComplexMatrix ? r.measured.toJSON() : r.measured,
        deviation: r.delta,
      })),
    };
  },
});
