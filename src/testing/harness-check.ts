/**
 * One check of a harness, independent of the test framework: a name, the reason it is skipped (known
 * when the harness is built, so a report shows it), and a body that throws a HarnessFailure when the
 * check fails. `registerHarness` hands the checks to Vitest's (or any compatible) describe/it.
 */
export interface HarnessCheck {
  name: string;
  skip?: string;
  /** The check; `control.skip(reason)` ends it as skipped when the reason shows only while running. */
  run(control: CheckControl): void | Promise<void>;
}

/** What a running check may ask of the test framework. */
export interface CheckControl {
  skip(reason: string): never;
}

/** Checks that belong together, e.g. one engine on one case and scenario. */
export interface HarnessGroup {
  title: string;
  checks: HarnessCheck[];
}

/** A failed harness check: the message says what was measured and what was required. */
export class HarnessFailure extends Error {
  override name = "HarnessFailure";
}

/** Throws a HarnessFailure with the message when the condition does not hold. */
export function requireThat(condition: boolean, message: () => string): void {
  if (!condition) throw new HarnessFailure(message());
}

/** |value| ≤ bound, with both numbers in the message. */
export function requireAtMost(value: number, bound: number, what: string): void {
  requireThat(value <= bound, () => `${what} = ${value.toExponential(3)} exceeds ${bound.toExponential(3)}`);
}

/** The describe/it pair of a test framework with `it.skipIf` (Vitest). */
export interface TestFramework {
  describe(title: string, body: () => void): void;
  it: {
    skipIf(
      condition: boolean,
    ): (name: string, body: (context: CheckControl) => void | Promise<void>, timeout?: number) => void;
  };
}

/**
 * Declares every group as a describe block and every check as a test; a skipped check keeps its reason
 * in its name, e.g. `relaxes to the steady state (skipped: the engine has no evolve)`.
 */
export function registerHarness(
  groups: readonly HarnessGroup[],
  framework: TestFramework,
  timeout?: number,
): void {
  for (const group of groups) {
    framework.describe(group.title, () => {
      for (const check of group.checks) {
        const skipped = check.skip !== undefined;
        const name = skipped ? `${check.name} (skipped: ${check.skip})` : check.name;
        framework.it.skipIf(skipped)(name, (context) => check.run(context), timeout);
      }
    });
  }
}
