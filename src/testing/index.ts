/**
 * The harnesses for plugin authors: run the suite's checks on your own engine or property from your own
 * Vitest file (see the README, "Testing a plugin").
 */
export { type CheckSiteRequest, checkSite, HARNESS_SEED } from "./check-site.js";
export { type EngineHarnessOptions, engineHarness, type Relaxation } from "./engine-harness.js";
export {
  type CheckControl,
  type HarnessCheck,
  HarnessFailure,
  type HarnessGroup,
  registerHarness,
  requireAtMost,
  requireThat,
  type TestFramework,
} from "./harness-check.js";
export { type PropertyInput, type PropertyTests, propertyTester } from "./property-tester.js";
export { engineWith, type Replacements } from "./replaced-engine.js";
export { type FigureHarnessOptions, figureHarness } from "./figure-harness.js";
