import { writeFileAtomic } from "../../atomic-write.js";
import { outputDirectory, outputFile } from "../output-paths.js";
import type { Command } from "commander";
import { allCases } from "../../cases/open-case.js";
import { InputError } from "../../input-error.js";
import { PACKAGE_VERSION } from "../../package-root.js";
import { caseKey, parseList } from "../../plugins/command-arguments.js";
import type { Figure } from "../../plugins/figure.js";
import type { PluginRegistry } from "../../plugins/registry.js";
import { commandContext, print } from "../command-context.js";
import { createProgress } from "../progress.js";

/** `--figures a,b` picks figures by id, `--no-figures` none; by default every registered figure. */
function selectFigures(registry: PluginRegistry, option: string | boolean | undefined): Figure[] {
  if (option === false) return [];
  if (option === true || option === undefined) return registry.figures;
  return parseList(option)!.map((id) => registry.figure(id, "--figures"));
}

/** `qmebench run`: the property checks, sweeps and figures of the selected cases; the HTML report and results.json. */
export function addRunCommand(program: Command): void {
  program
    .command("run")
    .description("run the property checks, sweeps and figures; write the HTML report and results.json")
    .option("--cases <ids>", "comma-separated case ids (default: all)")
    .option("--engines <ids>", "comma-separated engine ids (default: all)")
    .option("--properties <ids>", "comma-separated property ids (default: all)")
    .option("--out <dir>", "output directory", "reports/out")
    .option("--json <file>", "also write the results JSON to this file")
    .option("--figures <ids>", "comma-separated figure ids (default: all figures of the selected cases)")
    .option("--no-figures", "skip the figures of the papers (property checks and sweeps only)")
    .action(
      async (options: {
        cases?: string;
        engines?: string;
        properties?: string;
        figures?: string | boolean;
        out: string;
        json?: string;
      }) => {
        // where the results go is checked before anything is computed
        const outDir = outputDirectory(options.out, "--out");
        const jsonFile = options.json === undefined ? undefined : outputFile(options.json, "--json");
        const context = await commandContext(program);
        const { registry } = context;
        const cases = parseList(options.cases)?.map((id) => context.openCase(caseKey(id))) ?? allCases();
        const engines =
          parseList(options.engines)?.map((id) => registry.engine(id, "--engines")) ?? registry.engines;
        const properties =
          parseList(options.properties)?.map((id) => registry.property(id, "--properties")) ??
          registry.properties;
        for (const prepared of cases) checkCaseReferences(prepared.file, prepared.definition, registry);
        const progress = createProgress("run");
        // The suite pulls in the properties and figures; load it only here so that solve and sweep start fast.
        const { runSuite } = await import("../../runner/run-suite.js");
        const results = await runSuite({
          tasks: context,
          cases,
          figures: selectFigures(registry, options.figures),
          engines,
          properties,
          version: PACKAGE_VERSION,
          onProgress: (done, total, label) => progress.update(done, total, label),
        });
        progress.stop();
        // The report pulls in vega; load it only here so that solve and sweep start fast.
        const { writeReport } = await import("../../report/render-html.js");
        const written = await writeReport(results, outDir);
        if (jsonFile) writeFileAtomic(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
        const s = results.summary;
        print(
          `${s.pass} passed, ${s.fail} failed, ${s.expectedFail} expected failures, ${s.error} errors ` +
            `(${s.notApplicable} planned checks not applicable; ${results.durationSeconds.toFixed(1)} s)\n` +
            `report: ${written.html}\nresults: ${written.json}`,
        );
        if (s.unexpectedFailures > 0) {
          for (const c of results.cases) {
            for (const sc of c.scenarios) {
              for (const e of sc.engines) {
                for (const check of e.checks) {
                  if ((check.status === "fail" && !check.expectedFailure) || check.status === "error") {
                    process.stderr.write(
                      `${check.status.toUpperCase()} ${c.id}/${sc.name} ${e.engine} ${check.property}: ${check.message}\n`,
                    );
                  }
                }
              }
            }
          }
          process.exitCode = 1;
        }
      },
    );
}

/** The properties and figures a case names exist in the registry (else an InputError naming the field). */
function checkCaseReferences(
  file: string,
  definition: { checks?: { property: string }[]; figures?: string[] },
  registry: PluginRegistry,
): void {
  (definition.checks ?? []).forEach((check, i) => {
    const ids = registry.properties.map((p) => p.id);
    if (!ids.includes(check.property)) {
      throw new InputError({
        file,
        path: `checks[${i}].property`,
        expected: `a property id (${ids.join(", ")})`,
        got: JSON.stringify(check.property),
      });
    }
  });
  (definition.figures ?? []).forEach((id, i) => {
    const ids = registry.figures.map((f) => f.id);
    if (!ids.includes(id)) {
      throw new InputError({
        file,
        path: `figures[${i}]`,
        expected: `a figure id (${ids.join(", ")})`,
        got: JSON.stringify(id),
      });
    }
  });
}
