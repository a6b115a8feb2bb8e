import { describe, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { allCases } from "../../src/cases/open-case.js";
import { figureHarness } from "../../src/testing/figure-harness.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { testContext } from "../helpers/registry.js";

// Every registered figure, computed on the cases that draw it with every built-in engine available.
const tasks = testContext();
const cases = allCases();
registerHarness(
  builtinRegistry().figures.map((figure) => figureHarness(figure, { tasks, cases })),
  { describe, it },
  120_000,
);
