import type { Command } from "commander";
import { resolve } from "node:path";
import { loadRegistry } from "../builtins/load-registry.js";
import { taskContext } from "../builtins/task-context.js";
import { engineCommandSpec } from "../plugins/external-engine-spec.js";
import type { TaskContext, TaskSetup } from "../plugins/task-context.js";

/** The global options every command sees (before the command name). */
export interface GlobalOptions {
  plugin: string[];
  /** External engine programs (`--engine-command "python3 my_engine.py"`, repeatable). */
  engineCommand: string[];
  /** A config file, or false with --no-config (the working directory's config is then not read). */
  config?: string | false;
}

/** Accumulates a repeatable option (`--set a=1 --set b=2`). */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The setup every command passes on to its worker threads: the plugins and config it was given. */
export function commandSetup(program: Command): TaskSetup {
  const globals = program.opts<GlobalOptions>();
  return {
    plugins: (globals.plugin ?? []).map((path) => resolve(path)),
    ...(typeof globals.config === "string" ? { config: resolve(globals.config) } : {}),
    ...(globals.config === false ? { ignoreConfig: true } : {}),
    ...(globals.engineCommand?.length
      ? { engineCommands: globals.engineCommand.map((text) => engineCommandSpec(text, process.cwd())) }
      : {}),
  };
}

/**
 * The built-in plugins plus those of the config file and of `--plugin`, as every command uses them, in
 * a task context (the registry and the cases, opened once). Commands that check no properties and draw
 * no figures (solve, sweep) pass `everything: false` and start faster: only the built-in engines load.
 */
export async function commandContext(
  program: Command,
  { everything = true }: { everything?: boolean } = {},
): Promise<TaskContext> {
  // worker threads of a command that checks properties load them too
  const setup = { ...commandSetup(program), ...(everything ? { everything } : {}) };
  return taskContext(setup, await loadRegistry(setup, { everything }));
}

/** Writes a line to standard output. */
export function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
