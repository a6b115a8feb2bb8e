import type { Command } from "commander";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import { resolveInitialState } from "../../plugins/initial-state.js";
import { FULL_STATE_LIMIT, solveProblem } from "../../runner/solve.js";
import { collect, commandContext, print } from "../command-context.js";
import { formatSolveResult } from "../format-solve.js";

/** `qmebench solve <case> --engine <id> [--set p=v] [--option k=v] [--initial s] [--json] [--full-state]`. */
export function addSolveCommand(program: Command): void {
  program
    .command("solve")
    .description("steady state, observables and currents of one case with one engine")
    .argument("<case>", "case id (see `qmebench list`) or path to a case file")
    .requiredOption("--engine <id>", "engine id")
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .option(
      "--initial <state>",
      "initial state (for a degenerate steady state): per-site states (up, down, x+, x-, y+, y-; empty, full; " +
        "fock:n, coherent:α, thermal:n̄), phi+, phi-, psi+, psi-, gibbs:T, steady:<engine> or a .json file",
    )
    .option("--json", "print the result as JSON")
    .option("--full-state", `print the steady state in full also above dimension ${FULL_STATE_LIMIT}`)
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          set: string[];
          option: string[];
          initial?: string;
          json?: boolean;
          fullState?: boolean;
        },
      ) => {
        const context = await commandContext(program, { everything: false });
        const { registry } = context;
        const prepared = context.openCase(caseKey(caseId));
        const engine = registry.engine(options.engine);
        const overrides = parseAssignments(options.set, "--set");
        const problem = prepared.problemAt(overrides);
        for (const warning of prepared.derivedOverrides(overrides))
          process.stderr.write(`warning: ${warning}\n`);
        const initialState = options.initial
          ? resolveInitialState(options.initial, problem, registry.context)
          : undefined;
        const engineOptions = registry.optionsFor(engine, problem, engineOptionsFrom(options.option));
        const result = solveProblem(
          problem,
          engine,
          engineOptions,
          { initialState },
          { fullState: options.fullState },
        );
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        print(options.json ? JSON.stringify(result, null, 2) : formatSolveResult(result));
      },
    );
}
