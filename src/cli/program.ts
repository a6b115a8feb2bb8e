import { Command, CommanderError } from "commander";
import { PAPER_COMMANDS } from "../builtins/commands.js";
import { PACKAGE_VERSION } from "../package-root.js";
import type { CommandPlugin } from "../plugins/command.js";
import { collect, commandContext, print } from "./command-context.js";
import { addBenchCommand } from "./commands/bench.js";
import { addCorrelateCommand } from "./commands/correlate.js";
import { addEvolveCommand } from "./commands/evolve.js";
import { addListCommand } from "./commands/list.js";
import { addMergeCommand } from "./commands/merge.js";
import { addRunCommand } from "./commands/run.js";
import { addSolveCommand } from "./commands/solve.js";
import { addSweepCommand } from "./commands/sweep.js";
import { createProgress } from "./progress.js";

/** Wires a command plugin (a paper's command) into commander. */
function addPluginCommand(program: Command, plugin: CommandPlugin): void {
  const command = program.command(plugin.name).description(plugin.description);
  for (const argument of plugin.arguments) command.argument(`<${argument.name}>`, argument.description);
  for (const option of plugin.options) {
    if (option.repeatable) command.option(option.flags, option.description, collect, []);
    else if (option.required) command.requiredOption(option.flags, option.description, option.default);
    else command.option(option.flags, option.description, option.default);
  }
  command.action(async (...values: unknown[]) => {
    const args = values.slice(0, plugin.arguments.length) as string[];
    const options = values[plugin.arguments.length] as Record<string, unknown>;
    const tasks = await commandContext(program, { everything: plugin.needsEverything });
    await plugin.run(args, options, {
      tasks,
      print,
      warn: (text) => process.stderr.write(`warning: ${text}\n`),
      progress: (label) => createProgress(label),
    });
  });
}

/** The `qmebench` command line (DESIGN.md, "Command line"). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("qmebench")
    .description("Verification and benchmark suite for quantum master equations")
    .version(PACKAGE_VERSION)
    .option(
      "--plugin <path>",
      "load an engine, property or figure module (repeatable; runs its code)",
      collect,
      [],
    )
    .option(
      "--engine-command <command>",
      'an external engine program, e.g. "python3 adapters/qutip/qmebench_qutip.py" (repeatable; runs it)',
      collect,
      [],
    )
    .option("--config <file>", "config file listing plugins (default: qmebench.config.json if present)")
    .option(
      "--no-config",
      "do not read qmebench.config.json from the working directory (untrusted checkouts)",
    )
    .showHelpAfterError()
    .exitOverride();
  addListCommand(program);
  addSolveCommand(program);
  addSweepCommand(program);
  addEvolveCommand(program);
  addCorrelateCommand(program);
  addRunCommand(program);
  addMergeCommand(program);
  addBenchCommand(program);
  for (const plugin of PAPER_COMMANDS) addPluginCommand(program, plugin);
  return program;
}

/** Runs the CLI; input errors print one line and exit 2, never a stack trace. Returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown option, missing argument) are input errors.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Errors from worker threads arrive as plain errors carrying the original name.
    const name = error instanceof Error ? error.name : "";
    if (
      error instanceof Error &&
      (name === "InputError" || name === "EngineUnsupportedError" || name === "RateDivergenceError")
    ) {
      process.stderr.write(`qmebench: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && name === "SteadyStateError") {
      // Numerical trouble is a finding about the case and engine, reported without a stack trace.
      process.stderr.write(`qmebench: no steady state: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && name === "NotCompletelyPositiveError") {
      // a dynamical map without a Kraus form (correlate --route kraus): a finding about the engine
      process.stderr.write(`qmebench: --route kraus: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && name === "ExternalEngineError") {
      // an engine in another program failed (crashed, hung, answered garbage): its finding, not our bug
      process.stderr.write(`qmebench: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
